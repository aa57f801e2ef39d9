/**
 * Grid points on every core with node:worker_threads: a fixed pool, each worker taking the next point
 * when it finishes one. A failing point stops the sweep (the rest would be a table with holes).
 */
import { Worker } from 'node:worker_threads';
import type { RunFigures } from './sweep-csv.ts';
import type { PointJob, PointReply } from './sweep-point.ts';

const WORKER_URL = new URL('./sweep-worker.ts', import.meta.url).href;
// Workers do not inherit tsx's loader from `tsx src/cli/sim.ts`: the worker registers it, then loads the TypeScript module.
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`;

export function runInWorkers(jobs: readonly PointJob[], threads: number, onResult: (id: number, figures: RunFigures[]) => void): Promise<void> {
  const count = Math.max(1, Math.min(threads, jobs.length));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  // Workers this pool stopped itself: their exit is not a failure.
  const retired = new Set<Worker>();
  const retire = (w: Worker) => {
    retired.add(w);
    void w.terminate();
  };
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) retire(w);
      reject(error);
    };
    const feed = (w: Worker) => {
      if (next < jobs.length) w.postMessage(jobs[next++]);
      else retire(w);
    };
    if (jobs.length === 0) return resolve();
    for (let i = 0; i < count; i++) {
      const w = new Worker(BOOTSTRAP, { eval: true });
      workers.push(w);
      w.on('message', (reply: PointReply) => {
        if (failed) return;
        if (!reply.ok) return fail(new Error(`grid point ${reply.id}: ${reply.message}`));
        onResult(reply.id, reply.figures);
        done += 1;
        if (done === jobs.length) {
          for (const other of workers) retire(other);
          resolve();
        } else feed(w);
      });
      w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
      w.on('exit', (code) => {
        if (code !== 0 && !retired.has(w) && !failed) fail(new Error(`a sweep worker stopped with code ${code}`));
      });
      feed(w);
    }
  });
}
