export * from './resolve-chromium';
export * from './bundled-chromium';
export * from './launch-browser';
export type { Browser, Page } from 'puppeteer-core';
