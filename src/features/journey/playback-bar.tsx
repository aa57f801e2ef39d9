import { useStore } from 'zustand';
import type { Stage } from '../../domain/journey/trace-types.ts';
import { END, SPEEDS, stageOf, type PlaybackStore } from './playback-store.ts';

const btn =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line bg-surface px-3 text-base font-semibold text-fg hover:bg-surface-2 disabled:opacity-40';

type Props = {
  store: PlaybackStore;
  stages: readonly Stage[];
  reducedMotion: boolean;
  /** What the clock shows at this point: modelled time (request walk) or the job's status (batch walk). */
  clock: (stageIndex: number, frac: number) => { text: string; label: string };
};

export function PlaybackBar({ store, stages, reducedMotion, clock }: Props) {
  const position = useStore(store, (s) => s.position);
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  const n = stages.length;
  const index = stageOf(position, n);
  const frac = reducedMotion ? 1 : position - index;
  const a = store.getState();
  const stage = stages[index]!;
  const shown = clock(index, frac);

  return (
    <div className="rounded-xl border border-line bg-surface p-2 shadow-sm sm:p-3" data-testid="playback" data-print="omit">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1" role="group" aria-label="Playback">
          <button type="button" className={btn} onClick={a.first} disabled={index === 0} aria-label="First stage (Home)" title="First stage (Home)">
            <span aria-hidden="true">|◀</span>
          </button>
          <button type="button" className={btn} onClick={a.prev} disabled={index === 0} aria-label="Previous stage (←)" title="Previous stage (← or PageUp)">
            <span aria-hidden="true">◀</span>
          </button>
          <button
            type="button"
            className="inline-flex min-h-11 min-w-28 items-center justify-center rounded-md border border-transparent bg-accent px-3 text-base font-bold text-on-accent hover:bg-accent-strong"
            onClick={a.toggle}
            aria-label={playing ? 'Pause (Space)' : 'Play (Space)'}
            data-testid="play-toggle"
          >
            {playing ? '❚❚ Pause' : '▶ Play'}
          </button>
          <button type="button" className={btn} onClick={a.next} disabled={index === n - 1} aria-label="Next stage (→)" title="Next stage (→ or PageDown)">
            <span aria-hidden="true">▶</span>
          </button>
          <button type="button" className={btn} onClick={a.last} disabled={index === n - 1} aria-label="Last stage (End)" title="Last stage (End)">
            <span aria-hidden="true">▶|</span>
          </button>
        </div>
        <label className="flex min-w-48 flex-1 items-center gap-2 text-sm font-medium text-fg">
          <span className="sr-only">Timeline</span>
          <input
            type="range"
            min={0}
            max={n - 1 + END}
            step={0.001}
            value={position}
            onChange={(e) => a.scrub(Number(e.target.value))}
            aria-valuetext={`Stage ${index + 1} of ${n}: ${stage.title}`}
            className="h-2 w-full cursor-pointer accent-[var(--accent)]"
            data-testid="scrubber"
          />
        </label>
        <span className="tabular min-w-24 text-right text-sm font-semibold text-fg" aria-label={shown.label} data-testid="clock">
          {shown.text}
        </span>
        <label className="flex items-center gap-1 text-sm font-medium text-fg">
          Speed
          <select
            value={speed}
            onChange={(e) => a.setSpeed(Number(e.target.value))}
            className="rounded-md border border-line bg-surface px-2 py-2 text-base text-fg"
            data-testid="speed"
          >
            {SPEEDS.map((sp) => (
              <option key={sp} value={sp}>
                {sp}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="mt-2 flex flex-wrap gap-1" aria-label="Stages">
        {stages.map((s, i) => (
          <li key={`${s.id}-${i}`}>
            <button
              type="button"
              onClick={() => a.goTo(i)}
              aria-current={i === index ? 'step' : undefined}
              title={s.title}
              className={`min-h-9 rounded-md border px-2 text-sm font-semibold ${
                i === index
                  ? s.status === 'failed'
                    ? 'border-danger bg-danger text-surface'
                    : 'border-accent bg-accent text-on-accent'
                  : s.status === 'failed'
                    ? 'border-danger bg-danger-soft text-fg'
                    : i < index
                      ? 'border-accent bg-accent-soft text-fg'
                      : 'border-line bg-surface text-fg'
              }`}
            >
              <span className="tabular">{i + 1}</span>
              <span className="ml-1 hidden lg:inline">{shortTitle(s.id)}</span>
              <span className="sr-only">{`: ${s.title}`}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function shortTitle(id: string): string {
  const map: Record<string, string> = {
    client: 'Client',
    network: 'Network',
    endpoint: 'Endpoint',
    iam: 'IAM',
    quota: 'Quota',
    'guardrail-input': 'Guard in',
    records: 'Records',
    routing: 'Routing',
    deployment: 'Queue',
    inference: 'GPU',
    'guardrail-output': 'Guard out',
    response: 'Return',
    logging: 'Log',
    'batch-input': 'JSONL',
    'batch-submit': 'Create job',
    'batch-iam': 'IAM',
    'batch-queue': 'Validate',
    'batch-run': 'Run',
    'batch-output': 'Results',
    'batch-billing': 'Billing',
  };
  return map[id] ?? id;
}
