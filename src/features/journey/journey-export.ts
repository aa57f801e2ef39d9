/**
 * The journey's export: the trace of this scenario as JSON, opening with the export context (link,
 * app version, date, the price source used). Units are in the field names.
 */
import type { ExportContext, PriceSourceRef } from '../../domain/export/export-context.ts';
import type { JourneyView } from './journey-model.ts';

export function journeyPriceSources(view: JourneyView): PriceSourceRef[] {
  if (view.walk === 'batch') {
    const p = view.batch.pricing;
    return p ? [p.batch, p.onDemand].flatMap((j) => (j.ok ? [{ model: view.model.name, pricePoint: j.label, source: j.sources.join('; '), asOf: j.asOf }] : [])) : [];
  }
  const p = view.trace.prices;
  return p ? [{ model: view.model.name, pricePoint: p.label, source: p.source, asOf: p.asOf }] : [];
}

/** The batch walk's export: the job request, the files' shapes, the price (or why there is none), stages. */
function batchExport(view: Extract<JourneyView, { walk: 'batch' }>, context: ExportContext): string {
  const b = view.batch;
  const p = b.pricing;
  return JSON.stringify(
    {
      context,
      walk: 'batch',
      scenario: { prompt: b.scenario.prompt, region: b.scenario.region, ...b.options },
      model: { catalogId: view.catalogModel.id, modelId: b.model.modelId, name: view.model.name },
      tokensPerRecord: { input: b.inputTokensPerRecord, output: b.outputTokensPerRecord, cacheRead: 0, cacheWrite: 0, exactInput: b.input.exact },
      createModelInvocationJob: { method: b.job.request.method, host: b.job.request.host, path: b.job.request.path, body: b.job.body },
      firstInputLine: b.files.inputJsonl.split('\n')[0],
      manifest: b.files.manifest,
      batchCostUsd: p?.batch.ok ? p.batch.totalUsd : null,
      batchPriceRefusal: p && !p.batch.ok ? p.batch.reason : null,
      onDemandCostUsd: p?.onDemand.ok ? p.onDemand.totalUsd : null,
      batchShareOfOnDemand: p?.batchShareOfOnDemand ?? null,
      stages: b.stages.map((s) => ({ number: s.number, id: s.id, title: s.title, when: s.when ?? null, whoCanRead: s.visibility.badge })),
      privacy: b.privacy,
      notices: view.notices,
    },
    null,
    2,
  );
}

export function journeyExportJson(view: JourneyView, context: ExportContext): string {
  if (view.walk === 'batch') return batchExport(view, context);
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
