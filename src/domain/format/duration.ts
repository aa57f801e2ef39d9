/**
 * Durations in seconds as a person reads them: 850 ms, 1.24 s, 12.5 s, 4 min 10 s, 2 h 05 min.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.abs(seconds);
  const sign = seconds < 0 ? '−' : '';
  if (s < 1) return `${sign}${Math.round(s * 1000)} ms`;
  if (s < 10) return `${sign}${s.toFixed(2)} s`;
  if (s < 120) return `${sign}${s.toFixed(1)} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    return `${sign}${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
  }
  const h = Math.floor(s / 3600);
  return `${sign}${h} h ${String(Math.round((s - h * 3600) / 60)).padStart(2, '0')} min`;
}

/** A clock for simulated time: m:ss, or h:mm:ss past an hour. */
export function formatClock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
