import type { CacheTtl, CatalogModel, LongContextRates, PricePoint, PriceTier } from '../catalog/catalog-schema.ts';
import { scopeKey, scopeLabel, TIER_LABEL } from '../catalog/catalog-lookup.ts';
import { exact, toNumber } from './exact.ts';
import { REGIONAL_PREMIUM_FACTOR, regionalPremiumApplies } from './regional-premium.ts';

/**
 * The prices a calculation reads from one catalog price point, token class by token class. A class
 * the point lacks is filled from the same model's counterpart scope only where the ×1.10 regional
 * rule applies (and said so); nothing else is ever filled in. `null` = not published.
 */
export type TokenClass = 'input' | 'output' | 'cacheRead' | 'cacheWrite5m' | 'cacheWrite1h' | 'cacheWrite30m';
export const TOKEN_CLASSES: readonly TokenClass[] = ['input', 'output', 'cacheRead', 'cacheWrite5m', 'cacheWrite1h', 'cacheWrite30m'];

export const CACHE_WRITE_CLASS: Record<CacheTtl, TokenClass> = { '5m': 'cacheWrite5m', '1h': 'cacheWrite1h', '30m': 'cacheWrite30m' };

export type ClassPrice = {
  /** USD per 1M tokens. */
  value: number;
  /** How a figure not on the point was obtained, e.g. "global $2.00 × 1.10 (regional premium rule)". */
  derived?: string;
};
export type RateRow = Record<TokenClass, ClassPrice | null>;

export type RateCard = {
  /** The catalog point whose source and date this card carries (for a derived batch card: the counterpart's). */
  point: PricePoint;
  tier: PriceTier;
  scopeKey: string;
  rates: RateRow;
  longContext: { thresholdTokens: number; rates: RateRow; source: string; confidence: LongContextRates['confidence'] } | null;
  /** Set when the whole card comes from another scope by the ×1.10 rule. */
  derivedFrom?: string;
};

type Source = { [K in 'inputPer1M' | 'outputPer1M' | 'cacheReadPer1M' | 'cacheWrite5mPer1M' | 'cacheWrite1hPer1M' | 'cacheWrite30mPer1M']?: number | null };
const FIELD: Record<TokenClass, keyof Source> = {
  input: 'inputPer1M',
  output: 'outputPer1M',
  cacheRead: 'cacheReadPer1M',
  cacheWrite5m: 'cacheWrite5mPer1M',
  cacheWrite1h: 'cacheWrite1hPer1M',
  cacheWrite30m: 'cacheWrite30mPer1M',
};

const REGIONAL = new Set(['in-region', 'geo', 'unknown-regional']);

export function isGovCloud(point: PricePoint): boolean {
  const s = point.scope;
  return (s.type === 'in-region' && s.region.startsWith('us-gov-')) || (s.type === 'geo' && s.geography === 'us-gov');
}

function money(n: number): string {
  return `$${n}`;
}

function row(source: Source | undefined): RateRow {
  const out = {} as RateRow;
  for (const c of TOKEN_CLASSES) {
    const v = source?.[FIELD[c]];
    out[c] = typeof v === 'number' ? { value: v } : null;
  }
  return out;
}

function validityKind(p: PricePoint): string {
  return p.validity?.kind ?? 'none';
}

/**
 * The point at the other side of the regional/global split with the same tier and validity (a
 * promotion pairs with a promotion): global for a regional point, in-Region or geo for a global one.
 */
export function premiumCounterpart(model: CatalogModel, point: PricePoint): PricePoint | undefined {
  // GovCloud has its own prices (about 1.2 × us-east-1, pricing rules 2026 §2): never paired.
  if (!regionalPremiumApplies(model) || isGovCloud(point)) return undefined;
  const same = (p: PricePoint) => p.tier === point.tier && validityKind(p) === validityKind(point);
  if (REGIONAL.has(point.scope.type)) return model.pricePoints.find((p) => p.scope.type === 'global' && same(p));
  if (point.scope.type === 'global') {
    return (
      model.pricePoints.find((p) => p.scope.type === 'in-region' && !isGovCloud(p) && same(p)) ??
      model.pricePoints.find((p) => p.scope.type === 'geo' && !isGovCloud(p) && same(p)) ??
      model.pricePoints.find((p) => p.scope.type === 'unknown-regional' && same(p))
    );
  }
  return undefined;
}

