import type { Rag } from './types';

/** How one RAG band is drawn: its text, the fill behind it, and the edge of a badge. */
export interface RagColour {
  /** Text in the band's colour (at least 4.5:1 on its fill and on white). */
  readonly text: string;
  /** The tint a cell or badge of the band is filled with. */
  readonly fill: string;
  /** The edge of a badge or an indicator's bar. */
  readonly edge: string;
}

/**
 * The one palette of the RAG bands, everywhere a band is shown: the web app (as CSS custom
 * properties set when it starts), the PDF reports (the same properties, inlined before
 * print.css). Amber is amber: a yellow-orange, never a salmon.
 */
export const RAG_COLOURS: Readonly<Record<Rag, RagColour>> = {
  red: { text: '#a4201b', fill: '#f8dcda', edge: '#a4201b' },
  amber: { text: '#7a4b00', fill: '#fbe3b0', edge: '#b87400' },
  green: { text: '#1b5e31', fill: '#d4ecd9', edge: '#1b5e31' },
};

/** The palette as CSS custom properties: --rag-amber, --rag-amber-fill, --rag-amber-edge, … */
export function ragCssProperties(): [name: string, value: string][] {
  return Object.entries(RAG_COLOURS).flatMap(([rag, c]) => [
    [`--rag-${rag}`, c.text],
    [`--rag-${rag}-fill`, c.fill],
    [`--rag-${rag}-edge`, c.edge],
  ]);
}

/** The same properties as a stylesheet rule on :root. */
export function ragCssRule(): string {
  return `:root {\n${ragCssProperties()
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}`;
}
