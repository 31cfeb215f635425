import i18next, { type i18n as I18n } from 'i18next';
import { en } from './locales/en';

/** The languages with a catalogue. English only for now; Welsh follows. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/**
 * A ready i18next instance with every catalogue, initialised synchronously (the catalogues are
 * bundled, nothing is fetched). Values are not HTML-escaped here: React escapes what it prints,
 * Handlebars' `{{ }}` escapes the HTML mail, and plain-text mail must not be escaped.
 */
export function createI18n(lng: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The shared instance, for the API and the web app. */
export const i18n = createI18n();

/** Translates a catalogue key with `{{name}}` values: `t('sentMail.title')`. */
export const t = i18n.t.bind(i18n);
