import type { ScenarioInput } from '../../domain/sim-view/build-scenario.ts';
import { expectedDuration } from '../../domain/sim-view/build-scenario.ts';
import type { FromWorker, ToWorker } from '../../workers/sim-protocol.ts';
import { simStore } from './sim-store.ts';

const CHART_MS = 125;

/**
 * Owns the module worker that runs the engine. The engine is imported only by the worker, so Vite
 * puts it in the worker chunk and the route's own JavaScript stays small.
 */
export class SimController {
  private worker: Worker | null = null;
  private runId = 0;
  private lastChart = 0;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/sim-worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.onMessage(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      // A crashed worker is replaced on the next start; what was on screen stays.
      this.worker?.terminate();
      this.worker = null;
      simStore.setState({ status: 'cancelled', error: e.message || 'The simulation worker stopped unexpectedly.' });
    };
    this.worker = worker;
    return worker;
  }

  start(scenarios: ScenarioInput[], labels: string[], speed: number | null, sampleEvery: number[], paused = false): void {
    const runId = ++this.runId;
    const endTime = Math.max(...scenarios.map(expectedDuration));
    // The previous results stay until the new run's first frame arrives (or an error says why not).
    simStore.setState({ runId, status: 'starting', labels, scenarios, error: null, endTime, time: 0 });
    this.send({ type: 'start', runId, scenarios, speed, sampleEvery, paused, endTime });
  }

  /**
   * The scenario changed and a new run will start shortly: stop the old one and ignore its late
   * frames, so nothing on screen claims the old run is the new one (its results stay visible).
   */
  supersede(): void {
    if (this.worker) this.send({ type: 'cancel', runId: this.runId });
    this.runId++;
    simStore.setState({ status: 'starting' });
  }

  pause(): void {
    this.send({ type: 'pause', runId: this.runId });
  }
  resume(): void {
    this.send({ type: 'resume', runId: this.runId });
  }
  cancel(): void {
    this.send({ type: 'cancel', runId: this.runId });
  }
  setSpeed(speed: number | null): void {
    this.send({ type: 'speed', runId: this.runId, speed });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private send(message: ToWorker): void {
    this.ensureWorker().postMessage(message);
  }

  private onMessage(m: FromWorker): void {
    if (m.runId !== this.runId) return;
    if (m.type === 'error') {
      simStore.setState({ status: simStore.getState().frames ? 'cancelled' : 'idle', error: m.message });
      return;
    }
    const now = performance.now();
    const chart = now - this.lastChart >= CHART_MS || m.status !== 'running' || simStore.getState().chartFrames === null;
    if (chart) this.lastChart = now;
    simStore.setState({
      status: m.status,
      frames: m.runs,
      time: m.time,
      endTime: m.endTime,
      busyMs: m.busyMs,
      frameAt: now,
      ...(chart ? { chartFrames: m.runs } : {}),
    });
  }
}

export const simController = new SimController();
