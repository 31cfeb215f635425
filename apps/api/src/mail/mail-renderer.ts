import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { i18n, t } from '@pies/i18n';
import Handlebars from 'handlebars';
import type { MailTemplate } from './mail-outbox';

type Template = ReturnType<typeof Handlebars.compile>;

/** A message as it is stored and sent. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The HTML mail's language (BCP 47). English only for now. */
const LANG = 'en-GB';

/**
 * Renders the templates in templates/email (see its README): strict lookups, so a value a
 * template names and the caller did not pass fails the render rather than sending a gap. The
 * HTML body escapes every value (`{{ }}`); the subject and plain text are compiled unescaped,
 * being plain text.
 */
export class MailRenderer {
  readonly #hbs = Handlebars.create();
  readonly #templates = new Map<string, Template>();

  constructor(readonly templatesDir: string = findEmailTemplatesDir()) {
    const hbs = this.#hbs;
    hbs.registerHelper('t', (key: string, options: Handlebars.HelperOptions) => {
      // A template names its keys and values as text: a key missing from the catalogue, or a
      // value its text needs and the caller did not pass, fails the render (Handlebars' strict
      // mode does not reach a helper's arguments).
      const text: unknown = i18n.getResource(i18n.language, 'translation', key);
      if (typeof text !== 'string') throw new Error(`no catalogue key "${key}" (templates/email)`);
      const values = options.hash as Record<string, unknown>;
      for (const [, name] of text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g))
        if (typeof values[name] !== 'string' || values[name] === '')
          throw new Error(`mail text "${key}" needs the value "${name}"`);
      return i18n.t(key as never, values as Record<string, string>);
    });
    const link = this.#compile('link.html.hbs', false);
    hbs.registerHelper('button', function (this: { link: string }, action: string) {
      return new hbs.SafeString(link({ link: this.link, action }));
    });
  }

  /** The subject, plain text and HTML of `template` with its link, from the values given. */
  render(template: MailTemplate, values: Record<string, string>, link: string): RenderedMail {
    const context = { ...values, link };
    const appName = t('app.name');
    const run = (file: string, escape: boolean) =>
      this.#compile(file, escape)(context, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    const subject = run(`${template}.subject.hbs`, false).replace(/\s+/g, ' ').trim();
    const textBody = run(`${template}.text.hbs`, false);
    const htmlBody = run(`${template}.html.hbs`, true);
    const data = { lang: LANG, subject, appName };
    const text = this.#compile('layout.text.hbs', false)(
      {},
      { data: { ...data, body: textBody.trim() } },
    );
    const html = this.#compile('layout.html.hbs', true)(
      {},
      { data: { ...data, body: new this.#hbs.SafeString(htmlBody) } },
    );
    // The doctype lives here: Prettier's Handlebars printer drops it from templates.
    return { subject, text: `${text.trim()}\n`, html: `<!doctype html>\n${html}` };
  }

  #compile(file: string, escape: boolean): Template {
    const key = `${escape}:${file}`;
    let template = this.#templates.get(key);
    if (!template) {
      const source = readFileSync(join(this.templatesDir, file), 'utf8');
      template = this.#hbs.compile(source, { strict: true, noEscape: !escape });
      this.#templates.set(key, template);
    }
    return template;
  }
}

/**
 * The repository's `templates/email`, found by walking up from this file (from the sources,
 * from `dist/` and in the Docker image, which copies `templates/`), else from the working
 * directory.
 */
export function findEmailTemplatesDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'email');
    if (existsSync(join(candidate, 'layout.html.hbs'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  const fromCwd = resolve('templates', 'email');
  if (existsSync(join(fromCwd, 'layout.html.hbs'))) return fromCwd;
  throw new Error(
    'templates/email not found (looked above the mail module and in the working directory)',
  );
}
