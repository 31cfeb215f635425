import { readFileSync } from 'node:fs';

/**
 * Source Sans 3 (SIL Open Font License, from @fontsource/source-sans-3) inlined as data:
 * URIs, so every machine prints the same typography, with or without system fonts, and a
 * report page never fetches a font. Latin covers English and Western European names;
 * latin-ext (Welsh ŵ/ŷ, Polish, Czech, Romanian, ...) is loaded by Chromium only for pages
 * that use those characters.
 */
const FACES: readonly {
  subset: 'latin' | 'latin-ext';
  weight: number;
  style: 'normal' | 'italic';
}[] = [
  { subset: 'latin', weight: 400, style: 'normal' },
  { subset: 'latin', weight: 400, style: 'italic' },
  { subset: 'latin', weight: 600, style: 'normal' },
  { subset: 'latin', weight: 700, style: 'normal' },
  { subset: 'latin-ext', weight: 400, style: 'normal' },
  { subset: 'latin-ext', weight: 700, style: 'normal' },
];

const UNICODE_RANGES = {
  latin:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  'latin-ext':
    'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C4, U+2113, U+2C60-2C7F, U+A720-A7FF',
};

let cached: string | null = null;

/** The @font-face rules (about 170 kB of CSS); built once per process. */
export function fontFaceCss(): string {
  cached ??= FACES.map(({ subset, weight, style }) => {
    const file = require.resolve(
      `@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-${style}.woff2`,
    );
    const data = readFileSync(file).toString('base64');
    return (
      `@font-face{font-family:'Source Sans 3';font-style:${style};font-weight:${weight};` +
      `font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');` +
      `unicode-range:${UNICODE_RANGES[subset]};}`
    );
  }).join('\n');
  return cached;
}
