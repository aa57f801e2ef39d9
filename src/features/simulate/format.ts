/** Simulated time as m:ss, or h:mm:ss past an hour (what a trainer reads off a wall). */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Axis label for a time tick: minutes under two hours, hours beyond. */
export function tickLabel(seconds: number, span: number): string {
  if (span <= 120) return `${Math.round(seconds)}s`;
  if (span <= 2 * 3600) return `${Math.round(seconds / 60)}m`;
  return `${Math.round((seconds / 3600) * 10) / 10}h`;
}

export function seconds(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v < 1) return `${Math.round(v * 1000)} ms`;
  if (v < 10) return `${v.toFixed(2)} s`;
  if (v < 100) return `${v.toFixed(1)} s`;
  return `${Math.round(v).toLocaleString('en-US')} s`;
}

export function num(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '—';
  return v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : digits });
}

export function percent(v: number, digits = 1): string {
  return Number.isFinite(v) ? `${(v * 100).toFixed(digits)} %` : '—';
}
