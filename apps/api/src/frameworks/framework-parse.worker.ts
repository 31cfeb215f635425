import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import {
  allIndicators,
  frameworkContentHash,
  indicatorContentHash,
  parseFramework,
} from '@pies/framework';
import type { ParsedFramework } from './framework-parser';

// Runs in a worker thread (framework-parser.ts), so reading a large file never blocks the API.
// On Linux a priority applies to the calling thread only: the event loop keeps its core first.
if (process.platform === 'linux') setPriority(19);
const parsed = parseFramework(workerData as string);
const message: ParsedFramework = parsed.ok
  ? {
      ...parsed,
      contentHash: frameworkContentHash(parsed.framework),
      indicatorHashes: allIndicators(parsed.framework).map(indicatorContentHash),
    }
  : parsed;
parentPort?.postMessage(message);
