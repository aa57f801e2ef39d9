import { useStore } from 'zustand';
import { formatClock } from '../../domain/format/duration.ts';
import { playbackButtons, STATUS_TEXT } from '../../domain/sim-view/playback-machine.ts';
import { SPEEDS, type Speed } from '../../domain/sim-view/sim-params.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { simController } from './sim-controller.ts';
import { simStore } from './sim-store.ts';

const SPEED_LABEL: Record<Speed, string> = { '1': '1× real time', '10': '10×', '60': '60× (1 min per s)', '300': '300×', '1800': '1800×', max: 'As fast as possible' };

/** Run / Pause / Resume, Restart, Cancel and speed, with the run's progress in simulated time. */
export function RunBar({ speed, onSpeed, canRun }: { speed: Speed; onSpeed: (s: Speed) => void; canRun: boolean }) {
  const status = useStore(simStore, (s) => s.status);
  // Which run the status is about: a test (or a trainer's script) waits for *this* run to finish, not the last one.
  const runId = useStore(simStore, (s) => s.runId);
  // The newest frame's number; the results carry the one they were drawn from (they render deferred).
  const seq = useStore(simStore, (s) => s.chartSeq);
  const time = useStore(simStore, (s) => s.time);
  const endTime = useStore(simStore, (s) => s.endTime);
  const share = endTime > 0 ? Math.min(1, time / endTime) : 0;
  const buttons = playbackButtons(status, canRun);
  const primary = buttons.primary;
  return (
    <div className="mb-3 flex flex-wrap items-end gap-x-3 gap-y-2 rounded-xl border border-line bg-surface px-3 py-2 shadow-sm" data-testid="run-bar">
      <div className="flex gap-2">
        <Button variant="primary" onClick={() => simController.dispatch({ type: primary.event })} disabled={!primary.enabled} className="w-24">
          {primary.label}
        </Button>
        <Button onClick={() => simController.restart()} disabled={!buttons.restartEnabled} title="Start again from time zero">
          Restart
        </Button>
        <Button onClick={() => simController.cancel()} disabled={!buttons.cancelEnabled} title="Stop here and keep the results">
          Cancel
        </Button>
      </div>
      <SelectField label="Speed" value={speed} options={SPEEDS.map((s) => ({ value: s, label: SPEED_LABEL[s] }))} onChange={(v) => onSpeed(v as Speed)} className="w-48" />
      <div className="min-w-48 flex-1">
        <div className="flex justify-between text-sm">
          <span role="status" className="font-semibold text-fg" data-testid="run-status" data-status={status} data-run={runId} data-seq={seq}>
            {STATUS_TEXT[status]}
          </span>
          <span className="tabular text-muted" data-testid="sim-clock">
            {formatClock(time)} / {formatClock(endTime)} simulated
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
