import { defaultPricePoint, scopeLabel } from '../../catalog/catalog-lookup.ts';
import type { CatalogModel } from '../../catalog/catalog-schema.ts';
import { tierCard } from '../../pricing/rate-card.ts';

/** A batch job's price per 1M tokens from the catalog's batch rules, or why there is none. */
export type SimBatchPrice = { ok: true; input: number; output: number; label: string } | { ok: false; reason: string };

/**
 * The model's Batch card at the scope of its default (on-demand) price point: the catalog's own batch
 * point, or one the pricing domain derives by its ×1.10 regional rule (said in the label). A model with
 * no published batch price gets the pricing domain's refusal — never half the on-demand price.
 */
export function simBatchPrice(model: CatalogModel): SimBatchPrice {
  const base = defaultPricePoint(model);
  const tier = tierCard(model, base, 'batch');
  if (!tier.ok) return { ok: false, reason: tier.reason };
  const { card } = tier;
  const input = card.rates.input;
  const output = card.rates.output;
  if (input === null || output === null) return { ok: false, reason: `${model.name}’s Batch price is not fully published (input or output missing).` };
  const derived = [card.derivedFrom, input.derived, output.derived].filter(Boolean);
  const money = (x: number) => `$${x.toLocaleString('en-US', { maximumFractionDigits: 8 })}`;
  return {
    ok: true,
    input: input.value,
    output: output.value,
    label: `Batch price ${money(input.value)} in / ${money(output.value)} out per 1M tokens (${model.name}, ${scopeLabel(card.point)}, as of ${card.point.asOf}${derived.length ? `; ${derived.join('; ')}` : ''})`,
  };
}
