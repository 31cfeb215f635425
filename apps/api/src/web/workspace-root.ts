import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace root (the folder whose package.json is this project's), from source or dist/. */
export const WORKSPACE_ROOT: string = (() => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'pies-audit') return dir;
    } catch {
      // keep looking upwards
    }
  }
  return process.cwd();
})();

export const APP_VERSION: string = (() => {
  try {
    return (
      (
        JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as {
          version?: string;
        }
      ).version ?? 'unknown'
    );
  } catch {
    return 'unknown';
  }
})();
