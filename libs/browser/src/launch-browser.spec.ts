import { existsSync } from 'node:fs';
import { chromiumArgs, FORBIDDEN_CHROMIUM_ARGS, launchBrowser } from './launch-browser';
import { resolveChromium } from './resolve-chromium';

jest.setTimeout(120_000);

describe('chromiumArgs', () => {
  it('adds --no-sandbox only when the sandbox is off', () => {
    expect(chromiumArgs({ sandbox: true })).not.toContain('--no-sandbox');
    expect(chromiumArgs({ sandbox: false })).toContain('--no-sandbox');
  });

  it('switches off GPU, /dev/shm, background networking, updates, sync and QUIC', () => {
    expect(chromiumArgs({ sandbox: true })).toEqual(
      expect.arrayContaining([
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ]),
    );
  });

  it.each(FORBIDDEN_CHROMIUM_ARGS)('never passes %s, even when asked to', (flag) => {
    expect(chromiumArgs({ sandbox: false }).some((arg) => arg.startsWith(flag))).toBe(false);
    expect(() => chromiumArgs({ sandbox: true, extraArgs: [flag] })).toThrow(
      'refusing unsafe Chromium flags',
    );
  });
});

/** Launches a real browser and prints a page to PDF. */
async function printHello(chromium?: Awaited<ReturnType<typeof resolveChromium>>) {
  const browser = await launchBrowser({ chromium });
  try {
    const commandLine = browser.process()?.spawnargs ?? [];
    const profile = commandLine.find((arg) => arg.startsWith('--user-data-dir='))?.split('=')[1];
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>Hello</title><h1>Hello from PIES</h1>');
    const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
    return { pdf, commandLine, profile, version: await browser.version() };
  } finally {
    await browser.close();
  }
}

describe('launchBrowser (real Chromium)', () => {
  it('launches with safe flags and a fresh profile, prints a PDF and removes the profile', async () => {
    const { pdf, commandLine, profile } = await printHello();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    for (const flag of FORBIDDEN_CHROMIUM_ARGS) {
      expect(commandLine.some((arg) => arg.startsWith(flag))).toBe(false);
    }
    expect(commandLine).toContain('--remote-debugging-pipe');
    expect(commandLine.some((arg) => arg.startsWith('--remote-debugging-port'))).toBe(false);
    expect(profile).toMatch(/pies-browser-profile-/);
    // The profile is removed once the browser has gone.
    for (let i = 0; i < 50 && existsSync(profile as string); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(existsSync(profile as string)).toBe(false);
  });

  it('runs the Chromium bundled in @sparticuz/chromium when system browsers are skipped', async () => {
    const chromium = await resolveChromium({
      env: { ...process.env, CHROMIUM_PATH: '', PIES_BROWSER_SKIP_SYSTEM: '1' },
    });
    expect(chromium.source).toBe('bundled');
    const { pdf, version } = await printHello(chromium);
    expect(version).toMatch(/HeadlessChrome|Chrome/);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
