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
  'error = modelled / published - 1; the band is ±15 % on every scored point.',
];

export function validationCsv(v: ValidationView, context: ExportContext): string {
  const header = ['id', 'configuration', 'suite', 'scenario', 'published_output_tokens_per_s', 'modelled_output_tokens_per_s', 'error_fraction', 'status', 'reason_not_scored', 'published_latency', 'source', 'date'];
  const lines = v.rows.map((r) =>
    [r.id, r.configuration, r.suite, r.scenario, r.published, r.modelled === null ? null : Math.round(r.modelled), r.error === null ? null : r.error.toFixed(4), r.status, r.reason, r.latency, r.source, r.date].map(csvCell).join(','),
  );
  return csvPreamble(context) + [header.join(','), ...lines].join('\n') + '\n';
}

export function validationJson(v: ValidationView, context: ExportContext): string {
  return JSON.stringify({ context, band: v.band, summary: v.summary, filter: v.part, factors: v.factors, rows: v.rows }, null, 2);
}
