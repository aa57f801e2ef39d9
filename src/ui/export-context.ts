import { buildExportContext, type ExportContext, type PriceSourceRef } from '../domain/export/export-context.ts';

declare const __APP_VERSION__: string;

/** The app version baked in at build time (package.json), for exports and the about text. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** Export context for what is on screen now: this page's link, today's date. */
export function currentExportContext(priceSources: PriceSourceRef[] = [], notes: string[] = []): ExportContext {
  return buildExportContext({
    appVersion: APP_VERSION,
    exportedAt: new Date(),
    view: window.location.pathname,
    link: window.location.href,
    priceSources,
    notes,
  });
}
