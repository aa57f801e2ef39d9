import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { routePreload } from './scripts/route-preload-plugin.ts';
import { staticShell } from './scripts/static-shell-plugin.ts';
import { BARE_ROUTES, CATALOG_ROUTES, ROUTE_MODULES } from './src/app/route-modules.ts';
import { CATALOG_FILE } from './src/domain/catalog/catalog-file.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Where the site is served from: `/` by default, or a sub-path such as `/bedrock-explorer/` for a
 * GitHub Pages project or an intranet folder (`BASE_PATH=/bedrock-explorer/ npm run build`).
 * Routes, the worker, the catalog and the service worker all follow it (docs/deploy.md).
 */
function basePath(): string {
  const raw = process.env.BASE_PATH?.trim();
  if (!raw) return '/';
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(raw)) throw new Error(`BASE_PATH must be a path such as /bedrock-explorer/ (got ${JSON.stringify(raw)})`);
  return raw.endsWith('/') ? raw : `${raw}/`;
}

export default defineConfig({
  base: basePath(),
  plugins: [
    react(),
    tailwindcss(),
    // The opened route's chunks and the catalog start downloading once the frame has painted, while
    // the entry is still arriving, not after it has run.
    routePreload({ routes: ROUTE_MODULES, dataRoutes: CATALOG_ROUTES, dataFile: `data/${CATALOG_FILE}` }),
    // The header, navigation, the route's title and lead, and the footer are in index.html, painted
    // before any script runs.
    staticShell({ shellModule: '/src/app/static-shell.tsx', placeholder: '<!--app-shell-->', routes: Object.keys(ROUTE_MODULES), bareRoutes: BARE_ROUTES }),
    VitePWA({
      // A new version waits until the user asks for it (src/app/update-prompt.tsx).
      registerType: 'prompt',
      injectRegister: false,
      // Bundling the service worker without minifying takes a second instead of fifteen on CI's 2 cores.
      minify: false,
      manifest: {
        name: 'Bedrock Explorer',
        short_name: 'Bedrock Explorer',
        description: 'How a serverless model gateway serves a prompt, how its fleet scales, and what it costs.',
        lang: 'en',
        theme_color: '#0f766e',
        background_color: '#f8fafc',
        display: 'standalone',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the app can show without a network: every route's chunk, the simulation
        // worker, the lazy tokenizer (about 3 MB, hence the raised limit) and the catalog.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Exports name the app version that made them.
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // The Llama 3 tokenizer carries its vocabulary inline (~3 MB); it is lazy-loaded, so a large
    // chunk there is expected and must not hide regressions in the entry chunk.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // Domain code is pure (docs/architecture.md): importing a module runs nothing a caller relies
      // on, so a module none of whose exports a page uses stays out of its chunks (the validation
      // page reads one summary function of the engine-latency module, not the simulator behind it).
      treeshake: { moduleSideEffects: (id) => !/\/src\/domain\//.test(id) },
    },
  },
});
