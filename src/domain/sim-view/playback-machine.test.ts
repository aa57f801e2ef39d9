import { describe, expect, it } from 'vitest';
import { playbackButtons, transition, type PlaybackEvent, type PlaybackStatus, type Transition } from './playback-machine.ts';

const STATUSES: PlaybackStatus[] = ['idle', 'waiting', 'starting', 'running', 'paused', 'done', 'cancelled'];
const EVENTS: Record<string, PlaybackEvent> = {
  run: { type: 'run' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  restart: { type: 'restart' },
  cancel: { type: 'cancel' },
  changed: { type: 'scenario-changed' },
  settled: { type: 'scenario-settled' },
  'w:running': { type: 'worker-status', status: 'running' },
  'w:paused': { type: 'worker-status', status: 'paused' },
  'w:done': { type: 'worker-status', status: 'done' },
  'w:cancelled': { type: 'worker-status', status: 'cancelled' },
  error: { type: 'worker-error' },
};

const t = (status: PlaybackStatus, command: Transition['command'] = null): Transition => ({ status, command });
const START = t('starting', 'start');

/** Every state × every event, written out: the table is the specification. */
const TABLE: Record<PlaybackStatus, Record<keyof typeof EVENTS, Transition>> = {
  idle: {
    run: START, pause: t('idle'), resume: t('idle'), restart: START, cancel: t('idle'),
    changed: t('waiting'), settled: t('idle'),
    'w:running': t('idle'), 'w:paused': t('idle'), 'w:done': t('idle'), 'w:cancelled': t('idle'), error: t('idle'),
  },
  waiting: {
    run: START, pause: t('cancelled'), resume: t('waiting'), restart: START, cancel: t('cancelled'),
    changed: t('waiting'), settled: START,
    'w:running': t('waiting'), 'w:paused': t('waiting'), 'w:done': t('waiting'), 'w:cancelled': t('waiting'), error: t('waiting'),
  },
  starting: {
    run: t('starting'), pause: t('paused', 'pause'), resume: t('starting'), restart: START, cancel: t('cancelled', 'cancel'),
    changed: t('waiting', 'stop'), settled: t('starting'),
    'w:running': t('running'), 'w:paused': t('paused'), 'w:done': t('done'), 'w:cancelled': t('starting'), error: t('cancelled'),
  },
  running: {
    run: t('running'), pause: t('paused', 'pause'), resume: t('running'), restart: START, cancel: t('cancelled', 'cancel'),
    changed: t('waiting', 'stop'), settled: t('running'),
    'w:running': t('running'), 'w:paused': t('running'), 'w:done': t('done'), 'w:cancelled': t('running'), error: t('cancelled'),
  },
  paused: {
    run: t('running', 'resume'), pause: t('paused'), resume: t('running', 'resume'), restart: START, cancel: t('cancelled', 'cancel'),
    changed: t('waiting', 'stop'), settled: t('paused'),
    // A frame posted before the pause reached the worker says "running": the user's pause stands.
    'w:running': t('paused'), 'w:paused': t('paused'), 'w:done': t('done'), 'w:cancelled': t('paused'), error: t('cancelled'),
  },
  done: {
    // Run after Finished runs the scenario again from time zero (it used to leave "Paused" at 0:00).
    run: START, pause: t('done'), resume: t('done'), restart: START, cancel: t('done'),
    changed: t('waiting'), settled: t('done'),
    'w:running': t('done'), 'w:paused': t('done'), 'w:done': t('done'), 'w:cancelled': t('done'), error: t('done'),
  },
  cancelled: {
    run: START, pause: t('cancelled'), resume: t('cancelled'), restart: START, cancel: t('cancelled'),
    changed: t('waiting'), settled: t('cancelled'),
    'w:running': t('cancelled'), 'w:paused': t('cancelled'), 'w:done': t('cancelled'), 'w:cancelled': t('cancelled'), error: t('cancelled'),
  },
};

describe('playback state machine', () => {
  for (const status of STATUSES)
    for (const [name, event] of Object.entries(EVENTS))
      it(`${status} + ${name} → ${TABLE[status][name]!.status}${TABLE[status][name]!.command ? ` (${TABLE[status][name]!.command})` : ''}`, () => {
        expect(transition(status, event)).toEqual(TABLE[status][name]);
      });

  it('never starts a run while the settings are invalid', () => {
    for (const status of STATUSES)
      for (const event of Object.values(EVENTS)) expect(transition(status, event, false).command, `${status} + ${event.type}`).not.toBe('start');
    // …but pausing and cancelling a run in progress still work.
    expect(transition('running', EVENTS.pause!, false)).toEqual(t('paused', 'pause'));
    expect(transition('running', EVENTS.cancel!, false)).toEqual(t('cancelled', 'cancel'));
  });

  it('a whole session: run, pause, resume, finish, run again, restart, cancel', () => {
    let s: PlaybackStatus = 'idle';
    const seq: [keyof typeof EVENTS, PlaybackStatus][] = [
      ['run', 'starting'],
      ['w:running', 'running'],
      ['pause', 'paused'],
      ['w:running', 'paused'],
      ['resume', 'running'],
      ['w:done', 'done'],
      ['run', 'starting'],
      ['w:running', 'running'],
      ['restart', 'starting'],
      ['w:running', 'running'],
      ['cancel', 'cancelled'],
      ['restart', 'starting'],
    ];
    for (const [event, expected] of seq) {
      s = transition(s, EVENTS[event]!).status;
      expect(s, event).toBe(expected);
    }
  });
});

describe('playback buttons', () => {
  it('shows Pause while a run is going, Resume when paused, Run otherwise', () => {
    expect(playbackButtons('running', true).primary.label).toBe('Pause');
    expect(playbackButtons('starting', true).primary.label).toBe('Pause');
    expect(playbackButtons('waiting', true).primary.label).toBe('Pause');
    expect(playbackButtons('paused', true).primary.label).toBe('Resume');
    for (const s of ['idle', 'done', 'cancelled'] as const) {
      expect(playbackButtons(s, true).primary).toEqual({ label: 'Run', event: 'run', enabled: true });
      expect(playbackButtons(s, false).primary.enabled).toBe(false);
      expect(playbackButtons(s, true).cancelEnabled).toBe(false);
    }
    expect(playbackButtons('paused', false).restartEnabled).toBe(false);
    expect(playbackButtons('paused', true).cancelEnabled).toBe(true);
  });
});
