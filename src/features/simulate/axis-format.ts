/** Axis label for a time tick: seconds under two minutes, minutes under two hours, hours beyond. */
export function tickLabel(seconds: number, span: number): string {
  if (span <= 120) return `${Math.round(seconds)}s`;
  if (span <= 2 * 3600) return `${Math.round(seconds / 60)}m`;
  return `${Math.round((seconds / 3600) * 10) / 10}h`;
}
