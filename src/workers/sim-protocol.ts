import type { ScenarioInput } from '../domain/sim-view/build-scenario.ts';
import type { LiveRun, RunPatch } from '../domain/sim-view/frame-stream.ts';
import type { WorkerRunStatus } from '../domain/sim-view/playback-machine.ts';

/**
 * Messages between the simulator view and its worker. Plain data, so structured clone carries them;
 * the worker still validates each scenario with the engine's schema before running it.
 */
export type StartMessage = {
  type: 'start';
  runId: number;
  /** The engine's scenario inputs, one per run drawn on the shared axes. */
  scenarios: ScenarioInput[];
  /** Simulated seconds per wall-clock second; null = as fast as possible. */
  speed: number | null;
  /** Simulated seconds between latency samples (the chart resolution), one per scenario. */
  sampleEvery: number[];
  /** Expected simulated end, seconds (an M/M/c run only knows it once its customers are served). */
  endTime: number;
};

export type ToWorker =
  | StartMessage
  /** `pressedAt`: when Pause was pressed, ms on the clock shared by page and worker (timeOrigin + now). */
  | { type: 'pause'; runId: number; pressedAt: number }
  | { type: 'resume'; runId: number }
  | { type: 'speed'; runId: number; speed: number | null }
  | { type: 'cancel'; runId: number }
  /** The page has painted the last frame it got (back-pressure: no frame queue builds up). */
  | { type: 'ack'; runId: number };

export type RunStatus = WorkerRunStatus;

export type FrameMessage = {
  type: 'frame';
  runId: number;
  status: RunStatus;
  /** What the fleet picture shows, one per run (about 10 a second). */
  live: LiveRun[];
  /** Series, samples and summaries as patches (src/domain/sim-view/frame-stream.ts), a few a second. */
  charts: RunPatch[] | null;
  /** Simulated seconds reached (every run is kept at the same time). */
  time: number;
  /** Expected simulated end, seconds. */
  endTime: number;
  /** Wall-clock milliseconds the worker has spent simulating this run. */
  busyMs: number;
};

export type FromWorker = FrameMessage | { type: 'error'; runId: number; message: string };
