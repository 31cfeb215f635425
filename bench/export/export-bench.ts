/**
 * npm run bench:export
 * Seeds 100 and 1,000 agencies (with an evidence file per agency), starts the production build,
 * exports each partnership as its admin would (request, poll, download) and reports the API's
 * peak RSS while each export is built and downloaded, beside its RSS at rest: memory should not
 * grow with the partnership. Method and figures in bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../apps/api/src/auth/passwords';
import { PhaseSampler, startApi } from '../api/api-process';
import { benchDatabase, log, PASSWORD, seed } from '../api/setup';

const EVIDENCE_BYTES = Number(process.env.BENCH_EVIDENCE_KB ?? 512) * 1024;
const ADMIN_EMAIL = 'bench-platform@test.example';

async function main() {
  const { url, ds, drop } = await benchDatabase();
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  try {
    const { seeded } = await seed(ds, ['Small Borough', 'Large County']);
    // One evidence file per agency, on its first audit: random bytes, which do not compress.
    for (const { id } of Object.values(seeded)) {
      const audits: { id: string }[] = await ds.query(
        `SELECT DISTINCT ON (a.organisation_id) a.id FROM audits a JOIN cycles c ON c.id = a.cycle_id
          WHERE c.partnership_id = $1 ORDER BY a.organisation_id, a.id`,
        [id],
      );
      for (const { id: auditId } of audits)
        await ds.query(
          `WITH f AS (
             INSERT INTO evidence_files (audit_id, indicator_code, organisation_id, file_name, media_type, size_bytes, sha256, content)
             SELECT a.id, 'P1.1', a.organisation_id, 'evidence.pdf', 'application/pdf', $2, 'bench', $3 FROM audits a WHERE a.id = $1
             RETURNING id, audit_id, indicator_code)
           INSERT INTO evidence_attachments (evidence_id, audit_id, indicator_code) SELECT id, audit_id, indicator_code FROM f`,
          [auditId, EVIDENCE_BYTES, randomBytes(EVIDENCE_BYTES)],
        );
      log(`evidence: ${audits.length} files of ${EVIDENCE_BYTES / 1024} KB`);
    }
    await ds.query(
      `WITH u AS (INSERT INTO users (email, name, password_hash) VALUES ($1, 'Bench admin', $2) RETURNING id)
       INSERT INTO memberships (user_id, role, status) SELECT id, 'platform_admin', 'active' FROM u`,
      [ADMIN_EMAIL, await hashPassword(PASSWORD)],
    );
    api = await startApi(url);
    const sampler = new PhaseSampler(api.child.pid!);
    const base = api.base;
    const csrfRes = await fetch(`${base}/api/auth/csrf`);
    const pre = ((await csrfRes.json()) as { csrfToken: string }).csrfToken;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': pre,
        cookie: `pies_csrf=${pre}`,
      },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`login failed: HTTP ${login.status}`);
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const headers = { cookie, 'x-csrf-token': csrf };

    sampler.phase('at rest');
    await new Promise((r) => setTimeout(r, 3000));
    const results: Record<string, Record<string, number | string>> = {};
    for (const [name, { id }] of Object.entries(seeded)) {
      sampler.phase(`${name}: build`);
      const t0 = performance.now();
      const started = (await (
        await fetch(`${base}/api/partnerships/${id}/export`, { method: 'POST', headers })
      ).json()) as { id: string };
      let job: { status: string; done: number; total: number; downloadUrl: string | null };
      for (;;) {
        job = (await (
          await fetch(`${base}/api/partnership-exports/${started.id}`, { headers })
        ).json()) as typeof job;
        if (job.status === 'done' || job.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      if (job.status !== 'done') throw new Error(`the export of ${name} failed`);
      const built = (performance.now() - t0) / 1000;
      sampler.phase(`${name}: download`);
      const t1 = performance.now();
      const res = await fetch(`${base}${job.downloadUrl}`, { headers });
      let bytes = 0;
      for await (const chunk of res.body!) bytes += (chunk as Uint8Array).length;
      const downloaded = (performance.now() - t1) / 1000;
      await new Promise((r) => setTimeout(r, 500)); // a last sample or two
      sampler.phase('after');
      results[name] = {
        rowsAndFiles: job.total,
        buildSeconds: Math.round(built * 10) / 10,
        zipMb: Math.round(bytes / 1e5) / 10,
        downloadSeconds: Math.round(downloaded * 10) / 10,
        peakRssBuildMb: sampler.peaks[`${name}: build`]?.rss ?? 0,
        peakRssDownloadMb: sampler.peaks[`${name}: download`]?.rss ?? 0,
      };
      log(`${name}: ${JSON.stringify(results[name])}`);
    }
    sampler.stop();
    const rest = sampler.peaks['at rest']?.rss ?? 0;
    process.stdout.write(`API RSS at rest (the floor): ${rest} MB\n`);
    for (const [name, r] of Object.entries(results))
      process.stdout.write(
        `${name}: ${r.rowsAndFiles} rows and files, built in ${r.buildSeconds} s, ZIP ${r.zipMb} MB downloaded in ${r.downloadSeconds} s; ` +
          `peak RSS ${r.peakRssBuildMb} MB building (${(Number(r.peakRssBuildMb) / rest).toFixed(2)}× at rest), ` +
          `${r.peakRssDownloadMb} MB downloading (${(Number(r.peakRssDownloadMb) / rest).toFixed(2)}×)\n`,
      );
    process.stdout.write(`API high-water mark (VmHWM) over the run: ${await sampler.hwm()} MB\n`);
  } finally {
    api?.child.kill('SIGTERM');
    await drop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
