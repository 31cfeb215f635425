/** bench/results.json and the printed table, from what the phases measured. */
import type { Result } from 'autocannon';
import type { CpuShare, RssPeak } from './api-process';
import type { ExportRun } from './exports';
import type { OpenLoopResult } from './open-loop';
import { fmt } from './stats';

type Load = Result & { p95: number };
type Closed = { p50: number; p95: number; p99: number; rps: number };
export interface Measured {
  health?: Load;
  dashboard?: Load;
  dashboardOpen?: OpenLoopResult;
  /** The open loop again at a rate the closed loop showed the server sustains. */
  dashboardSustained?: OpenLoopResult;
  floor?: Closed;
  scaling?: Record<string, { agencies: number; p50: number; p95: number }>;
  sequential?: Record<string, { agencies: number; p50: number; max: number; floorP50: number }>;
  autosave?: {
    closed: Closed & { statuses: Record<number, number>; errors: number };
    open: OpenLoopResult;
    sustained: OpenLoopResult;
    /** The same saves straight through pg, one statement each (closed loop, 100 at a time). */
    floor: Closed & { errors: number };
    acknowledged: number;
    answers: number;
    lost: number;
  };
  exports?: { runs: Record<string, ExportRun> };
}

const autocannonFigures = (r: Load) => ({
  p50: r.latency.p50,
  p95: r.p95,
  p97_5: r.latency.p97_5,
  p99: r.latency.p99,
  rps: r.requests.average,
});

/** The figures under the names earlier runs used, and the new ones beside them. */
export function figures(m: Measured) {
  const { health, dashboard: d, floor, autosave: a } = m;
  return {
    health50: health && autocannonFigures(health),
    dashboard1000at50: d && {
      ...autocannonFigures(d),
      errors: d.errors + d.non2xx,
      // What each response puts on the wire (gzipped body and headers).
      bytesPerResponse: Math.round(d.throughput.total / Math.max(1, d.requests.total)),
    },
    dashboard1000Open: m.dashboardOpen,
    dashboard1000Sustained: m.dashboardSustained,
    rawSqlFloorAt50: floor,
    ratioToFloorP50: d && floor ? d.latency.p50 / floor.p50 : undefined,
    ratioToFloorP95: d && floor ? d.p95 / floor.p95 : undefined,
    ratioToHealthP95: d && health ? d.p95 / health.p95 : undefined,
    scaling: m.scaling,
    sequential: m.sequential,
    autosave100: a && {
      ...a.closed,
      // Checked over every acknowledged save of both autosave phases.
      acknowledged: a.acknowledged,
      answers: a.answers,
      lost: a.lost,
    },
    autosave100Open: a?.open,
    autosave100Sustained: a?.sustained,
    autosaveFloorAt100: a?.floor,
    autosaveRatioToFloorP95: a && a.closed.p95 / a.floor.p95,
    autosaveRatioToFloorRps: a && a.closed.rps / a.floor.rps,
    exports: m.exports,
  };
}

const ms = (p: { p50: number; p95: number; p99: number }, d = 1) =>
  `${fmt(p.p50, d)} / ${fmt(p.p95, d)} / ${fmt(p.p99, d)} ms`;
/** The two table rows of an open loop, or none when the phase did not run. */
const open = (label: string, o: OpenLoopResult | undefined): [string, string][] =>
  o
    ? [
        [
          `${label}: p50 / p95 / p99`,
          `${fmt(o.rps, 0)} of ${o.offered} req/s (over ${fmt(o.elapsed)} s), ${ms(o)} (service ${ms(o.service)})`,
        ],
        [
          '  (open loop) late, unsent, statuses',
          `late ${o.late}, unsent ${o.unsent} of ${o.scheduled} (after ${o.warmupSeconds} s untimed); busy max ${o.busyMax}; statuses ${JSON.stringify(o.statuses)}, ${o.errors} transport errors`,
        ],
        [
          '  (open loop) p95 by second; load generator lag p99 / max',
          `${o.p95BySecond.join(' ')} ms; ${fmt(o.driverDelay.p99)} / ${fmt(o.driverDelay.max)} ms`,
        ],
      ]
    : [];

