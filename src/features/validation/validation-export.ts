/** The view's exports, each opening with the export context. */
import { csvPreamble, type ExportContext } from '../../domain/export/export-context.ts';
import type { ValidationView } from './validation-model.ts';

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n#]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const VALIDATION_NOTES = [
  'Throughput is output tokens per second for the whole published system.',
  'error = modelled / published - 1; the band is ±15 %. TensorRT-LLM rows and the dense MLPerf rows with their own configuration are in-sample (factors are fitted on them; held_out_error refits without the row\'s model); Mixtral, DeepSeek-R1 and the v5.0 405B MLPerf rows are never fitted.',
];

export function validationCsv(v: ValidationView, context: ExportContext): string {
  const header = ['id', 'configuration', 'suite', 'scenario', 'published_output_tokens_per_s', 'modelled_output_tokens_per_s', 'error_fraction', 'sample', 'held_out_error_fraction', 'method', 'status', 'reason_not_scored', 'known_miss_reason', 'published_latency', 'engine_ttft_s', 'engine_ttft_error_fraction', 'engine_tpot_s', 'engine_tpot_error_fraction', 'latency_miss_reason', 'source', 'date'];
  const lines = v.rows.map((r) =>
    [r.id, r.configuration, r.suite, r.scenario, r.published, r.modelled === null ? null : Math.round(r.modelled), r.error === null ? null : r.error.toFixed(4), r.sample, r.heldOutError === null ? null : r.heldOutError.toFixed(4), r.method, r.status, r.reason, r.missReason, r.latency, r.engine?.ttftSeconds.toFixed(4) ?? null, r.engine?.ttftError.toFixed(4) ?? null, r.engine?.tpotSeconds.toFixed(5) ?? null, r.engine?.tpotError.toFixed(4) ?? null, r.latencyMissReason, r.source, r.date].map(csvCell).join(','),
  );
  return csvPreamble(context) + [header.join(','), ...lines].join('\n') + '\n';
}

export function validationJson(v: ValidationView, context: ExportContext): string {
  return JSON.stringify({ context, band: v.band, summaries: v.summaries.map(({ worst: _worst, ...x }) => x), summary: v.summary, latency: v.latency, filter: v.part, factors: v.factors, rows: v.rows }, null, 2);
}
