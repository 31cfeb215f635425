import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Resident memory of a process tree from /proc (Linux); 0 elsewhere. */
export interface TreeMemory {
  processes: number;
  /** Sum of VmRSS: counts shared pages once per process, so it overstates the total. */
  rssBytes: number;
  /** Sum of Pss (proportional set size): shared pages split between processes. */
  pssBytes: number;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces; fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function kilobytes(text: string, key: string): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/** `root` and all its descendants. */
export function processTree(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export function treeMemory(root: number | undefined): TreeMemory {
  const total: TreeMemory = { processes: 0, rssBytes: 0, pssBytes: 0 };
  if (root === undefined) return total;
  for (const pid of processTree(root)) {
    try {
      total.rssBytes += kilobytes(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
      total.processes++;
      total.pssBytes += kilobytes(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/**
 * Samples Node's RSS and a process tree's memory on a worker thread (reading /proc on the
 * main thread would stall the event loop that drives the browser and skew every timing),
 * and keeps the peaks. The worker runs this file's functions, compiled by @swc-node/register.
 */
export class PeakMemory {
  readonly #worker: Worker;
  #latest: { nodeRss: number; chromium: TreeMemory } = {
    nodeRss: 0,
    chromium: { processes: 0, rssBytes: 0, pssBytes: 0 },
  };

  constructor(intervalMs = 200) {
    this.#worker = new Worker(
      `require('@swc-node/register');
       const { parentPort, workerData } = require('node:worker_threads');
       const { treeMemory } = require(workerData.module);
       let root;
       const peak = { nodeRss: 0, chromium: { processes: 0, rssBytes: 0, pssBytes: 0 } };
       const sample = () => {
         peak.nodeRss = Math.max(peak.nodeRss, process.memoryUsage().rss);
         const tree = treeMemory(root);
         if (tree.rssBytes > peak.chromium.rssBytes) peak.chromium = tree;
         parentPort.postMessage(peak);
       };
       parentPort.on('message', (message) => { if (message.root !== undefined) root = message.root; sample(); });
       setInterval(sample, workerData.intervalMs);`,
      { eval: true, workerData: { module: __filename, intervalMs } },
    );
    this.#worker.on('message', (peak: { nodeRss: number; chromium: TreeMemory }) => {
      this.#latest = peak;
    });
  }

  /** Which process tree to watch (the renderer's browser). */
  watch(root: number | undefined): void {
    this.#worker.postMessage({ root });
  }

  /** The peaks so far (as of the worker's last sample). */
  get peak(): { nodeRss: number; chromium: TreeMemory } {
    return this.#latest;
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}
