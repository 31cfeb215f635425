#!/usr/bin/env node
// Records, in package-lock.json, the optional platform-specific packages (e.g.
// @swc/core-darwin-arm64) that npm leaves out when its registry does not serve them.
// Without them `npm ci` reports the lock as out of sync with package.json. Each is
// recorded with the os/cpu/libc its name states, so npm skips it on other platforms.
// Idempotent; run after `npm install` changes the lock (CI runs it before `npm ci`).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;

const OS = [
  'darwin',
  'linux',
  'win32',
  'freebsd',
  'android',
  'openbsd',
  'sunos',
  'aix',
  'netbsd',
  'openharmony',
];
const CPU = [
  'x64',
  'arm64',
  'arm',
  'ia32',
  'ppc64',
  's390x',
  'riscv64',
  'loong64',
  'mips64el',
  'wasm32',
  'loongarch64',
];

function platformOf(name) {
  const base = name.split('/').pop();
  const parts = base.split('-');
  const os =
    parts.find((p) => OS.includes(p)) ??
    (parts.includes('win')
      ? 'win32'
      : parts.includes('windows')
        ? 'win32'
        : parts.includes('macos')
          ? 'darwin'
          : undefined);
  const cpu =
    parts.find((p) => CPU.includes(p)) ??
    (parts.includes('x86') ? 'ia32' : parts.includes('universal') ? undefined : undefined);
  const libc =
    parts.includes('musl') || parts.some((p) => p.startsWith('musl'))
      ? 'musl'
      : parts.includes('gnu') || parts.some((p) => p.startsWith('gnu'))
        ? 'glibc'
        : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    // Where npm would place it: next to its parent's node_modules, else hoisted at the top.
    const nested = `${path ? `${path}/` : ''}node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pkgs[nested] || pkgs[top]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    pkgs[top] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stderr.write(`complete-lockfile: recorded ${added} platform package(s)\n`);
