/**
 * Chromium's running header and footer. They are laid out by Chromium in a separate
 * document per page, outside the report page's own settings, so every value put into them
 * is HTML-escaped here; Chromium then fills the spans with class pageNumber / totalPages.
 */

import { escapeXml } from '../charts/svg';

export const escapeHtml = escapeXml;

export interface RunningTextOptions {
  /** Left of the header, e.g. the organisation. */
  headerLeft: string;
  /** Right of the header, e.g. the document title. */
  headerRight: string;
  /** Left of the footer, e.g. the partnership. */
  footerLeft: string;
  /** Centre of header and footer, e.g. OFFICIAL-SENSITIVE. */
  protectiveMarking: string;
}

const ROW =
  'width:100%;margin:0 16mm;display:flex;align-items:baseline;gap:6mm;' +
  "font-family:'Source Sans 3','Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:7.5pt;" +
  'color:#505a64;-webkit-print-color-adjust:exact;';
// A long name wraps onto a second line rather than being cut: the margin has room for two.
const SIDE = 'min-width:0;overflow-wrap:anywhere;line-height:1.25;';
const MARKING = 'flex:0 0 auto;font-weight:700;color:#1b1b1b;letter-spacing:0.06em;';

/** Left, marking, right; `grow` shares the width between the sides (the footer's right is short). */
function row(
  left: string,
  marking: string,
  right: string,
  grow: [number, number] = [1, 1],
): string {
  return (
    `<div style="${ROW}">` +
    `<span style="flex:${grow[0]} 1 0;${SIDE}text-align:left;">${left}</span>` +
    `<span style="${MARKING}">${marking}</span>` +
    `<span style="flex:${grow[1]} 1 0;${SIDE}text-align:right;">${right}</span>` +
    `</div>`
  );
}

export function headerTemplate(options: RunningTextOptions): string {
  return row(
    escapeHtml(options.headerLeft),
    escapeHtml(options.protectiveMarking),
    escapeHtml(options.headerRight),
  );
}

export function footerTemplate(options: RunningTextOptions): string {
  return row(
    escapeHtml(options.footerLeft),
    escapeHtml(options.protectiveMarking),
    'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    [2, 1],
  );
}
