import { ragCssRule } from '@pies/scoring';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { fontFaceCss } from './fonts';
import { registerHelpers } from './helpers';

/** Options for every template and partial: strict lookups, so a misspelt key fails loudly. */
const COMPILE_OPTIONS: CompileOptions = { strict: true, preventIndent: true };

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
type Template = ReturnType<typeof Handlebars.compile>;
type HelperOptions = Handlebars.HelperOptions;

export interface ReportEnvironmentOptions {
  /** Folder holding layout.hbs, the report templates, partials/ and print.css. */
  templatesDir?: string;
}

/** Data every render passes to the layout as @variables. */
export interface RenderData {
  /** The document title (<title>, PDF title). */
  title: string;
  /** BCP 47 language of the document. */
  lang: string;
}

/**
 * An isolated Handlebars instance with the report helpers, partials and stylesheet, and
 * a cache of compiled templates. Templates never see user text as template source: user
 * text only ever arrives as data and is printed through `{{ }}`, which escapes it.
 */
export class ReportEnvironment {
  readonly templatesDir: string;
  readonly #hbs = Handlebars.create();
  readonly #templates = new Map<string, Template>();

  constructor(options: ReportEnvironmentOptions = {}) {
    this.templatesDir = options.templatesDir ?? findTemplatesDir();
    registerHelpers(this.#hbs);
    // The stylesheet inlined into every report: fonts, the RAG palette, and print.css.
    const styles = new this.#hbs.SafeString(
      `${fontFaceCss()}\n${ragCssRule()}\n${readFileSync(join(this.templatesDir, 'print.css'), 'utf8')}`,
    );
    this.#hbs.registerHelper('printStyles', () => styles);
    this.#registerPartials();
  }

  /** Renders `<name>.hbs` from the templates folder with `context`; compiled once, then cached. */
  render(name: string, context: object, data: RenderData): string {
    return this.#template(name)(context, {
      data,
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
  }

  #template(name: string): Template {
    let template = this.#templates.get(name);
    if (!template) {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad template name: ${name}`);
      const source = readFileSync(join(this.templatesDir, `${name}.hbs`), 'utf8');
      template = this.#hbs.compile(source, COMPILE_OPTIONS);
      this.#templates.set(name, template);
    }
    return template;
  }

  /**
   * Partials are included with `{{include "name"}}` and the page wrapped with
   * `{{#layout}}...{{/layout}}` (the layout prints the page as `{{@body}}`): helpers rather
   * than Handlebars' `{{> partial}}` syntax, which Prettier's Handlebars parser rejects.
   * Both keep the caller's context and @data (so @root, @title and @lang still work).
   */
  #registerPartials(): void {
    const hbs = this.#hbs;
    const partials = new Map<string, Template>();
    const partialsDir = join(this.templatesDir, 'partials');
    for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
      const source = readFileSync(join(partialsDir, file), 'utf8');
      partials.set(basename(file, '.hbs'), hbs.compile(source, COMPILE_OPTIONS));
    }
    const layout = hbs.compile(
      readFileSync(join(this.templatesDir, 'layout.hbs'), 'utf8'),
      COMPILE_OPTIONS,
    );
    hbs.registerHelper('include', function (this: unknown, name: string, options: HelperOptions) {
      const partial = partials.get(name);
      if (!partial) throw new Error(`no partial "${name}" in ${partialsDir}`);
      return new hbs.SafeString(partial(this, { data: options.data }));
    });
    hbs.registerHelper('layout', function (this: unknown, options: HelperOptions) {
      const data = hbs.createFrame(options.data) as Record<string, unknown>;
      data.body = new hbs.SafeString(options.fn(this));
      // The doctype lives here: Prettier's Handlebars printer drops it from templates.
      return new hbs.SafeString(`<!doctype html>\n${layout(this, { data })}`);
    });
  }
}

/**
 * The repository's `templates/reports`, found by walking up from this file (works from the
 * sources, from `dist/` and in the Docker image, which copies `templates/`), else from the
 * working directory.
 */
export function findTemplatesDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'reports');
    if (existsSync(join(candidate, 'layout.hbs'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  const fromCwd = resolve('templates', 'reports');
  if (existsSync(join(fromCwd, 'layout.hbs'))) return fromCwd;
  throw new Error(
    'templates/reports not found (looked above the reports library and in the working directory)',
  );
}
