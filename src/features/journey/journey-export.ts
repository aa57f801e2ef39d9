/**
 * The journey's export: the trace of this scenario as JSON, opening with the export context (link,
 * app version, date, the price source used). Units are in the field names.
 */
import type { ExportContext, PriceSourceRef } from '../../domain/export/export-context.ts';
import type { JourneyView } from './journey-model.ts';

export function journeyPriceSources(view: JourneyView): PriceSourceRef[] {
  const p = view.trace.prices;
  return p ? [{ model: view.model.name, pricePoint: p.label, source: p.source, asOf: p.asOf }] : [];
}

export function journeyExportJson(view: JourneyView, context: ExportContext): string {
  const t = view.trace;
  return JSON.stringify(
    {
      context,
      scenario: t.scenario,
      model: { catalogId: view.catalogModel.id, invokedId: t.routing.invokedId, name: view.model.name, speedBasis: t.speedLabel },
      outcome: t.outcome,
      timeToFirstTokenMs: t.clientFirstTokenMs,
      totalMs: t.totalMs,
      retryMs: t.retryMs,
      quotaTokens: t.quota.breakdown,
      cacheTokens: { fresh: t.cache.fresh, read: t.cache.read, write: t.cache.write, ttl: t.cache.ttl },
      costUsd: t.cost?.totalUsd ?? null,
      stages: t.stages.map((s) => ({ number: s.number, id: s.id, title: s.title, startMs: s.startMs, endMs: s.endMs, status: s.status, whoCanRead: s.visibility.badge, error: s.error ?? null })),
      request: { method: t.request.method, host: t.request.host, path: t.request.path, headers: t.request.headers, body: t.request.body },
      privacy: t.privacy,
      notices: view.notices,
    },
    null,
    2,
  );
}
