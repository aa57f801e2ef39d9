import type { SessionView } from '../../domain/session/session-schema.ts';
import { TOUR_TARGETS, type TourTarget } from '../../ui/tour-targets.ts';

/** How a chapter's view is named in the session editor. */
export const VIEW_LABELS: Record<SessionView, string> = {
  '/': 'Overview',
  '/journey': 'Journey',
  '/simulate': 'Simulate',
  '/pricing': 'Pricing',
  '/break-even': 'Break-even',
  '/validation': 'Validation',
};

const TOUR_KEY: Record<SessionView, keyof typeof TOUR_TARGETS> = {
  '/': 'overview',
  '/journey': 'journey',
  '/simulate': 'simulate',
  '/pricing': 'pricing',
  '/break-even': 'break-even',
  '/validation': 'validation',
};

/** What a chapter of this view can point at. */
export function tourTargetsFor(view: SessionView): readonly TourTarget[] {
  return TOUR_TARGETS[TOUR_KEY[view]];
}
