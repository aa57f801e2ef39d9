import type { FleetLayout } from '../domain/sim-view/fleet-layout.ts';
import type { DotColors } from './dots-renderer.ts';

/** Messages from the fleet picture to the worker that draws its request dots. */
export type ToDots =
  | { type: 'init'; canvas: OffscreenCanvas }
  | { type: 'layout'; layout: FleetLayout; dpr: number }
  /** Requests admitted and throttled (and batch records done) since the last counts, over `wallSeconds`. */
  | { type: 'counts'; admitted: number; throttled: number; wallSeconds: number; batch: number }
  | { type: 'colors'; colors: DotColors }
  | { type: 'visible'; visible: boolean }
  | { type: 'reset' }
  | { type: 'stop' };

/** Twice a second: how many dots move, how many requests one stands for, and the frame-gap histogram. */
export type FromDots = { type: 'stats'; dots: number; perDot: number; frames: number; gapHistogram: number[] };
