import { useEffect } from 'react';
import type { PlaybackStore } from './playback-store.ts';

/** Drives the timeline with requestAnimationFrame; pauses when the tab is hidden. */
export function usePlaybackLoop(store: PlaybackStore, reducedMotion: boolean) {
  useEffect(() => {
    let frame = 0;
    let last = performance.now();
    const loop = (now: number) => {
      // Cap dt so a stalled frame (debugger, slow device) does not skip a stage.
      const dt = Math.min(0.1, (now - last) / 1000);
      last = now;
      const s = store.getState();
      if (s.playing || s.target !== null) s.tick(dt, reducedMotion);
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    const onVisibility = () => {
      if (document.hidden) store.getState().pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store, reducedMotion]);
}
