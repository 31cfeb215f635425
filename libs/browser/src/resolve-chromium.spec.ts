import { join } from 'node:path';
import {
  ChromiumNotFoundError,
  findSystemChromium,
  resolveChromium,
  SYSTEM_CHROMIUM_PATHS,
} from './resolve-chromium';

/** A fake file system: only these paths are executable. */
function executables(...paths: string[]): (path: string) => boolean {
  const set = new Set(paths);
  return (path) => set.has(path);
}

const bundled = jest.fn(async () => '/tmp/pies-chromium/153.0.0/chromium');

describe('resolveChromium', () => {
  beforeEach(() => bundled.mockClear());

  it('uses CHROMIUM_PATH first, even when a system browser exists', async () => {
    const result = await resolveChromium({
      env: { CHROMIUM_PATH: '/opt/my/chrome', PATH: '/usr/bin' },
      isExecutable: executables('/opt/my/chrome', '/usr/bin/chromium'),
      unpackBundled: bundled,
    });
    expect(result).toEqual({ path: '/opt/my/chrome', source: 'setting' });
    expect(bundled).not.toHaveBeenCalled();
  });

  it('fails with a clear message when CHROMIUM_PATH is set but not executable', async () => {
    const attempt = resolveChromium({
      env: { CHROMIUM_PATH: '/nope/chrome', PATH: '/usr/bin' },
      isExecutable: executables('/usr/bin/chromium'),
      unpackBundled: bundled,
    });
    await expect(attempt).rejects.toThrow(ChromiumNotFoundError);
    await expect(attempt).rejects.toThrow('CHROMIUM_PATH is set to "/nope/chrome"');
    expect(bundled).not.toHaveBeenCalled();
  });

  it('ignores an empty CHROMIUM_PATH', async () => {
    const result = await resolveChromium({
      env: { CHROMIUM_PATH: '  ', PATH: '/usr/bin' },
      isExecutable: executables('/usr/bin/chromium'),
      unpackBundled: bundled,
    });
    expect(result).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it('finds a system browser on PATH before the bundled one', async () => {
    const result = await resolveChromium({
      env: { PATH: ['/usr/local/bin', '/usr/bin'].join(':') },
      isExecutable: executables('/usr/bin/google-chrome'),
      unpackBundled: bundled,
    });
    expect(result).toEqual({ path: '/usr/bin/google-chrome', source: 'system' });
    expect(bundled).not.toHaveBeenCalled();
  });

  it('falls back to the bundled Chromium when there is no system browser', async () => {
    const result = await resolveChromium({
      env: { PATH: '/usr/bin' },
      isExecutable: executables(),
      unpackBundled: bundled,
    });
    expect(result).toEqual({ path: '/tmp/pies-chromium/153.0.0/chromium', source: 'bundled' });
  });

  it('skips system browsers when PIES_BROWSER_SKIP_SYSTEM=1', async () => {
    const result = await resolveChromium({
      env: { PATH: '/usr/bin', PIES_BROWSER_SKIP_SYSTEM: '1' },
      isExecutable: executables('/usr/bin/chromium'),
      unpackBundled: bundled,
    });
    expect(result.source).toBe('bundled');
  });

  it('still honours CHROMIUM_PATH when system browsers are skipped', async () => {
    const result = await resolveChromium({
      env: { PATH: '/usr/bin', PIES_BROWSER_SKIP_SYSTEM: 'true', CHROMIUM_PATH: '/x/chrome' },
      isExecutable: executables('/x/chrome'),
      unpackBundled: bundled,
    });
    expect(result).toEqual({ path: '/x/chrome', source: 'setting' });
  });

  it('names every step it tried when nothing can be found', async () => {
    const attempt = resolveChromium({
      env: { PATH: '/usr/bin' },
      isExecutable: executables(),
      unpackBundled: async () => {
        throw new Error('disk full');
      },
    });
    await expect(attempt).rejects.toThrow(
      /CHROMIUM_PATH is not set.*no system Chromium.*disk full/,
    );
  });
});

describe('findSystemChromium', () => {
  it('prefers a better name anywhere on PATH over a lesser name earlier on PATH', () => {
    const found = findSystemChromium(
      { PATH: '/a:/b' },
      executables('/a/google-chrome', join('/b', 'chromium')),
    );
    expect(found).toBe('/b/chromium');
  });

  it('takes the earlier PATH directory for the same name', () => {
    expect(findSystemChromium({ PATH: '/a:/b' }, executables('/a/chromium', '/b/chromium'))).toBe(
      '/a/chromium',
    );
  });

  it('checks well-known install locations that are not on PATH', () => {
    const location = SYSTEM_CHROMIUM_PATHS[1];
    expect(findSystemChromium({ PATH: '' }, executables(location))).toBe(location);
  });

  it('returns null with no PATH and nothing installed', () => {
    expect(findSystemChromium({}, executables())).toBeNull();
  });
});
