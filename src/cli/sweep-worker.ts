/**
 * A sweep's worker thread: runs the scenarios of one grid point at a time and sends back their figures.
 * The engine is deterministic, so a point gives the same row in any thread or process.
 */
import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../domain/sim/scenario-schema.ts';
import { runPoint, type PointJob, type PointReply } from './sweep-point.ts';

const port = parentPort;
if (port === null) throw new Error('sweep-worker.ts runs as a worker thread');
port.on('message', (job: PointJob<Scenario>) => {
  let reply: PointReply;
  try {
    reply = { id: job.id, ok: true, figures: runPoint(job.scenarios) };
  } catch (e) {
    reply = { id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
