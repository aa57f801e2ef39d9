const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const large = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumSignificantDigits: 3,
});
// Published unit prices go to eight decimals ($0.00875, $0.546875 per 1M tokens); eight digits also
// round away the float noise of a per-token price scaled to per-1M (2.9999999999999996 → $3.00).
const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 8 });

/**
 * Dollars with as many digits as the amount needs: $1,234,567 for big sums, $12.34 for ordinary
 * ones, and three significant digits below a dollar so a $0.000035 request never reads "$0.00".
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount)) return '—';
  const abs = Math.abs(amount);
  if (abs === 0) return '$0.00';
  if (abs >= 100_000) return large.format(amount);
  if (abs >= 1) return whole.format(amount);
  const text = small.format(amount);
  // Never fewer than two decimals: $0.50, not $0.5.
  const decimals = text.split('.')[1]?.length ?? 0;
  return decimals < 2 ? whole.format(amount) : text;
}

/** A unit price such as $0.035, $0.00875 or $15.00 (per 1M tokens), every published digit kept. */
export function formatPrice(amount: number): string {
  return Number.isFinite(amount) ? price.format(amount) : '—';
}

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export function formatCount(n: number): string {
  return Number.isFinite(n) ? count.format(n) : '—';
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });
export function formatCompact(n: number): string {
  return Number.isFinite(n) ? compact.format(n) : '—';
}
