import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

// The web app's stylesheets. A feature's stylesheet (pages/<feature>/<name>.scss) is loaded with the pages that import it,
// so a class it defines styles nothing on a page that does not. A component outside the feature
// that uses such a class must import the stylesheet itself, or the class belongs in the app's
// stylesheet (styles/_app.scss), which every page has.

const SRC = join(__dirname, '../apps/admin/src');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name), ext)
      : e.name.endsWith(ext)
        ? [join(dir, e.name)]
        : [],
  );
}

const classesIn = (scss: string) =>
  new Set(scss.match(/\.app-[a-z0-9_-]+/g)?.map((c) => c.slice(1)));

describe("feature stylesheets' classes", () => {
  it('are used only where the stylesheet is loaded', () => {
    const global = classesIn(readFileSync(join(SRC, 'styles/_app.scss'), 'utf8'));
    const components = files(SRC, '.tsx').map((path) => ({
      path,
      text: readFileSync(path, 'utf8'),
    }));
    const misses: string[] = [];
    const sheets = files(join(SRC, 'pages'), '.scss');
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const own = [...classesIn(readFileSync(sheet, 'utf8'))].filter((c) => !global.has(c));
      for (const { path, text } of components) {
        if (!relative(dirname(sheet), path).startsWith('..')) continue; // the feature's own
        if (text.includes(`/${basename(sheet)}'`)) continue; // imports it
        for (const c of own)
          if (new RegExp(`["'\` ]${c}["'\` ]`).test(text))
            misses.push(`${relative(SRC, path)} uses .${c} from ${relative(SRC, sheet)}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
