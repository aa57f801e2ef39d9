/** Break-even's phrasings of the shared formatters (src/domain/format/). */
import { formatCompact, formatCount, formatUsd } from '../../domain/format/money.ts';

/** A whole count: 12,345. */
export function whole(n: number): string {
  return Number.isFinite(n) ? formatCount(Math.round(n)) : '—';
}

/** A token volume: "3.95B tokens"; never for Infinity. */
export function tokens(n: number): string {
  return Number.isFinite(n) ? `${formatCompact(n)} tokens` : 'never';
}

export function per1M(n: number): string {
  return Number.isFinite(n) ? `${formatUsd(n)}/1M` : '—';
}
