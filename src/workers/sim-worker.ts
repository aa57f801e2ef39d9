/// <reference lib="webworker" />
import { tryCreateSimulation } from '../domain/sim/simulation.ts';
import { RunRecorder } from '../domain/sim-view/run-recorder.ts';
import type { FromWorker, ToWorker } from './sim-protocol.ts';
import { SimDriver } from './sim-driver.ts';

/**
 * The simulation runs here, never on the page's thread: the worker advances every run of a start
 * message in lockstep and posts frames at about 30 per second.
 */
declare const self: DedicatedWorkerGlobalScope;

let driver: SimDriver | null = null;

function post(message: FromWorker): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  try {
    if (msg.type === 'start') {
      driver?.stop();
      driver = null;
      const recorders: RunRecorder[] = [];
      for (const [i, scenario] of msg.scenarios.entries()) {
        const created = tryCreateSimulation(scenario);
        if (!created.ok) {
          post({ type: 'error', runId: msg.runId, message: created.errors.join('; ') });
          return;
        }
        recorders.push(new RunRecorder(created.simulation, msg.sampleEvery[i] ?? 60));
      }
      driver = new SimDriver(msg.runId, recorders, msg.speed, post, msg.endTime);
      driver.start();
      return;
    }
    if (!driver || driver.runId !== msg.runId) return;
    if (msg.type === 'pause') driver.pause(msg.pressedAt);
    else if (msg.type === 'resume') driver.resume();
    else if (msg.type === 'cancel') driver.cancel();
    else if (msg.type === 'ack') driver.ack();
    else driver.setSpeed(msg.speed);
  } catch (e) {
    driver?.stop();
    post({ type: 'error', runId: msg.runId, message: e instanceof Error ? e.message : String(e) });
  }
};
