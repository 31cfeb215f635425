import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FrameworkDefinition, FrameworkProblem } from '@pies/framework';

/** A framework file read by the worker, with the hashes of its content when it is valid. */
export type ParsedFramework =
  | { ok: false; errors: FrameworkProblem[] }
  | { ok: true; framework: FrameworkDefinition; contentHash: string; indicatorHashes: string[] };

/** Bounds on the worker thread that reads one framework file, so a hostile file cannot hang it. */
export const FRAMEWORK_WORKER_LIMITS = {
  timeoutMs: 20_000,
  resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
} as const;

// The built app runs the compiled worker; from the TypeScript sources (Jest, the CLIs) swc
// compiles it as it loads, as `node -r @swc-node/register` does for the app.
const compiled = join(__dirname, 'framework-parse.worker.js');
const WORKER = existsSync(compiled)
  ? { file: compiled, execArgv: [] }
  : { file: join(__dirname, 'framework-parse.worker.ts'), execArgv: ['-r', '@swc-node/register'] };

let queue: Promise<unknown> = Promise.resolve();

/**
 * Parses and validates a framework file in a worker thread, one file at a time, so the API's
 * event loop stays free and at most one file's memory is in use.
 */
export function parseFrameworkInWorker(
  yaml: string,
  timeoutMs: number = FRAMEWORK_WORKER_LIMITS.timeoutMs,
): Promise<ParsedFramework> {
  const parsed = queue.then(() => runWorker(yaml, timeoutMs));
  queue = parsed.catch(() => undefined);
  return parsed;
}

function runWorker(yaml: string, timeoutMs: number): Promise<ParsedFramework> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER.file, {
      workerData: yaml,
      execArgv: WORKER.execArgv,
      resourceLimits: FRAMEWORK_WORKER_LIMITS.resourceLimits,
    });
    const refuse = (message: string) => resolve({ ok: false, errors: [{ path: '', message }] });
    const timer = setTimeout(() => {
      refuse(`the file could not be read within ${timeoutMs / 1000} s`);
      void worker.terminate();
    }, timeoutMs);
    worker.once('message', (result: ParsedFramework) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        refuse('the file needs too much memory to read');
      else reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the framework worker stopped (exit code ${code})`));
    });
  });
}
