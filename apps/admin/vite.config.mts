import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The `@pies/*` aliases, read from tsconfig.base.json so there is one list of them. */
function workspaceAliases(): Record<string, string> {
  const base = JSON.parse(readFileSync(`${root}tsconfig.base.json`, 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(base.compilerOptions.paths).map(([alias, [target]]) => [alias, root + target]),
  );
}

/**
 * govuk-frontend still carries an Internet Explorer hack (`@media ... (min-width: 0\0)`) that
 * modern CSS parsers reject (Dart Sass writes the escape as U+FFFD); those rules only ever applied to IE 8-10, so they are dropped.
 */
const dropIeHacks = {
  postcssPlugin: 'pies-drop-ie-hacks',
  AtRule: {
    media(rule: { params: string; remove(): void }) {
      if (/\\0|\uFFFD/.test(rule.params)) rule.remove();
    },
  },
};

const apiTarget = process.env.PIES_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig(({ command }) => {
  // A build is always a production build (React's and the router's production code, the
  // production JSX runtime), even when NODE_ENV says otherwise: Jest sets NODE_ENV=test, and a
  // browser test may run the build. Vite reads NODE_ENV again after loading this file.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: here,
    base: '/',
    publicDir: 'public',
    resolve: { alias: workspaceAliases() },
    css: {
      postcss: { plugins: [dropIeHacks] },
      preprocessorOptions: {
        scss: {
          loadPaths: [`${root}node_modules`],
          // govuk-frontend's own Sass: its deprecation notices are not ours to fix.
          quietDeps: true,
        },
      },
    },
    build: {
      // The API serves this folder at / (apps/api/src/web/admin-static.ts).
      // PIES_ADMIN_DIST builds elsewhere (the API reads the same variable).
      outDir: process.env.PIES_ADMIN_DIST || `${root}dist/apps/admin`,
      emptyOutDir: true,
      assetsDir: 'assets',
      target: 'es2022',
      sourcemap: true,
      // Every browser this supports has <link rel="modulepreload">; no polyfill script.
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      rolldownOptions: {
        // Quiet: no timing report; react-router's "use client" is meaningless in a client bundle.
        checks: { pluginTimings: false },
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
      chunkSizeWarningLimit: 600,
    },
    server: {
      port: 5173,
      strictPort: true,
      proxy: { '/api': { target: apiTarget, changeOrigin: false } },
    },
    preview: { port: 4173 },
  };
});
