import { FRAMEWORK_LIMITS } from '@pies/framework';
import { startTestApp, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/** `k0: 1`, `k1: 1`, ...: a mapping of n unknown top-level keys. */
const unknownKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n');

/**
 * A valid framework as large as the limits allow: FRAMEWORK_LIMITS.indicators indicators, the
 * guidance padded so the file is just under FRAMEWORK_LIMITS.documentChars.
 */
function largestFramework(version = '9.0'): string {
  const head = testFrameworkYaml(version).split('\nareas:\n')[0].replace('test-framework', 'large');
  const indicator = (code: string, pad: string) => `          - code: ${code}
            statement: The agency does thing ${code}.
            guidance: ${pad}
            descriptors: { 1: None., 2: Some., 3: Most., 4: All and reviewed. }
            evidenceExamples: [A document]
            improvementActions: [Do the next thing]
            references: [{ source: Test source }]`;
  const build = (pad: string) => {
    const areas = ['P', 'I', 'E', 'S'].map((a) => {
      const standards = Array.from({ length: 10 }, (_, s) => {
        const code = `${a}${s + 1}`;
        const count = FRAMEWORK_LIMITS.indicators / 40;
        const indicators = Array.from({ length: count }, (_, i) =>
          indicator(`${code}.${i + 1}`, pad),
        );
        return `      - code: ${code}\n        title: Standard ${code}\n        description: D.\n        indicators:\n${indicators.join('\n')}`;
      });
      return `  - code: ${a}\n    title: Area ${a}\n    description: D.\n    standards:\n${standards.join('\n')}`;
    });
    return `${head}\nareas:\n${areas.join('\n')}\n`;
  };
  const spare = FRAMEWORK_LIMITS.documentChars - 1000 - build('').length;
  return build('x'.repeat(Math.floor(spare / FRAMEWORK_LIMITS.indicators)));
}

describe('framework import is linear, bounded and off the event loop', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'silent' }, { listen: true });
  });
  afterAll(() => t.close());

  it('answers 80,000 unknown keys with a bounded 400 quickly, in time linear in the keys', async () => {
    const admin = await t.as(await t.given.user({ role: 'platform_admin' }));
    const timed = async (n: number) => {
      const start = performance.now();
      const res = await admin.post('/api/frameworks', { yaml: unknownKeys(n) }).timeout(60_000);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('FRAMEWORK_INVALID');
      expect(res.body.details).toHaveLength(FRAMEWORK_LIMITS.problems + 1);
      expect(res.body.details[0]).toMatchObject({ field: 'id', line: 1 });
      expect(res.body.details.at(-1).problems[0].message).toMatch(/^stopped after 100 problems/);
      return performance.now() - start;
    };
    await timed(100); // the first worker warms what every later one reuses from disk
    const small = await timed(8_000);
    const large = await timed(80_000);
    expect(unknownKeys(80_000).length).toBeLessThan(FRAMEWORK_LIMITS.documentChars);
    // Ten times the keys: linear is about ten times the work (less, with the fixed costs);
    // quadratic was a hundred. Loose bounds, so a busy machine does not fail the test.
    expect(large).toBeLessThan(30_000);
    expect(large / small).toBeLessThan(25);
  }, 120_000);

  /**
   * /api/health's p95 latency, probed every 25 ms until `stop` says so. Each probe is timed
   * from when it was due: a stalled event loop delays every probe due during the stall, not
   * only the one in flight.
   */
  async function healthP95(stop: (probes: number) => boolean): Promise<number> {
    const latencies: Promise<number>[] = [];
    const start = performance.now();
    for (let k = 0; !stop(k); k++) {
      const due = start + k * 25;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      latencies.push(
        fetch(`${t.baseUrl}/api/health`).then(async (r) => {
          await r.text();
          if (r.status !== 200) throw new Error(`health answered ${r.status}`);
          return performance.now() - due;
        }),
      );
    }
    const sorted = (await Promise.all(latencies)).sort((a, b) => a - b);
    expect(sorted.length).toBeGreaterThan(20);
    return sorted[Math.floor(sorted.length * 0.95)];
  }

  it("keeps /api/health p95 under 50 ms (above the machine's idle p95) while the largest allowed file imports", async () => {
    const admin = await t.as(await t.given.user({ role: 'platform_admin' }));
    // Timing on a shared 2-core machine is noisy (other test files run alongside), so up to
    // three imports are tried, each of a new version: an import that blocks the event loop
    // misses the bound every time; one quiet moment shows the import does not.
    const attempts: { idle: number; importing: number }[] = [];
    for (const version of ['9.0', '9.1', '9.2']) {
      const yaml = largestFramework(version);
      expect(yaml.length).toBeGreaterThan(FRAMEWORK_LIMITS.documentChars * 0.99);
      expect(yaml.length).toBeLessThanOrEqual(FRAMEWORK_LIMITS.documentChars);
      // The machine's own noise, measured first: a shared test machine can be slow with no import.
      const idle = await healthP95((k) => k >= 40);
      let done = false;
      const imported = Promise.resolve(
        admin.post('/api/frameworks', { yaml }).timeout(60_000),
      ).finally(() => (done = true));
      const importing = await healthP95(() => done);
      const res = await imported;
      expect({
        status: res.status,
        created: res.body.created,
        indicators: res.body.indicatorCount,
      }).toEqual({
        status: 201,
        created: true,
        indicators: FRAMEWORK_LIMITS.indicators,
      });
      attempts.push({ idle, importing });
      if (importing < 50 + idle) break;
    }
    expect(attempts.some((a) => a.importing < 50 + a.idle) ? 'within' : attempts).toBe('within');
  }, 120_000);
});
