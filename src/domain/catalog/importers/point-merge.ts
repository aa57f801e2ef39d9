import type { Confidence, LongContextRates, PricePoint } from '../catalog-schema.ts';
import { AUTHORITY, PRICE_FIELDS, type PriceObservation, type PriceValues, type SourceInfo } from './price-observation.ts';

/**
 * One observation against one catalog price point. Field by field the values agree, fill a figure
 * the point lacks, or disagree. A disagreement goes to the newer source (later `asOf`); on the same
 * date to the more authoritative one (AUTHORITY). The losing value is kept in `conflicts` with its
 * source; a disagreement between sources of the same date makes the point `conflicting`. A value the
 * point already lists as a conflict was reviewed before and is not applied again.
 */

export type PointOutcome = 'agreed' | 'filled' | 'updated' | 'kept';

interface Slot {
  field: string;
  current: number | null | undefined;
  incoming: number;
  set: (value: number) => void;
}

/** Source families: two quotes of one family (two LiteLLM snapshots, say) are not independent confirmation. */
const FAMILY: Record<SourceInfo['format'], RegExp> = {
  litellm: /litellm|\bLL-/i,
  'genai-prices': /genai-prices|\bGP-/i,
  'aws-price-list': /Price List|\bPL-/i,
  'reference-json': /^\b$/,
};

function priceSlots(target: PricePoint | LongContextRates, prices: PriceValues, prefix: string): Slot[] {
  const slots: Slot[] = [];
  for (const field of PRICE_FIELDS) {
    const incoming = prices[field];
    if (incoming === undefined) continue;
    slots.push({ field: prefix + field, current: target[field], incoming, set: (v) => (target[field] = v) });
  }
  return slots;
}

/** The number at the start of each " / "-separated part: "5.32 / 16.00" → [5.32, 16]. */
function leadingNumbers(text: string): (number | null)[] {
  return text.split('/').map((part) => {
    const m = /^\s*\$?(\d+(?:\.\d+)?)/.exec(part);
    return m ? Number(m[1]) : null;
  });
}

/**
 * Whether the point already lists this value for this field as a conflict. The reference writes
 * some conflicts for several fields at once ("inputPer1M/outputPer1M": "5.32 / 16.00", read by
 * position) or for the whole point ("all": any number in the text).
 */
function knownConflict(point: PricePoint, field: string, value: number): boolean {
  return (point.conflicts ?? []).some((c) => {
    if (c.field === field) return c.values.some((v) => v.value === value || (typeof v.value === 'string' && leadingNumbers(v.value)[0] === value));
    if (c.field === 'all') return c.values.some((v) => typeof v.value === 'string' && (v.value.match(/\d+(?:\.\d+)?/g) ?? []).map(Number).includes(value));
    const fields = c.field.split('/');
    const at = fields.indexOf(field);
    return at >= 0 && c.values.some((v) => typeof v.value === 'string' && leadingNumbers(v.value)[at] === value);
  });
}

function addConflict(point: PricePoint, field: string, value: number, source: string): void {
  const conflicts = (point.conflicts ??= []);
  let entry = conflicts.find((c) => c.field === field);
  if (!entry) {
    if (conflicts.length >= 20) return;
    entry = { field, values: [] };
    conflicts.push(entry);
  }
  if (entry.values.length >= 20 || entry.values.some((v) => v.value === value)) return;
  entry.values.push({ value, source: source.slice(0, 4000) });
}

function addSource(point: PricePoint, quote: string, first: boolean): void {
  if (point.source.includes(quote)) return;
  point.source = first ? [quote, ...point.source].slice(0, 20) : [...point.source, quote].slice(-20);
}

function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

export interface PointMergeState {
  /** The authority of whoever set the point's current values (the catalog's own points rank as the reference). */
  authority: number;
}

export interface PointMergeResult {
  outcome: PointOutcome;
  /** The catalog's value won a disagreement (or the value is a known conflict): this source record is older than the catalog here. */
  lost: boolean;
  /** A note when part of the observation could not be applied (long-context rates without a threshold). */
  note?: string;
}