/** Fill the holes of `target` from `other` by ×1.10 (other is global) or ÷1.10 (other is regional). */
function fillFrom(target: RateRow, other: RateRow, otherIsGlobal: boolean): RateRow {
  const out = { ...target };
  for (const c of TOKEN_CLASSES) {
    const o = other[c];
    if (out[c] !== null || o === null || o.derived) continue;
    const value = otherIsGlobal ? exact(o.value).times(REGIONAL_PREMIUM_FACTOR) : exact(o.value).div(REGIONAL_PREMIUM_FACTOR);
    out[c] = {
      value: toNumber(value),
      derived: otherIsGlobal
        ? `global ${money(o.value)} × 1.10 (regional premium rule)`
        : `regional ${money(o.value)} ÷ 1.10 (regional premium rule)`,
    };
  }
  return out;
}

function longContextOf(lc: LongContextRates | undefined): RateCard['longContext'] {
  return lc ? { thresholdTokens: lc.thresholdTokens, rates: row(lc), source: lc.source, confidence: lc.confidence } : null;
}

/** The rate card of one catalog point, holes filled by the regional rule where it applies. */
export function rateCard(model: CatalogModel, point: PricePoint): RateCard {
  let rates = row(point);
  let longContext = longContextOf(point.longContext);
  const other = premiumCounterpart(model, point);
  if (other) {
    const otherIsGlobal = other.scope.type === 'global';
    rates = fillFrom(rates, row(other), otherIsGlobal);
    const otherLc = longContextOf(other.longContext);
    if (longContext && otherLc && otherLc.thresholdTokens === longContext.thresholdTokens) {
      longContext = { ...longContext, rates: fillFrom(longContext.rates, otherLc.rates, otherIsGlobal) };
    }
  }
  return { point, tier: point.tier, scopeKey: scopeKey(point), rates, longContext };
}

/** A whole card for a scope that has no point of this tier, from its counterpart by the regional rule. */
function derivedCard(model: CatalogModel, at: PricePoint, tier: PriceTier): RateCard | undefined {
  const probe = { ...at, tier, validity: undefined } as PricePoint;
  const other = premiumCounterpart(model, probe);
  if (!other) return undefined;
  const otherIsGlobal = other.scope.type === 'global';
  const empty = row(undefined);
  return {
    point: other,
    tier,
    scopeKey: scopeKey(at),
    rates: fillFrom(empty, row(other), otherIsGlobal),
    longContext: null,
    derivedFrom: `${TIER_LABEL[tier]} prices of the ${otherIsGlobal ? 'global' : 'regional'} scope ${otherIsGlobal ? '× 1.10' : '÷ 1.10'} (regional premium rule)`,
  };
}

export type TierCard = { ok: true; card: RateCard } | { ok: false; reason: string };

/**
 * The card for `tier` at the scope of `base` (an on-demand standard or latency-optimized point): the
 * catalog's point of that tier at that scope, else one derived by the regional rule, else a reason.
 */
export function tierCard(model: CatalogModel, base: PricePoint, tier: PriceTier): TierCard {
  if (tier === base.tier) return { ok: true, card: rateCard(model, base) };
  const key = scopeKey(base);
  const candidates = model.pricePoints.filter((p) => p.tier === tier && scopeKey(p) === key);
  const point = candidates.find((p) => validityKind(p) === validityKind(base)) ?? candidates[0];
  if (point) return { ok: true, card: rateCard(model, point) };
  const derived = derivedCard(model, base, tier);
  if (derived) return { ok: true, card: derived };
  const elsewhere = model.pricePoints.filter((p) => p.tier === tier).map((p) => scopeLabel(p));
  return {
    ok: false,
    reason: elsewhere.length
      ? `${model.name} has a ${TIER_LABEL[tier]} price only at another scope (${[...new Set(elsewhere)].join(', ')}).`
      : `No ${TIER_LABEL[tier]} price is published for ${model.name} in our sources.`,
  };
}
