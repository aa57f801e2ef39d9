import type { SimSnapshot } from '../sim/simulation-types.ts';
import type { SeriesSnapshot } from '../sim/time-series.ts';
import type { RunFrame, Samples } from './run-recorder.ts';

/**
 * How a run's frames travel from the simulation worker to the page without the page's thread paying
 * for them. Two kinds:
 *
 * - Live frames (about 10 a second): what the fleet picture needs — servers, zones and the summary's
 *   counters — without the time series or the event log.
 * - Chart patches (a few a second): the rest, with the time series and the latency samples sent as
 *   the buckets added since the last patch. A series that coarsened (the engine averages buckets
 *   pairwise when its buffer fills) or samples that were thinned are sent whole again; that happens
 *   a handful of times per run.
 *
 * Before, every frame carried every series whole (46 channels × up to 1,440 buckets with the new
 * engine metrics), 30 times a second: the page's thread spent most of its time copying them in.
 */

/** What the fleet picture reads each live frame. */
export type LiveRun = SimSnapshot extends infer S ? (S extends unknown ? Omit<S, 'series' | 'eventLog'> : never) : never;

/** Buckets from index `from` on; `from` 0 replaces everything the page holds. */
export type SeriesPatch = { resolution: number; from: number; time: number[]; channels: Record<string, number[]> };
export type SamplesPatch = { from: number; time: number[]; values: Record<string, number[]> };
export type RunPatch = {
  /** The snapshot without its series (summary, servers, zones, events). */
  snapshot: Omit<SimSnapshot, 'series'>;
  series: SeriesPatch;
  samples: SamplesPatch;
  marks: RunFrame['marks'];
};

/** The snapshot's light part for the fleet picture (no copying of the heavy parts). */
export function liveOf(snapshot: SimSnapshot): LiveRun {
  const { series: _series, eventLog: _events, ...rest } = snapshot as SimSnapshot & { eventLog?: unknown };
  return rest as LiveRun;
}

type Sent = { length: number; last: number; resolution: number };

/** Where a sequence can be continued: the page holds `sent.length` points ending at `sent.last`. */
function continueFrom(time: readonly number[], resolution: number, sent: Sent): number {
  if (sent.length === 0 || resolution !== sent.resolution || time.length < sent.length || time[sent.length - 1] !== sent.last) return 0;
  return sent.length;
}

function sliceRecord(record: Readonly<Record<string, readonly number[]>>, from: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of Object.keys(record)) out[key] = record[key]!.slice(from);
  return out;
}

/** Worker side: turns full frames into patches, remembering what the page already holds. */
export class FrameEncoder {
  private series: Sent = { length: 0, last: NaN, resolution: NaN };
  private samples: Sent = { length: 0, last: NaN, resolution: 0 };

  encode(frame: RunFrame): RunPatch {
    const { series, ...rest } = frame.snapshot;
    // The summary, servers and event log are small next to the series: sent whole.
    const sFrom = continueFrom(series.time, series.resolution, this.series);
    this.series = { length: series.time.length, last: series.time.at(-1) ?? NaN, resolution: series.resolution };
    const samples = frame.samples;
    const pFrom = continueFrom(samples.time, 0, this.samples);
    this.samples = { length: samples.time.length, last: samples.time.at(-1) ?? NaN, resolution: 0 };
    return {
      snapshot: rest,
      series: { resolution: series.resolution, from: sFrom, time: series.time.slice(sFrom), channels: sliceRecord(series.channels, sFrom) },
      samples: { from: pFrom, time: samples.time.slice(pFrom), values: sliceRecord(samples.values, pFrom) },
      marks: frame.marks,
    };
  }
}

function applyRecord(held: Record<string, number[]>, patch: Record<string, number[]>, from: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of Object.keys(patch)) {
    const add = patch[key]!;
    const before = from === 0 || !Object.hasOwn(held, key) ? [] : held[key]!;
    out[key] = from === 0 ? add : before.length === from ? before.concat(add) : before.slice(0, from).concat(add);
  }
  return out;
}

/** Page side: rebuilds full frames from patches. New arrays each time, so memoised charts see the change. */
export class FrameDecoder {
  private series: SeriesSnapshot = { resolution: 0, time: [], channels: {} };
  private samples: Samples = { time: [], values: {} };

  apply(patch: RunPatch): RunFrame {
    const s = patch.series;
    const series: SeriesSnapshot = {
      resolution: s.resolution,
      time: applyRecord({ t: this.series.time }, { t: s.time }, s.from).t!,
      channels: applyRecord(this.series.channels, s.channels, s.from),
    };
    const p = patch.samples;
    const samples: Samples = { time: applyRecord({ t: this.samples.time }, { t: p.time }, p.from).t!, values: applyRecord(this.samples.values, p.values, p.from) };
    this.series = series;
    this.samples = samples;
    return { snapshot: { ...patch.snapshot, series } as SimSnapshot, marks: patch.marks, samples };
  }
}
