import type { CatalogModel } from '../catalog-schema.ts';
import type { ProvisionedObservation, SourceInfo } from './price-observation.ts';

/**
 * Provisioned-throughput rates (USD per model unit per hour, by Region and term) into a model. The
 * same precedence as prices: a rate from a source newer than the model's rates replaces a different
 * one; an older one does not. The schema keeps no conflicts for these rates, so the other value and
 * its source go into the rates' `note`.
 */

export type ProvisionedOutcome = 'added' | 'agreed' | 'updated' | 'kept';

function appendNote(note: string | undefined, line: string): string {
  const text = note ? `${note} ${line}` : line;
  return text.length > 2000 ? text.slice(text.length - 2000) : text;
}

export function mergeProvisioned(model: CatalogModel, obs: ProvisionedObservation, source: SourceInfo): ProvisionedOutcome {
  const rate = { region: obs.region, term: obs.term, usdPerHour: obs.usdPerHour };
  const pt = model.provisionedThroughput;
  if (!pt) {
    model.provisionedThroughput = { unit: 'USD per model unit per hour', rates: [rate], source: [obs.quote], asOf: obs.asOf, confidence: 'single-source' };
    return 'added';
  }
  const addSource = () => {
    if (!pt.source.includes(obs.quote)) pt.source = [...pt.source, obs.quote].slice(-20);
  };
  const existing = pt.rates.find((r) => r.region === obs.region && r.term === obs.term);
  if (!existing) {
    if (pt.rates.length >= 200) return 'kept';
    pt.rates.push(rate);
    addSource();
    if (obs.asOf > pt.asOf) pt.asOf = obs.asOf;
    return 'added';
  }
  if (existing.usdPerHour === obs.usdPerHour) {
    addSource();
    return 'agreed';
  }
  if (obs.asOf > pt.asOf) {
    pt.note = appendNote(pt.note, `${obs.region} ${obs.term} was ${existing.usdPerHour} (asOf ${pt.asOf}), superseded by ${source.id} ${obs.usdPerHour}.`);
    existing.usdPerHour = obs.usdPerHour;
    pt.source = [obs.quote, ...pt.source].slice(0, 20);
    pt.asOf = obs.asOf;
    return 'updated';
  }
  pt.note = appendNote(pt.note, `${source.id} (asOf ${obs.asOf}) gives ${obs.region} ${obs.term} ${obs.usdPerHour}.`);
  return 'kept';
}
