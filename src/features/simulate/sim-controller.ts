import { FrameDecoder } from '../../domain/sim-view/frame-stream.ts';
import { transition, type PlaybackEvent } from '../../domain/sim-view/playback-machine.ts';
import type { ScenarioInput } from '../../domain/sim-view/build-scenario.ts';
import type { FromWorker, ToWorker } from '../../workers/sim-protocol.ts';
import { simStore } from './sim-store.ts';

/** A changed scenario starts after this pause in typing; the last results stay meanwhile. */
const SETTLE_MS = 300;

/** A valid scenario, ready to send to the worker. */
export type RunPlan = { scenarios: ScenarioInput[]; labels: string[]; sampleEvery: number[]; endTime: number };

/**
 * Owns the module worker that runs the engine and carries out the playback state machine
 * (src/domain/sim-view/playback-machine.ts): buttons and worker reports become events; the machine
 * says what the worker must do. The engine is imported only by the worker, so Vite puts it in the
 * worker chunk and the route's own JavaScript stays small.
 */
export class SimController {
  private worker: Worker | null = null;
  private runId = 0;
  /** Rebuild each run's full frame from the worker's patches (src/domain/sim-view/frame-stream.ts). */
  private decoders: FrameDecoder[] = [];
  private plan: RunPlan | null = null;
  private speed: number | null = 60;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/sim-worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.onMessage(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      // A crashed worker is replaced on the next start; what was on screen stays.
      this.worker?.terminate();
      this.worker = null;
      this.dispatch({ type: 'worker-error' });
      simStore.setState({ error: e.message || 'The simulation worker stopped unexpectedly.' });
    };
    this.worker = worker;
    return worker;
  }

  /** The scenario on screen, or null while the settings are invalid (nothing new can start). */
  setPlan(plan: RunPlan | null): void {
    this.plan = plan;
  }

  /** The settings changed to a valid scenario: stop the old run now, start the new one shortly. */
  scenarioChanged(plan: RunPlan): void {
    this.plan = plan;
    this.dispatch({ type: 'scenario-changed' });
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.dispatch({ type: 'scenario-settled' });
    }, SETTLE_MS);
  }

  run(): void {
    this.dispatch({ type: 'run' });
  }
  pause(): void {
    this.dispatch({ type: 'pause' });
  }
  resume(): void {
    this.dispatch({ type: 'resume' });
  }
  restart(): void {
    this.dispatch({ type: 'restart' });
  }
  cancel(): void {
    this.dispatch({ type: 'cancel' });
  }

  setSpeed(speed: number | null): void {
    this.speed = speed;
    if (this.worker) this.send({ type: 'speed', runId: this.runId, speed });
  }

  dispose(): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = null;
    this.worker?.terminate();
    this.worker = null;
    this.runId++;
    simStore.setState({ status: 'idle' });
  }

  /** Feeds one event to the state machine and carries out its command. */
  dispatch(event: PlaybackEvent): void {
    const { status, command } = transition(simStore.getState().status, event, this.plan !== null);
    if (command === 'start' && this.plan) this.startRun(this.plan);
    else if (command === 'pause') this.send({ type: 'pause', runId: this.runId, pressedAt: performance.timeOrigin + performance.now() });
    else if (command === 'resume') this.send({ type: 'resume', runId: this.runId });
    else if (command === 'cancel') this.send({ type: 'cancel', runId: this.runId });
    else if (command === 'stop') {
      // The superseded run stops and its late frames are ignored; its results stay on screen.
      this.send({ type: 'cancel', runId: this.runId });
      this.runId++;
    }
    simStore.setState({ status });
  }

  private startRun(plan: RunPlan): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = null;
    const runId = ++this.runId;
    this.decoders = plan.scenarios.map(() => new FrameDecoder());
    // The previous results stay until the new run's first frame arrives (or an error says why not).
    simStore.setState({ runId, labels: plan.labels, scenarios: plan.scenarios, error: null, endTime: plan.endTime, time: 0 });
    this.send({ type: 'start', runId, scenarios: plan.scenarios, speed: this.speed, sampleEvery: plan.sampleEvery, endTime: plan.endTime });
  }

  private send(message: ToWorker): void {
    this.ensureWorker().postMessage(message);
  }

  private onMessage(m: FromWorker): void {
    if (m.runId !== this.runId) return;
    if (m.type === 'error') {
      this.dispatch({ type: 'worker-error' });
      simStore.setState({ error: m.message });
      return;
    }
    const frames = m.charts ? m.charts.map((patch, i) => (this.decoders[i] ??= new FrameDecoder()).apply(patch)) : null;
    simStore.setState({
      live: m.live,
      time: m.time,
      endTime: m.endTime,
      busyMs: m.busyMs,
      frameAt: performance.now(),
      ...(frames ? { frames, chartSeq: simStore.getState().chartSeq + 1 } : {}),
    });
    this.dispatch({ type: 'worker-status', status: m.status });
    // Ask for the next frame once this one is painted: the worker never outruns the page.
    const runId = m.runId;
    requestAnimationFrame(() => {
      if (runId === this.runId && this.worker) this.send({ type: 'ack', runId });
    });
  }
}

export const simController = new SimController();
