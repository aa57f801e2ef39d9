import type { CatalogDiff } from './catalog-diff.ts';
import type { UnappliedRecord } from './catalog-merge.ts';
import type { SourceImport } from './price-observation.ts';

/** The refresh's diff as text a reviewer reads in a terminal or a pull request: counts first, then every change. */

const FIELD_NAME: Record<string, string> = {
  inputPer1M: 'input',
  outputPer1M: 'output',
  cacheReadPer1M: 'cache read',
  cacheWrite5mPer1M: 'cache write 5m',
  cacheWrite1hPer1M: 'cache write 1h',
  cacheWrite30mPer1M: 'cache write 30m',
};

function fieldName(field: string): string {
  if (field.startsWith('longContext.')) {
    const rest = field.slice('longContext.'.length);
    return rest === 'thresholdTokens' ? 'long-context threshold' : `long-context ${FIELD_NAME[rest] ?? rest}`;
  }
  return FIELD_NAME[field] ?? field;
}

/** Every digit as stored: $0.0175 stays $0.0175. */
function money(field: string, v: number | string | null | undefined): string {
  if (v === undefined) return '(none)';
  if (v === null) return '(no number in the sources)';
  if (typeof v === 'string') return v;
  return field.endsWith('thresholdTokens') ? `${v} tokens` : `$${v}`;
}

function clip(text: string, max = 110): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function section<T>(lines: string[], title: string, items: T[], line: (item: T) => string): void {
  lines.push('', `${title} (${items.length})`);
  for (const item of items) lines.push(`  ${line(item)}`);
}

export function formatCatalogDiff(diff: CatalogDiff, unapplied: UnappliedRecord[] = [], imports: SourceImport[] = []): string {
  const lines: string[] = [];
  const conf = new Map<string, number>();
  for (const c of diff.confidenceChanges) conf.set(`${c.from} → ${c.to}`, (conf.get(`${c.from} → ${c.to}`) ?? 0) + 1);
  lines.push(
    `Models: ${diff.modelCount[0]} → ${diff.modelCount[1]} (+${diff.modelsAdded.length} −${diff.modelsRemoved.length}); ` +
      `price points: ${diff.pointCount[0]} → ${diff.pointCount[1]} (+${diff.pointsAdded.length} −${diff.pointsRemoved.length}); ` +
      `${diff.priceChanges.length} prices changed; ${diff.conflictsAdded.length} conflicts recorded; ` +
      `${diff.pointsWithNewSources} points confirmed by a further source`,
  );
  section(lines, 'Models added', diff.modelsAdded, (m) => `+ ${m.id} "${m.name}" (${m.bedrockId})`);
  section(lines, 'Models removed', diff.modelsRemoved, (m) => `- ${m.id} "${m.name}"`);
  section(lines, 'Prices changed', diff.priceChanges, (c) => `${c.model} · ${c.label} · ${fieldName(c.field)}: ${money(c.field, c.from)} → ${money(c.field, c.to)}   [${clip(c.source)}]`);
  section(lines, 'Price points added', diff.pointsAdded, (p) => `+ ${p.model} · ${p.label}: ${p.prices.map(([f, v]) => `${fieldName(f)} ${money(f, v)}`).join(', ')}   [${clip(p.source)}]`);
  section(lines, 'Price points removed', diff.pointsRemoved, (p) => `- ${p.model} · ${p.label}`);
  section(
    lines,
    'Conflicts recorded (the catalog keeps its value; the other value is listed with its source)',
    diff.conflictsAdded,
    (c) => `! ${c.model} · ${c.label} · ${fieldName(c.field)}: ${money(c.field, c.kept)} kept, ${money(c.field, c.other)} from [${clip(c.source)}]`,
  );
  section(
    lines,
    'Provisioned-throughput rates added or changed (USD per model unit per hour)',
    diff.provisionedChanges,
    (c) => `${c.model} · ${c.region} · ${c.term}: ${c.from === undefined ? '(none)' : `$${c.from}`} → ${c.to === undefined ? '(removed)' : `$${c.to}`}   [${clip(c.source)}]`,
  );
  section(lines, 'Confidence changes', [...conf], ([change, n]) => `${change}: ${n} points`);
  const reasons = new Map<string, UnappliedRecord[]>();
  for (const u of unapplied) reasons.set(u.reason, [...(reasons.get(u.reason) ?? []), u]);
  section(lines, 'Source records not applied', [...reasons], ([reason, list]) => `${list.length} × ${reason}: ${list.slice(0, 6).map((u) => `${u.model} (${u.source})`).join(', ')}${list.length > 6 ? ', …' : ''}`);
  const skipped = imports.flatMap((i) => [...i.skipped.counts].map(([reason, n]) => ({ source: i.source.id, reason, n, examples: i.skipped.examples.get(reason) ?? [] })));
  section(lines, 'Source records skipped by the importers', skipped, (s) => `${s.source}: ${s.n} × ${s.reason} (e.g. ${s.examples.slice(0, 2).join(', ')})`);
  return lines.join('\n');
}
