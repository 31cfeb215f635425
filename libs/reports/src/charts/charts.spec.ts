import { barChart, stackedBar } from './bar-chart';
import { radarChart } from './radar-chart';
import { escapeXml, num, safeId, wrapText } from './svg';

const AXES = [
  { label: 'P Policies and practices', value: 72.5, comparison: 64.1, benchmark: 75 },
  { label: 'I Infrastructure and technology', value: 40, comparison: 59.5, benchmark: 75 },
  { label: 'E Education and training', value: null, comparison: 67.2, benchmark: 75 },
  { label: 'S Standards and inspection', value: 100, comparison: 54.4, benchmark: 75 },
];

describe('radarChart', () => {
  const svg = radarChart({ axes: AXES, title: 'Area scores' });

  it('is a self-contained, accessible SVG with no script or external reference', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="radar-title radar-desc">/,
    );
    expect(svg).toContain('<title id="radar-title">Area scores</title>');
    expect(svg).not.toMatch(/<script|href=|url\(|<image|<foreignObject/i);
  });

  it('lists every value of every series in its description', () => {
    const desc = /<desc[^>]*>(.*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain(
      'This agency: P Policies and practices 72.5; I Infrastructure and technology 40.0; E Education and training not scored; S Standards and inspection 100.0.',
    );
    expect(desc).toContain('Partnership average: P Policies and practices 64.1');
    expect(desc).toContain('Benchmark: P Policies and practices 75.0');
  });

  it('has a legend naming the three series', () => {
    for (const name of ['This agency', 'Partnership average', 'Benchmark']) {
      expect(svg).toContain(`>${name}</text>`);
    }
  });

  it('places the outer point of a full score on the outer ring', () => {
    // S is the fourth axis (pointing left); 100 sits at radius 118 from the centre (260, 190).
    expect(svg).toMatch(/points="[^"]*142,190[^"]*" fill="#12365a"/);
  });

  it('leaves out a series with no values', () => {
    const only = radarChart({ axes: AXES.map((a) => ({ label: a.label, value: a.value })) });
    expect(only).not.toContain('Partnership average');
    expect(only).not.toContain('Benchmark');
  });

  it('escapes labels', () => {
    const hostile = radarChart({
      axes: [
        { label: '<script>alert(1)</script>', value: 1 },
        { label: 'A & B "quoted"', value: 2 },
        { label: "it's", value: 3 },
      ],
      id: '"><script>',
    });
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('A &amp; B &quot;quoted&quot;');
  });

  it('needs at least three axes', () => {
    expect(() => radarChart({ axes: AXES.slice(0, 2) })).toThrow('at least three axes');
  });
});

describe('barChart and stackedBar', () => {
  it('draws grouped bars with value labels and escaped categories', () => {
    const svg = barChart({
      title: 'Trend',
      categories: ['P <Policies>', 'I'],
      series: [
        { name: 'Now', values: [62.84, null] },
        { name: 'Before', values: [50, 40] },
      ],
      reference: { value: 75, label: 'Benchmark' },
    });
    expect(svg).toContain('P &lt;Policies&gt;');
    expect(svg).toContain('>62.8</text>');
    expect(svg).toContain('>—</text>');
    expect(svg).toContain(
      'P &lt;Policies&gt;: Now 62.8, Before 50.0; I: Now none, Before 40.0. Benchmark: 75.0.',
    );
    expect(() => barChart({ title: 't', categories: [], series: [] })).toThrow('1 to 3 series');
  });

  it('splits one bar by counts and names each count', () => {
    const svg = stackedBar({
      title: 'Status',
      segments: [
        { label: 'Accepted', value: 3, colour: '#1b5e31' },
        { label: 'Not started', value: 1, colour: '#b8b8b8' },
      ],
      width: 400,
    });
    expect(svg).toContain('width="300" height="22"');
    expect(svg).toContain('>Accepted: 3</text>');
    expect(svg).toContain('Accepted 3, Not started 1; 4 in all.');
  });
});

describe('svg helpers', () => {
  it('escapes XML and formats numbers', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(num(1.005)).toBe('1');
    expect(num(-0.001)).toBe('0');
    expect(num(12.3456)).toBe('12.35');
    expect(() => num(Number.NaN)).toThrow();
    expect(safeId('"><x')).toBe('c----x');
  });

  it('wraps text between words', () => {
    expect(wrapText('Infrastructure and technology', 16)).toEqual([
      'Infrastructure',
      'and technology',
    ]);
  });
});
