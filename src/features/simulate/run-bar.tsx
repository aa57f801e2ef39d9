import { useStore } from 'zustand';
import { SPEEDS, type Speed } from '../../domain/sim-view/sim-params.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { clock } from './format.ts';
import { simStore } from './sim-store.ts';

const SPEED_LABEL: Record<Speed, string> = { '1': '1× real time', '10': '10×', '60': '60× (1 min per s)', '300': '300×', '1800': '1800×', max: 'As fast as possible' };

/** Play, pause, reset, cancel and speed, with the run's progress in simulated time. */
export function RunBar({ speed, onSpeed, onPause, onResume, onReset, onCancel, canRun }: { speed: Speed; onSpeed: (s: Speed) => void; onPause: () => void; onResume: () => void; onReset: () => void; onCancel: () => void; canRun: boolean }) {
  const status = useStore(simStore, (s) => s.status);
  const time = useStore(simStore, (s) => s.time);
  const endTime = useStore(simStore, (s) => s.endTime);
  const share = endTime > 0 ? Math.min(1, time / endTime) : 0;
  const running = status === 'running' || status === 'starting';
  const statusText = {
    idle: 'Ready',
    starting: 'Starting…',
    running: 'Running',
    paused: 'Paused',
    done: 'Finished',
    cancelled: 'Stopped',
  }[status];
  return (
    <div className="mb-3 flex flex-wrap items-end gap-x-3 gap-y-2 rounded-xl border border-line bg-surface px-3 py-2 shadow-sm" data-testid="run-bar">
      <div className="flex gap-2">
        {running ? (
          <Button variant="primary" onClick={onPause} className="w-24">
            Pause
          </Button>
        ) : (
          <Button variant="primary" onClick={status === 'paused' ? onResume : onReset} disabled={!canRun} className="w-24">
            {status === 'paused' ? 'Resume' : 'Run'}
          </Button>
        )}
        <Button onClick={onReset} disabled={!canRun} title="Start again from time zero">
          Restart
        </Button>
        <Button onClick={onCancel} disabled={!running && status !== 'paused'} title="Stop here and keep the results">
          Cancel
        </Button>
      </div>
      <SelectField label="Speed" value={speed} options={SPEEDS.map((s) => ({ value: s, label: SPEED_LABEL[s] }))} onChange={(v) => onSpeed(v as Speed)} className="w-48" />
      <div className="min-w-48 flex-1">
        <div className="flex justify-between text-sm">
          <span role="status" className="font-semibold text-fg" data-testid="run-status">
            {statusText}
          </span>
          <span className="tabular text-muted" data-testid="sim-clock">
            {clock(time)} / {clock(endTime)} simulated
          </span>
        </div>
        <div
          role="progressbar"
          aria-label="Simulated time"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 100)}
          className="mt-1 h-2.5 overflow-hidden rounded-full bg-surface-2"
        >
          <div className="h-full rounded-full bg-accent" style={{ width: `${share * 100}%` }} />
        </div>
      </div>
    </div>
  );
}
