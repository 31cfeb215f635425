import { Fragment } from 'react';

/** Framework versions: list, upload YAML, one version, the diff between two. Paths are relative to the signed-in root. */
export function frameworkRoutes() {
  return <Fragment></Fragment>;
}
