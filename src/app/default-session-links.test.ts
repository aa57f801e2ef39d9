import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION } from '../domain/session/default-session.ts';
import { parseQuery, type ParamSpecs } from '../domain/url/query-params.ts';
import { SIM_PARAMS } from '../domain/sim-view/sim-params.ts';
import { JOURNEY_PARAMS } from '../features/journey/journey-params.ts';
import { PRICING_PARAMS } from '../features/pricing/pricing-params.ts';
import { BREAK_EVEN_PARAMS } from '../features/break-even/break-even-params.ts';
import { TOUR_TARGETS } from '../ui/tour-targets.ts';

// The session may not import a view, but the shell may: this is the one place that checks the
// default session's links against the views' own parameter lists (the e2e walk checks the pages).
const PARAMS: Record<string, ParamSpecs> = {
  '/': {},
  '/journey': JOURNEY_PARAMS,
  '/simulate': SIM_PARAMS,
  '/pricing': PRICING_PARAMS,
  '/break-even': BREAK_EVEN_PARAMS,
};
const TOUR_KEY: Record<string, keyof typeof TOUR_TARGETS> = {
  '/': 'overview',
  '/journey': 'journey',
  '/simulate': 'simulate',
  '/pricing': 'pricing',
  '/break-even': 'break-even',
  '/validation': 'validation',
};

describe('the default session', () => {
  it.each(DEFAULT_SESSION.chapters.map((c, i) => [i + 1, c.title, c] as const))('chapter %i (%s) uses only its view’s parameters', (_n, _t, chapter) => {
    const specs = PARAMS[chapter.view];
    expect(specs, `no parameter list for ${chapter.view}`).toBeDefined();
    expect(parseQuery(chapter.query, specs!).ignored).toEqual([]);
  });

  it.each(DEFAULT_SESSION.chapters.filter((c) => c.target).map((c) => [c.title, c] as const))('%s points at a target its view lists', (_t, chapter) => {
    const ids = TOUR_TARGETS[TOUR_KEY[chapter.view]!].map((t) => t.id);
    expect(ids).toContain(chapter.target);
  });
});
