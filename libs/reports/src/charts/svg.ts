/**
 * Small helpers for hand-written SVG. Every text that reaches SVG goes through escapeXml;
 * every number through num (finite, at most two decimals), so a chart's markup is fully
 * determined by its numbers and escaped labels.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text made safe for XML and HTML, in content and in quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ESCAPES[char]);
}

/** A coordinate or length for SVG attributes. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Only letters, digits, '-' and '_' (an id must not break out of its attribute). */
export function safeId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

/** Splits a label into lines of at most `width` characters, breaking between words. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A <text> element with one <tspan> per line. */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  attributes: string,
  lineHeight = 13,
): string {
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${num(x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text x="${num(x)}" y="${num(y)}" ${attributes}>${spans}</text>`;
}

/** Clamps a value into [0, max]; null stays null. */
export function clampValue(value: number | null | undefined, max: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.min(Math.max(value, 0), max);
}

/** The opening <svg> tag of an accessible chart and its <title>/<desc>. */
export function svgOpen(options: {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  className: string;
}): string {
  const id = safeId(options.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(options.className)}" ` +
    `viewBox="0 0 ${num(options.width)} ${num(options.height)}" width="${num(options.width)}" ` +
    `height="${num(options.height)}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>`
  );
}
