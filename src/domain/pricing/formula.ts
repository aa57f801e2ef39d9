import { formatCount, formatPrice, formatUsd } from '../format/money.ts';
import type { RequestCost } from './token-cost.ts';

/**
 * The cost of one request written out with its numbers, e.g.
 * "(1,000 × $5.00 + 500 × $25.00) / 1,000,000 = $0.0175 per request".
 */
export function formatCostFormula(cost: RequestCost): string {
  if (cost.terms.length === 0) return '0 tokens = $0.00 per request';
  const terms = cost.terms.map((t) => `${formatCount(t.tokens)} × ${formatPrice(t.pricePer1M)}`);
  return `(${terms.join(' + ')}) / 1,000,000 = ${formatUsd(cost.total)} per request`;
}
