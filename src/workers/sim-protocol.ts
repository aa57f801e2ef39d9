import type { RunFrame } from '../domain/sim-view/run-recorder.ts';

/** Messages between the simulator view and its worker. Plain data, so structured clone carries them. */
export type ToWorker =
  | {
      type: 'start';
      runId: number;
      scenarios: unknown[];
      /** Simulated seconds per wall-clock second; null = as fast as possible. */
      speed: number | null;
      /** Simulated seconds between latency samples (the chart resolution). */
      sampleEvery: number[];
      paused?: boolean;
      /** Expected simulated end, seconds (an M/M/c run only knows it once its customers are served). */
      endTime: number;
    }
  | { type: 'pause'; runId: number }
  | { type: 'resume'; runId: number }
  | { type: 'speed'; runId: number; speed: number | null }
  | { type: 'cancel'; runId: number };

export type RunStatus = 'running' | 'paused' | 'done' | 'cancelled';

export type FromWorker =
  | {
      type: 'frame';
      runId: number;
      status: RunStatus;
      runs: RunFrame[];
      /** Simulated seconds reached (every run is kept at the same time). */
      time: number;
      /** Expected simulated end, seconds. */
      endTime: number;
      /** Wall-clock milliseconds the worker has spent simulating this run. */
      busyMs: number;
    }
  | { type: 'error'; runId: number; message: string };