export function printTable(
  results: ReturnType<typeof figures> & {
    date: string;
    machine: { cpus: number; memoryGiB: number; node: string };
    seed: Record<string, { seconds: number }>;
    apiNodeArgs: string[];
    apiPeakRssMb: number | null;
    apiRssByPhase: Record<string, RssPeak>;
    cpuByPhase: Record<string, CpuShare>;
  },
) {
  const r = results;
  const rows: [string, string | undefined | false][] = [
    ['seed 1,000 agencies × 3 cycles', `${fmt(r.seed['Large County']?.seconds)} s`],
    [
      'health, 50 conns: p50 / p95 / p99',
      r.health50 && `${ms(r.health50, 0)} (${fmt(r.health50.rps, 0)} req/s)`,
    ],
    [
      'dashboard 1,000 agencies, 50 conns: p50 / p95 / p99',
      r.dashboard1000at50 &&
        `${ms(r.dashboard1000at50, 0)} (${fmt(r.dashboard1000at50.rps, 0)} req/s, ${r.dashboard1000at50.errors} errors, ${fmt(r.dashboard1000at50.bytesPerResponse / 1024, 1)} KB each)`,
    ],
    ...open('dashboard, offered rate, ≤ 50 conns', r.dashboard1000Open),
    ...open('dashboard, sustainable rate, ≤ 50 conns', r.dashboard1000Sustained),
    [
      'raw SQL floor, same queries, 50 concurrent: p50 / p95 / p99',
      r.rawSqlFloorAt50 && `${ms(r.rawSqlFloorAt50)} (${fmt(r.rawSqlFloorAt50.rps, 0)} req/s)`,
    ],
    [
      'dashboard p95 ÷ raw SQL p95; ÷ health p95',
      (r.ratioToFloorP95 !== undefined || r.ratioToHealthP95 !== undefined) &&
        `${fmt(r.ratioToFloorP95, 2)}×; ${fmt(r.ratioToHealthP95, 2)}×`,
    ],
    ...Object.values(r.scaling ?? {}).map((s): [string, string] => [
      `dashboard at ${s.agencies} agencies, 4 conns: p50 / p95`,
      `${s.p50} / ${fmt(s.p95, 0)} ms`,
    ]),
    ...Object.values(r.sequential ?? {}).map((s): [string, string] => [
      `dashboard one at a time at ${s.agencies} agencies: p50 / max; its queries through pg: p50; ratio`,
      `${fmt(s.p50)} / ${fmt(s.max)} ms; ${fmt(s.floorP50)} ms; ${fmt(s.p50 / s.floorP50, 2)}×`,
    ]),
    [
      'autosave PUT, 100 conns: req/s, p50 / p95 / p99',
      r.autosave100 && `${fmt(r.autosave100.rps, 0)} req/s, ${ms(r.autosave100)}`,
    ],
    ...open('autosave, offered rate, 100 conns', r.autosave100Open),
    ...open('autosave, sustainable rate, 100 conns', r.autosave100Sustained),
    [
      'autosave statuses (closed), errors (all phases), lost writes',
      r.autosave100 &&
        `${JSON.stringify(r.autosave100.statuses)}, ${r.autosave100.errors + (r.autosave100Open?.errors ?? 0) + (r.autosave100Sustained?.errors ?? 0)} errors, ${r.autosave100.lost} lost of ${r.autosave100.acknowledged} acknowledged (${r.autosave100.answers} answers)`,
    ],
    [
      "autosave floor: the save's statements through pg, 100 concurrent",
      r.autosaveFloorAt100 &&
        `${ms(r.autosaveFloorAt100)} (${fmt(r.autosaveFloorAt100.rps, 0)} req/s, ${r.autosaveFloorAt100.errors} errors)`,
    ],
    [
      'autosave closed loop ÷ floor: p95; req/s',
      r.autosaveRatioToFloorP95 !== undefined &&
        `${fmt(r.autosaveRatioToFloorP95, 2)}×; ${fmt(r.autosaveRatioToFloorRps, 2)}×`,
    ],
    ...Object.entries(r.exports?.runs ?? {}).map(([name, e]): [string, string] => [
      `${name} (${e.audits} audits): status, time, size, peak RSS`,
      `${e.status}, ${fmt(e.seconds)} s, ${fmt(e.bytes / 2 ** 20)} MB, ${e.peakRssMb ?? '—'} MB`,
    ]),
    ['API peak RSS (VmHWM)', `${r.apiPeakRssMb ?? '—'} MB, node ${r.apiNodeArgs.join(' ')}`],
    [
      'CPU by phase, % of one core: API / load generator / machine',
      Object.entries(r.cpuByPhase)
        .map(([k, c]) => `${k} ${c.api}/${c.loadGenerator}/${c.machine}`)
        .join(', '),
    ],
    [
      'API peak RSS by phase (anon + file)',
      Object.entries(r.apiRssByPhase)
        .map(([k, p]) => `${k} ${p.rss} (${p.anon}+${p.file})`)
        .join(', '),
    ],
  ];
  const shown = rows.filter((row): row is [string, string] => Boolean(row[1]));
  const width = Math.max(...shown.map(([k]) => k.length));
  process.stdout.write(
    `\nPIES Audit API benchmark — ${r.date}, ${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}\n\n`,
  );
  for (const [k, v] of shown) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
  process.stdout.write(
    '\n(p95 from every response time; open loop: from each request’s scheduled time; also in bench/results.json)\n',
  );
}
