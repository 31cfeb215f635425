import { Fragment } from 'react';
import { Route } from 'react-router';
import { lazyPage, page } from '../../lazy-page';

const FrameworksPage = page(() => import('./frameworks-page'), 'FrameworksPage');
const UploadFrameworkPage = page(() => import('./upload-framework-page'), 'UploadFrameworkPage');
const FrameworkVersionPage = page(() => import('./framework-version-page'), 'FrameworkVersionPage');
const FrameworkDiffPage = page(() => import('./framework-diff-page'), 'FrameworkDiffPage');

/** Framework versions: list, upload YAML, one version, the diff between two. Paths are relative to the signed-in root. */
export function frameworkRoutes() {
  return (
    <Fragment>
      <Route path="frameworks" element={lazyPage(FrameworksPage)} />
      <Route path="frameworks/upload" element={lazyPage(UploadFrameworkPage)} />
      <Route
        path="frameworks/:frameworkId/versions/:version"
        element={lazyPage(FrameworkVersionPage)}
      />
      <Route path="frameworks/:frameworkId/diff" element={lazyPage(FrameworkDiffPage)} />
    </Fragment>
  );
}