export function mergeIntoPoint(point: PricePoint, obs: PriceObservation, source: SourceInfo, state: PointMergeState): PointMergeResult {
  const slots = priceSlots(point, obs.prices, '');
  let note: string | undefined;
  const long = obs.longContext;
  if (long && !point.longContext) {
    point.longContext = {
      thresholdTokens: long.thresholdTokens,
      inputPer1M: long.prices.inputPer1M ?? null,
      outputPer1M: long.prices.outputPer1M ?? null,
      ...Object.fromEntries(Object.entries(long.prices).filter(([k]) => k !== 'inputPer1M' && k !== 'outputPer1M')),
      source: obs.quote.slice(0, 4000),
      confidence: 'single-source',
    };
    slots.push({ field: 'longContext', current: undefined, incoming: long.thresholdTokens, set: () => undefined });
  } else if (long && point.longContext) {
    const lc = point.longContext;
    slots.push({ field: 'longContext.thresholdTokens', current: lc.thresholdTokens, incoming: long.thresholdTokens, set: (v) => (lc.thresholdTokens = v) });
    if (lc.thresholdTokens === long.thresholdTokens) slots.push(...priceSlots(lc, long.prices, 'longContext.'));
  }
  if (obs.longContextRatesOnly) {
    if (point.longContext) slots.push(...priceSlots(point.longContext, obs.longContextRatesOnly, 'longContext.'));
    else note = 'long-context rates without a threshold (the Price List publishes none) and no long-context threshold in the catalog: not applied';
  }

  const filled = slots.filter((s) => (s.current === undefined || s.current === null) && !knownConflict(point, s.field, s.incoming));
  const agreed = slots.filter((s) => s.current === s.incoming);
  const disagreeing = slots.filter((s) => s.current !== undefined && s.current !== null && s.current !== s.incoming);
  const differing = disagreeing.filter((s) => !knownConflict(point, s.field, s.incoming));
  const knownLoss = differing.length < disagreeing.length;
  for (const s of filled) s.set(s.incoming);

  const authority = AUTHORITY[source.format];
  // Sources whose values a newer one replaced (they are quoted in a "superseded" conflict) back no current value.
  const superseded = (text: string) => (point.conflicts ?? []).some((c) => c.values.some((v) => v.source.includes('superseded by') && v.source.includes(text)));
  const independent = point.source.some((text) => !FAMILY[source.format].test(text) && !superseded(text));
  if (differing.length === 0) {
    if (agreed.length === 0 && filled.length === 0) return { outcome: 'agreed', lost: knownLoss, ...(note ? { note } : {}) };
    // The line that set a figure goes first, so the diff and the page show who set it; a confirmation goes last.
    addSource(point, obs.quote, filled.length > 0);
    if (agreed.length > 0 && independent && point.confidence === 'single-source') point.confidence = 'confirmed';
    point.asOf = laterDate(point.asOf, obs.asOf);
    return { outcome: filled.length ? 'filled' : 'agreed', lost: knownLoss, ...(note ? { note } : {}) };
  }

  const sameDate = obs.asOf === point.asOf;
  const incomingWins = obs.asOf > point.asOf || (sameDate && authority < state.authority);
  const conflicting: Confidence | null = sameDate ? 'conflicting' : null;
  if (incomingWins) {
    const old = `${point.source.join(' | ').slice(0, 3000)} (asOf ${point.asOf}; superseded by ${source.id} of ${obs.asOf})`;
    for (const s of differing) {
      addConflict(point, s.field, s.current as number, old);
      s.set(s.incoming);
    }
    addSource(point, obs.quote, true);
    point.asOf = obs.asOf;
    point.confidence = conflicting ?? 'single-source';
    state.authority = authority;
    if (point.longContext && differing.some((s) => s.field.startsWith('longContext.'))) {
      point.longContext.source = `${obs.quote} | ${point.longContext.source}`.slice(0, 4000);
      point.longContext.confidence = conflicting ?? 'single-source';
    }
    return { outcome: 'updated', lost: knownLoss, ...(note ? { note } : {}) };
  }
  for (const s of differing) addConflict(point, s.field, s.incoming, `${obs.quote} (asOf ${obs.asOf})`);
  if (filled.length) addSource(point, obs.quote, true);
  // A point two sources confirm stays confirmed when one less authoritative source of the same date disagrees.
  if (conflicting && !(point.confidence === 'confirmed' && authority > state.authority)) point.confidence = conflicting;
  return { outcome: 'kept', lost: true, ...(note ? { note } : {}) };
}
