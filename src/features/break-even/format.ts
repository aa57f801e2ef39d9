import { formatCompact, formatUsd } from '../../domain/format/money.ts';

export function tokens(n: number): string {
  return Number.isFinite(n) ? `${formatCompact(n)} tokens` : 'never';
}

export function perMonth(n: number): string {
  return `${formatUsd(n)}/month`;
}

export function per1M(n: number): string {
  return Number.isFinite(n) ? `${formatUsd(n)}/1M` : '—';
}

export function pct(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)} %` : '—';
}

export function num(n: number, digits = 0): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—';
}
