export { createI18n, i18n, LANGUAGES, t, type Language } from './i18n';
export { en, type Catalogue } from './locales/en';
