import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-body';

const nested = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, and only beyond the limit', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(`{"a":${nested(2)}}`, 2)).toBe(true);
    expect(nestsDeeperThan(`[{"a":1},{"b":[2]}]`, 3)).toBe(false);
    expect(nestsDeeperThan(`[{"a":1},{"b":[2]}]`, 2)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ a: '[[[[{{{{' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ a: 'say "[[[" \\', b: '\\"[[' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify(['x\\', ['y']]), 1)).toBe(true);
  });

  it('agrees with the depth of what JSON.stringify writes', () => {
    const depthOf = (v: unknown): number =>
      v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0;
    const samples = [{ a: [1, { b: ['c', { d: null }] }] }, [[], [[]], '"]]"'], 'plain', 7];
    for (const v of samples) {
      const text = JSON.stringify(v);
      expect(nestsDeeperThan(text, depthOf(v))).toBe(false);
      if (depthOf(v) > 0) expect(nestsDeeperThan(text, depthOf(v) - 1)).toBe(true);
    }
  });

  it('takes linear time, with no recursion, on a megabyte of brackets', () => {
    const text = '['.repeat(1 << 20);
    const start = process.hrtime.bigint();
    expect(nestsDeeperThan(text, MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(`"${text}"`, MAX_JSON_DEPTH)).toBe(false);
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(500);
  });
});
