import type { ReactNode } from 'react';

export type ViewHeading = { title: string; lead: ReactNode; wide?: boolean };

/**
 * Each view's title and lead, keyed by its route. The view draws them with PageHeader, and so does
 * the page while the view's code and data are still loading (src/app/route-fallback.tsx), which
 * index.html carries for each route (scripts/static-shell-plugin.ts): the reader sees what the page
 * is about with the first paint instead of a "Loading…" line, and the view lands on the same boxes.
 */
type HeadedRoute = '/journey' | '/simulate' | '/pricing' | '/break-even' | '/validation' | '/session';

export const VIEW_HEADINGS: Readonly<Record<HeadedRoute, ViewHeading>> = {
  '/journey': {
    title: 'The prompt’s journey',
    lead: 'Who can read your prompt at each step, what each step checks, and where the time goes.',
  },
  '/simulate': {
    title: 'Simulate the serving fleet',
    lead: 'Requests meet the quota, the load balancer, batched GPU servers and the autoscaler, live. Every setting is in the link.',
    wide: true,
  },
  '/pricing': {
    title: 'Token pricing calculator',
    lead: 'What a workload costs on Amazon Bedrock per request, day, month and year — with service tiers, batch, prompt caching, cross-region profiles, provisioned throughput and the Reserved tier.',
  },
  '/break-even': {
    title: 'Break-even',
    lead: 'When your own GPUs beat Bedrock’s per-token price, when provisioned throughput beats on-demand, and what a token costs to serve. Every formula and source is shown.',
  },
  '/validation': {
    title: 'Validation',
    lead: (
      <>
        The GPU model behind every speed in this app, run at the configuration of each published measurement and compared with it. Equations:{' '}
        <code className="font-mono text-sm">docs/gpu-roofline.md</code>; method: <code className="font-mono text-sm">docs/validation.md</code>.
      </>
    ),
  },
  '/session': {
    title: 'Guided session',
    lead: 'Present the views as one story with a clicker: PageDown or → goes forward (through the journey’s stages, then to the next chapter), PageUp or ← back, B blanks the screen, F full screen, G the chapter list, Esc leaves.',
  },
};

/** The heading of the view at a route path (relative to the base), if it has one here. */
export function viewHeading(path: string): ViewHeading | undefined {
  return Object.hasOwn(VIEW_HEADINGS, path) ? VIEW_HEADINGS[path as HeadedRoute] : undefined;
}
