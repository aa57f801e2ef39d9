/** Channels averaged over the Regions weighted by their ready servers (shares of capacity). */
const READY_WEIGHTED = new Set(['gpuUtilization', 'utilization', 'batchOccupancy', 'kvUsedShare']);
/** Levels of the source Region's own quota meter and rollout. */
const SOURCE_ONLY = new Set(['quotaOutstanding', 'quotaAvailable', 'quotaLimit', 'newVersionShare']);

/**
 * One window of the run over several Regions from each Region's row of the same window: counts and
 * rates add up; utilization, batch occupancy and KV share are averaged weighted by each Region's ready
 * servers; quota levels and the rollout share are the source Region's (index 0). The client-side
 * channels (latency, goodput, in system) are the caller's to overwrite (ProfileBooks.closeWindow).
 */
export function combineRegionRows(rows: readonly Float64Array[], channels: readonly string[], row: Float64Array): void {
  const ready = channels.indexOf('replicasReady');
  let readyTotal = 0;
  for (const r of rows) readyTotal += r[ready]!;
  for (let c = 0; c < channels.length; c++) {
    const name = channels[c]!;
    if (SOURCE_ONLY.has(name)) row[c] = rows[0]![c]!;
    else if (READY_WEIGHTED.has(name)) {
      let v = 0;
      for (const r of rows) v += r[c]! * r[ready]!;
      row[c] = readyTotal > 0 ? v / readyTotal : 0;
    } else {
      let v = 0;
      for (const r of rows) v += r[c]!;
      row[c] = v;
    }
  }
}
