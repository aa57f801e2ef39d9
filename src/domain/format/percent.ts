/**
 * Percent text for a share on the 0–1 scale: formatPercent(0.274) → "27.4 %". The narrow space
 * before "%" follows the style already used across the views.
 */
export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)} %` : '—';
}

/** A signed change on the 0–1 scale: +9.1 % / −50.0 % (true minus sign, for a projector). */
export function formatPercentChange(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '—';
  const text = `${Math.abs(share * 100).toFixed(digits)} %`;
  return share > 0 ? `+${text}` : share < 0 ? `−${text}` : text;
}
