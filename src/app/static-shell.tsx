import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { LayoutFrame } from './layout-frame.tsx';
import { RouteFallback } from './route-fallback.tsx';

/**
 * The page's frame as HTML for the route at `path` (default: the site's root), written into
 * index.html at build time (scripts/static-shell-plugin.ts): the header, navigation, the view's
 * title and lead, and the footer paint as soon as the HTML and CSS arrive, instead of after the
 * entry script has downloaded and run. React's first render draws the same frame (Layout with
 * RouteFallback) and replaces this one in a single commit, so nothing moves.
 */
export function renderStaticShell(path = '/'): string {
  const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';
  const location = `${basename.replace(/\/$/, '')}${path}`;
  const html = renderToStaticMarkup(
    <StaticRouter basename={basename} location={location}>
      <LayoutFrame>
        <RouteFallback />
      </LayoutFrame>
    </StaticRouter>,
  );
  // React hoists a preload hint for each image; the image is in the same HTML, so the hint is noise.
  return html.replace(/<link rel="preload" as="image"[^>]*>/g, '');
}
