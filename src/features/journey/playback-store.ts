import { createStore } from 'zustand/vanilla';

/**
 * Playback as one timeline value: `position` runs from 0 to stageCount; its integer part is the
 * active stage, its fraction the progress through it. Play, step, speed and scrub all just move it,
 * so the animation loop (which reads the vanilla store directly) has a single thing to advance.
 */
export type PlaybackState = {
  position: number;
  playing: boolean;
  speed: number;
  stageCount: number;
  /** Seconds each stage lasts at 1× (the decode stage lasts as long as the modelled decode). */
  dwell: number[];
  /** Set by a step: the loop runs a quick transition to this position, then stops. */
  target: number | null;
  presenter: boolean;
  shortcutsOpen: boolean;
};

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
/** Just short of the next stage: a stage's end state. */
export const END = 0.999;
/** Seconds a stage lasts at 1× when nothing in it has a modelled duration worth showing. */
export const BASE_DWELL = 3;

export type PlaybackActions = {
  setStages: (dwell: number[]) => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  next: () => void;
  prev: () => void;
  goTo: (stageIndex: number) => void;
  first: () => void;
  last: () => void;
  scrub: (position: number) => void;
  setSpeed: (speed: number) => void;
  setPresenter: (on: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
  /** Advance by dt seconds of wall time; reduced motion jumps straight to end states. */
  tick: (dt: number, reducedMotion: boolean) => void;
};

export type PlaybackStore = ReturnType<typeof createPlaybackStore>;

export function stageOf(position: number, stageCount: number): number {
  return Math.max(0, Math.min(stageCount - 1, Math.floor(position)));
}

export function createPlaybackStore(initialStage = 0) {
  return createStore<PlaybackState & PlaybackActions>((set, get) => {
    const clamp = (p: number) => Math.max(0, Math.min(get().stageCount - 1 + END, p));
    const stepTo = (index: number) => {
      const i = Math.max(0, Math.min(get().stageCount - 1, index));
      set({ position: i, target: i + END, playing: false });
    };
    return {
      position: initialStage + END,
      playing: false,
      speed: 1,
      stageCount: 1,
      dwell: [BASE_DWELL],
      target: null,
      presenter: false,
      shortcutsOpen: false,
      setStages: (dwell) => {
        const stageCount = Math.max(1, dwell.length);
        const position = Math.min(get().position, stageCount - 1 + END);
        set({ dwell, stageCount, position, target: get().target === null ? null : Math.min(get().target!, stageCount - 1 + END) });
      },
      play: () => {
        const { position, stageCount } = get();
        // Playing from the very end starts over.
        set({ playing: true, target: null, position: position >= stageCount - 1 + END - 1e-6 ? 0 : position });
      },
      pause: () => set({ playing: false, target: null }),
      toggle: () => (get().playing ? get().pause() : get().play()),
      next: () => stepTo(stageOf(get().position, get().stageCount) + 1),
      prev: () => stepTo(stageOf(get().position, get().stageCount) - 1),
      goTo: (index) => stepTo(index),
      first: () => stepTo(0),
      last: () => stepTo(get().stageCount - 1),
      scrub: (position) => set({ position: clamp(position), target: null, playing: false }),
      setSpeed: (speed) => set({ speed }),
      setPresenter: (presenter) => set({ presenter }),
      setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
      tick: (dt, reducedMotion) => {
        const s = get();
        const stage = stageOf(s.position, s.stageCount);
        const dwell = s.dwell[stage] ?? BASE_DWELL;
        if (s.target !== null) {
          if (reducedMotion) return set({ position: s.target, target: null });
          // Quick transitions between steps; the decode stage keeps its modelled pace.
          const seconds = dwell > BASE_DWELL ? dwell : 0.7;
          const next = s.position + (dt * s.speed) / seconds;
          return set(next >= s.target ? { position: s.target, target: null } : { position: next });
        }
        if (!s.playing) return;
        const next = s.position + (dt * s.speed) / dwell;
        const end = s.stageCount - 1 + END;
        if (next >= end) set({ position: end, playing: false });
        else set({ position: next });
      },
    };
  });
}
