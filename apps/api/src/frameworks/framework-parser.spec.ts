import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrameworkInWorker } from './framework-parser';

const PIES = readFileSync(
  join(__dirname, '../../../../templates/frameworks/online-safeguarding-pies.yaml'),
  'utf8',
);

describe('parseFrameworkInWorker', () => {
  it('reads a framework in a worker thread, with its content hashes', async () => {
    const parsed = await parseFrameworkInWorker(PIES);
    expect(parsed.ok && parsed.indicatorHashes.length).toBe(57);
    expect(parsed.ok && parsed.contentHash).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  it('stops a worker that runs past its time, and the next file is read as usual', async () => {
    expect(await parseFrameworkInWorker(PIES, 1)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'the file could not be read within 0.001 s' }],
    });
    expect((await parseFrameworkInWorker(PIES)).ok).toBe(true);
  }, 60_000);
});
