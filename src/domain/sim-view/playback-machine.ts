/**
 * The simulator's playback as one state machine: what Run, Pause, Resume, Restart and Cancel do in
 * every state, and which command goes to the worker. Pure, so every transition has a unit test.
 *
 * - idle: nothing has run yet (or the scenario was never valid).
 * - waiting: the settings just changed; the new run starts after a short pause in typing.
 * - starting: a run was sent to the worker; its first frame has not arrived.
 * - running / paused: a run is in progress.
 * - done: the run reached its end. cancelled: the user stopped it (or the worker failed); its results stay.
 */
export type PlaybackStatus = 'idle' | 'waiting' | 'starting' | 'running' | 'paused' | 'done' | 'cancelled';

/** What the worker reports in its frames. */
export type WorkerRunStatus = 'running' | 'paused' | 'done' | 'cancelled';

export type PlaybackEvent =
  | { type: 'run' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'restart' }
  | { type: 'cancel' }
  /** The settings changed to a new valid scenario: the old run stops; a new one starts shortly. */
  | { type: 'scenario-changed' }
  /** The short wait after a settings change is over. */
  | { type: 'scenario-settled' }
  | { type: 'worker-status'; status: WorkerRunStatus }
  | { type: 'worker-error' };

/**
 * What to send to the worker: start a new run of the current scenario from time zero, or act on the
 * run in progress. `stop` ends the run without claiming the user cancelled it (a superseded run).
 */
export type PlaybackCommand = 'start' | 'pause' | 'resume' | 'cancel' | 'stop' | null;

export type Transition = { status: PlaybackStatus; command: PlaybackCommand };

const stay = (status: PlaybackStatus): Transition => ({ status, command: null });
const startNew: Transition = { status: 'starting', command: 'start' };

/** The next status and the command for the worker; `canRun` is false while the settings are invalid. */
export function transition(status: PlaybackStatus, event: PlaybackEvent, canRun = true): Transition {
  const inProgress = status === 'starting' || status === 'running' || status === 'paused';
  switch (event.type) {
    case 'run':
      // Run is the primary button: it resumes a paused run and otherwise runs the scenario again.
      if (status === 'paused') return { status: 'running', command: 'resume' };
      if (status === 'running' || status === 'starting') return stay(status);
      return canRun ? startNew : stay(status);
    case 'restart':
      return canRun ? startNew : stay(status);
    case 'pause':
      // Nothing runs yet while waiting: pausing then means "don't start it"; Run starts it.
      if (status === 'waiting') return stay('cancelled');
      return status === 'running' || status === 'starting' ? { status: 'paused', command: 'pause' } : stay(status);
    case 'resume':
      return status === 'paused' ? { status: 'running', command: 'resume' } : stay(status);
    case 'cancel':
      if (status === 'waiting') return stay('cancelled');
      return inProgress ? { status: 'cancelled', command: 'cancel' } : stay(status);
    case 'scenario-changed':
      return { status: 'waiting', command: inProgress ? 'stop' : null };
    case 'scenario-settled':
      return status === 'waiting' && canRun ? startNew : stay(status);
    case 'worker-status':
      // The worker confirms; only the end of a run is news. A frame posted before a pause or resume
      // reached the worker must not undo what the user pressed.
      if (event.status === 'done') return inProgress ? { status: 'done', command: null } : stay(status);
      if (status === 'starting' && (event.status === 'running' || event.status === 'paused')) return stay(event.status);
      return stay(status);
    case 'worker-error':
      return inProgress ? { status: 'cancelled', command: null } : stay(status);
  }
}

/** The buttons' labels and whether each can be pressed, for the run bar. */
export function playbackButtons(status: PlaybackStatus, canRun: boolean): {
  primary: { label: 'Run' | 'Pause' | 'Resume'; event: 'run' | 'pause' | 'resume'; enabled: boolean };
  restartEnabled: boolean;
  cancelEnabled: boolean;
} {
  const primary =
    status === 'running' || status === 'starting' || status === 'waiting'
      ? ({ label: 'Pause', event: 'pause', enabled: true } as const)
      : status === 'paused'
        ? ({ label: 'Resume', event: 'resume', enabled: true } as const)
        : ({ label: 'Run', event: 'run', enabled: canRun } as const);
  return { primary, restartEnabled: canRun, cancelEnabled: status === 'waiting' || status === 'starting' || status === 'running' || status === 'paused' };
}

export const STATUS_TEXT: Record<PlaybackStatus, string> = {
  idle: 'Ready',
  waiting: 'Starting…',
  starting: 'Starting…',
  running: 'Running',
  paused: 'Paused',
  done: 'Finished',
  cancelled: 'Stopped',
};
