import { createStore } from 'zustand/vanilla';
import type { ScenarioInput } from '../../domain/sim-view/build-scenario.ts';
import type { PlaybackStatus } from '../../domain/sim-view/playback-machine.ts';
import type { RunFrame } from '../../domain/sim-view/run-recorder.ts';

export type SimState = {
  runId: number;
  status: PlaybackStatus;
  /** Latest frames, at the worker's rate (~30/s): the fleet picture and the dots read these. */
  frames: RunFrame[] | null;
  /** The same, refreshed at most ~8 times a second: charts and cards read these. */
  chartFrames: RunFrame[] | null;
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
  frames: null,
  chartFrames: null,
  labels: [],
  scenarios: [],
  time: 0,
  endTime: 0,
  busyMs: 0,
  error: null,
  frameAt: 0,
}));
