import { RAG_COLOURS, ragCssRule } from './rag-colours';

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('RAG palette', () => {
  it('keeps every band’s text readable on its fill and on white (4.5:1)', () => {
    for (const c of Object.values(RAG_COLOURS)) {
      expect(contrast(c.text, c.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('is one rule of custom properties for each band', () => {
    const rule = ragCssRule();
    expect(rule).toContain('--rag-amber-fill: #fbe3b0;');
    expect(rule.match(/--rag-/g)).toHaveLength(9);
  });
});
