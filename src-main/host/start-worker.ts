import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread. The app passes its bundled `.js` workers; tests and the bench pass the
 * TypeScript source, which runs through tsx (a dev dependency) like the rest of their code.
 */
export function startWorker(file: string, workerData: unknown): Worker {
  const fromSource = file.endsWith('.ts');
  return new Worker(file, { workerData, ...(fromSource ? { execArgv: ['--import', 'tsx'] } : {}) });
}
