import { AZ_LETTERS } from '../../domain/sim-view/sim-params.ts';
import { Group, ParamNumber, ParamSelect, ParamToggle, type ControlProps } from './param-field.tsx';
import { LB_OPTIONS, MODE_OPTIONS } from './serving-controls.tsx';

export function AutoscaleControls({ p }: { p: ControlProps }) {
  const v = p.values;
  return (
    <Group title="Autoscaling" explain="The autoscaler checks utilization every evaluation period and adds servers only after it stays above the threshold for the whole window; new servers boot, then load weights.">
      {v.mode === 'provisioned' ? <p className="text-sm text-muted">Provisioned throughput does not autoscale: the model units are the fleet.</p> : null}
      <ParamToggle k="auto" label="Autoscaling on" p={p} />
      <div className="grid grid-cols-2 gap-2">
        <ParamNumber k="min" label={v.auto ? 'Min servers' : 'Servers'} p={p} max={10_000} integer />
        <ParamNumber k="max" label="Max servers" p={p} max={10_000} integer />
        <ParamNumber k="up" label="Scale out above" p={p} max={100} unit="%" />
        <ParamNumber k="upWin" label="for (window)" p={p} min={1} max={86_400} unit="s" />
        <ParamNumber k="down" label="Scale in below" p={p} max={100} unit="%" />
        <ParamNumber k="downWin" label="for (window)" p={p} min={1} max={86_400} unit="s" />
        <ParamNumber k="evalS" label="Evaluate every" p={p} min={1} max={3600} unit="s" />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <ParamNumber k="bootLo" label="Boot, shortest" p={p} max={7200} unit="s" />
        <ParamNumber k="bootHi" label="Boot, longest" p={p} max={7200} unit="s" />
        <ParamNumber k="loadGBps" label="Weight loading" p={p} min={0.01} max={10_000} unit="GB/s" hint="Load time = weight bytes ÷ this." />
      </div>
      <p className="text-xs text-muted">Boot and weight-load times are assumptions: AWS publishes no figure for Bedrock's servers.</p>
    </Group>
  );
}

export function FaultControls({ p }: { p: ControlProps }) {
  const v = p.values;
  return (
    <Group title="Faults" explain="Take a whole availability zone down: its servers stop at once, and the balancer notices only after failed health checks.">
      <ParamToggle k="outage" label="Availability-zone outage" p={p} />
      {v.outage ? (
        <div className="grid grid-cols-2 gap-2">
          <ParamSelect k="outAz" label="Zone" p={p} options={AZ_LETTERS.map((l, i) => ({ value: String(i), label: `Zone ${l}` }))} />
          <ParamNumber k="outAt" label="At" p={p} unit="s" />
          <ParamNumber k="outFor" label="Lasting" p={p} unit="s" hint="0 = until the end" />
        </div>
      ) : null}
    </Group>
  );
}

export function CompareControls({ p }: { p: ControlProps }) {
  const v = p.values;
  return (
    <Group title="Compare two runs" explain="Run a second serving set-up on exactly the same traffic and draw both on the same axes (B dashed).">
      <ParamToggle k="cmp" label="Add run B" p={p} />
      {v.cmp ? (
        <>
          <ParamSelect k="bMode" label="B: deployment mode" p={p} options={MODE_OPTIONS} />
          {v.bMode === 'provisioned' ? (
            <ParamNumber k="bUnits" label="B: model units" p={p} min={1} max={1000} integer />
          ) : (
            <>
              <ParamNumber k="bTpm" label="B: quota, tokens per minute" p={p} max={1e12} unit="TPM" hint="0 = no quota" />
              <ParamToggle k="bAuto" label="B: autoscaling on" p={p} />
              <ParamNumber k="bMin" label={v.bAuto ? 'B: min servers' : 'B: servers'} p={p} max={10_000} integer />
            </>
          )}
          <ParamSelect k="bLb" label="B: routing policy" p={p} options={LB_OPTIONS} />
        </>
      ) : null}
    </Group>
  );
}

export function RunControls({ p }: { p: ControlProps }) {
  return (
    <Group title="Run length and seed" explain="The same settings and seed give exactly the same run, here and in the CLI.">
      <div className="grid grid-cols-2 gap-2">
        {p.values.kind === 'fleet' ? <ParamNumber k="dur" label="Simulated time" p={p} min={60} max={7 * 86_400} unit="s" /> : null}
        <ParamNumber k="seed" label="Seed" p={p} max={2 ** 32 - 1} integer />
      </div>
    </Group>
  );
}

export function MmcControls({ p }: { p: ControlProps }) {
  return (
    <Group title="M/M/c queue" explain="c identical servers, one FIFO queue, Poisson arrivals and exponential service: the textbook model with an exact answer (Erlang C)." open testId="group-mmc">
      <div className="grid grid-cols-2 gap-2">
        <ParamNumber k="servers" label="Servers (c)" p={p} min={1} max={100_000} integer />
        <ParamNumber k="lambda" label="Arrival rate λ" p={p} max={1e6} unit="/s" />
        <ParamNumber k="mu" label="Service rate μ" p={p} max={1e6} unit="/s" />
        <ParamNumber k="customers" label="Customers" p={p} min={1} max={5_000_000} integer />
      </div>
    </Group>
  );
}
