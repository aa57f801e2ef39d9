import { useLocation } from 'react-router';
import { PageHeader } from '../ui/page-header.tsx';
import { viewHeading } from '../ui/view-headings.tsx';

/**
 * What a route shows while its view's code (and data) load: the view's own title and lead, then a
 * loading notice. index.html carries the same for the opened route (static-shell.tsx), so the
 * heading is on screen with the first paint and stays put when the view arrives.
 */
export function RouteFallback() {
  const heading = viewHeading(useLocation().pathname.replace(/\/+$/, '') || '/');
  return (
    <div data-route-loading="">
      {heading ? <PageHeader {...heading} /> : null}
      <div role="status" className="p-10 text-center text-muted">
        Loading…
      </div>
    </div>
  );
}
