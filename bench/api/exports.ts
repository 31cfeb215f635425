import type { DataSource } from 'typeorm';
import { BOARD_COUNTED_STATES } from '@pies/domain';
import type { PhaseSampler } from './api-process';
import { log } from './setup';

export interface ExportRun {
  status: number | string;
  audits: number;
  seconds: number;
  bytes: number;
  /** The API's highest RSS while it ran, MB. */
  peakRssMb: number | null;
}

/**
 * The heavy paths, one at a time, on the cycle of `partnershipId` with the most audits the
 * board can read: the workbook, the CSV, the board report PDF, and the report pack (one PDF
 * per audit, zipped) polled until done, then downloaded. Each gets its own RSS phase (the pack
 * two: building it, downloading it).
 * BENCH_PACK=open builds the pack of the open cycle instead (fewer audits), =skip none.
 */
export async function runExports(
  ds: DataSource,
  base: string,
  cookie: string,
  partnershipId: string,
  sampler: PhaseSampler,
) {
  const [cycle]: { id: string; audits: number }[] = await ds.query(
    `SELECT c.id, count(*)::int AS audits FROM cycles c JOIN audits a ON a.cycle_id = c.id
      WHERE c.partnership_id = $1 AND a.status = ANY($2) GROUP BY c.id ORDER BY 2 DESC LIMIT 1`,
    [partnershipId, BOARD_COUNTED_STATES],
  );
  const [open]: { id: string; audits: number }[] = await ds.query(
    `SELECT c.id, count(*)::int AS audits FROM cycles c JOIN audits a ON a.cycle_id = c.id
      WHERE c.partnership_id = $1 AND c.status = 'open' AND a.status = ANY($2) GROUP BY c.id LIMIT 1`,
    [partnershipId, BOARD_COUNTED_STATES],
  );
  const pack = process.env.BENCH_PACK === 'open' ? open : cycle;
  const csrf = /pies_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  const runs: Record<string, ExportRun> = {};
  const timed = async (
    name: string,
    audits: number,
    work: () => Promise<{ status: number | string; bytes: number }>,
  ) => {
    log(`export: ${name} (${audits} audits)`);
    sampler.phase(`export ${name}`);
    const t0 = performance.now();
    let r: { status: number | string; bytes: number };
    try {
      r = await work();
    } catch (err) {
      r = { status: err instanceof Error ? err.message : String(err), bytes: 0 };
    }
    await new Promise((res) => setTimeout(res, 300)); // a last sample or two
    runs[name] = {
      ...r,
      audits,
      seconds: Math.round((performance.now() - t0) / 100) / 10,
      peakRssMb: sampler.peaks[`export ${name}`]?.rss ?? null,
    };
    log(`  ${JSON.stringify(runs[name])}`);
  };
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
  };
  await timed('xlsx', cycle.audits, () => get(`/api/cycles/${cycle.id}/export.xlsx`));
  await timed('csv', cycle.audits, () => get(`/api/cycles/${cycle.id}/export.csv`));
  await timed('board pdf', cycle.audits, () => get(`/api/cycles/${cycle.id}/report.pdf`));
  if (process.env.BENCH_PACK !== 'skip') {
    let jobId: string | null = null;
    await timed('report pack', pack.audits, async () => {
      const started = await fetch(`${base}/api/cycles/${pack.id}/report-pack`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf },
      });
      if (started.status !== 202) return { status: started.status, bytes: 0 };
      const job = (await started.json()) as { id: string };
      for (;;) {
        await new Promise((res) => setTimeout(res, 1000));
        const res = await fetch(`${base}/api/jobs/${job.id}`, { headers: { cookie } });
        const j = (await res.json()) as { status: string; done: number; total: number };
        if (j.status === 'done') {
          jobId = job.id;
          return { status: 'done', bytes: 0 };
        }
        if (j.status === 'failed' || !res.ok) return { status: `job ${j.status}`, bytes: 0 };
      }
    });
    // Its own phase, so the build's and the download's memory are seen apart.
    if (jobId)
      await timed('report pack download', pack.audits, () => get(`/api/jobs/${jobId}/download`));
  }
  return { runs };
}
