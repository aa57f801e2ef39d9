import { createStore } from 'zustand/vanilla';
import type { ScenarioInput } from '../../domain/sim-view/build-scenario.ts';
import type { LiveRun } from '../../domain/sim-view/frame-stream.ts';
import type { PlaybackStatus } from '../../domain/sim-view/playback-machine.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';

export type SimState = {
  runId: number;
  status: PlaybackStatus;
  /** Latest live frames (~10/s): the fleet picture and the request dots read these. */
  live: LiveRun[] | null;
  /** Full frames with series and summaries, a few times a second: charts, cards and exports read these. */
  frames: RunFrame[] | null;
  /** How many chart frames this page has received: parts out of sight refresh on every few (fleet-charts.tsx). */
  chartSeq: number;
  labels: string[];
  scenarios: ScenarioInput[];
  time: number;
  endTime: number;
  busyMs: number;
  error: string | null;
  /** Wall-clock time the last frame arrived (ms, performance.now), for pacing the dots. */
  frameAt: number;
};

/** Playback and results, outside React so the animation loop can read them every frame. */
export const simStore = createStore<SimState>(() => ({
  runId: 0,
  status: 'idle',
  live: null,
  frames: null,
  chartSeq: 0,
  labels: [],
  scenarios: [],
  time: 0,
  endTime: 0,
  busyMs: 0,
  error: null,
  frameAt: 0,
}));
