import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** This project's package.json (found upwards from source or dist/): its folder and version. */
const workspace = (() => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'pies-audit') return { root: dir, version: pkg.version };
    } catch {
      // keep looking upwards
    }
  }
  return { root: process.cwd(), version: undefined };
})();

/** The workspace root (the folder whose package.json is this project's). */
export const WORKSPACE_ROOT: string = workspace.root;
export const APP_VERSION: string = workspace.version ?? 'unknown';
