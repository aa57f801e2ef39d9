import { useEffect } from 'react';
import type { PlaybackStore } from './playback-store.ts';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keyboard and presentation-clicker control. Clickers send PageDown/PageUp (some send arrows);
 * keys typed into form fields are left alone. The listener runs in the bubble phase: a guided
 * session handles its clicker keys first, in the capture phase, and stops them there, so a key
 * never moves two things at once. Past the last stage, `onPastEnd` offers the next step.
 */
export function useJourneyKeys(store: PlaybackStore, onPresenter: (on: boolean) => void, onPastEnd: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const s = store.getState();
      if (s.shortcutsOpen) return; // the dialog handles its own keys
      const target = event.target as HTMLElement | null;
      switch (event.key) {
        case ' ':
          // Space on a focused button activates that button instead.
          if (target && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName)) return;
          s.toggle();
          break;
        case 'ArrowRight':
        case 'PageDown':
          if (Math.floor(s.position) >= s.stageCount - 1) onPastEnd();
          else s.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          s.prev();
          break;
        case 'Home':
          s.first();
          break;
        case 'End':
          s.last();
          break;
        case 'f':
        case 'F':
          onPresenter(!s.presenter);
          break;
        case 'Escape':
          if (!s.presenter) return;
          onPresenter(false);
          break;
        case '?':
          s.setShortcutsOpen(true);
          break;
        default:
          if (/^[1-9]$/.test(event.key)) {
            s.goTo(Number(event.key) - 1);
            break;
          }
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, onPresenter, onPastEnd]);
}
