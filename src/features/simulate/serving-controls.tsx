import { MODEL_ARCHITECTURES } from '../../domain/gpu/model-architectures.ts';
import { AZ_LETTERS } from '../../domain/sim-view/sim-params.ts';
import { ASSUMED_DEFAULT_TPM } from '../../domain/sim-view/training-presets.ts';
import { Provenance } from '../../ui/provenance.tsx';
import { Group, ParamNumber, ParamSelect, type ControlProps } from './param-field.tsx';

export const MODE_OPTIONS = [
  { value: 'on-demand', label: 'On-demand (shared, token quota)' },
  { value: 'provisioned', label: 'Provisioned throughput (model units)' },
];
export const LB_OPTIONS = [
  { value: 'least-outstanding', label: 'Least outstanding requests' },
  { value: 'round-robin', label: 'Round robin' },
  { value: 'power-of-two', label: 'Power of two choices' },
];

export function ModeControls({ p }: { p: ControlProps }) {
  const v = p.values;
  return (
    <Group title="Mode and quota" explain="On-demand shares a pool behind a tokens-per-minute quota; provisioned throughput reserves model units for you alone." open testId="group-mode">
      <ParamSelect k="mode" label="Deployment mode" p={p} options={MODE_OPTIONS} />
      {v.mode === 'on-demand' ? (
        <>
          <ParamNumber
            k="tpm"
            label="Quota, tokens per minute"
            p={p}
            max={1e12}
            unit="TPM"
            hint={`Input + output tokens, counted as Bedrock does. 0 = no quota. Defaults are not published; ${ASSUMED_DEFAULT_TPM.toLocaleString('en-US')} is a historical example.`}
          />
          <Provenance
            assumption
            uncertain
            source="Current default TPM quotas are not published and depend on account, Region and model (AWS Bedrock quotas page). 400,000 TPM: Claude 3.5 Sonnet default quoted on AWS re:Post, mid-2024. Claude 3.7/4.x count each output token 5× against the quota; not modelled here."
          />
          <ParamSelect
            k="sdk"
            label="Client SDK retries"
            p={p}
            options={[
              { value: 'standard', label: 'Standard (SDK default)' },
              { value: 'adaptive', label: 'Adaptive (client-side rate limit)' },
              { value: 'off', label: 'Off' },
            ]}
          />
          {v.sdk !== 'off' ? (
            <div className="grid grid-cols-2 gap-2">
              <ParamNumber k="attempts" label="Attempts (first included)" p={p} min={1} max={20} integer />
              <ParamNumber k="clients" label="SDK clients" p={p} min={1} max={1000} integer hint="Each has its own retry quota (assumption: 10)." />
            </div>
          ) : null}
          <ParamNumber k="bg" label="Other tenants on the pool" p={p} max={100_000} unit="req/s" hint="Traffic of other accounts sharing the same servers." />
        </>
      ) : (
        <>
          <ParamNumber k="units" label="Model units" p={p} min={1} max={1000} integer hint="Each unit is modelled as one dedicated server (assumption)." />
          <ParamNumber k="unitTpm" label="Tokens per minute per unit" p={p} max={1e12} unit="TPM" hint="Not published by AWS (ask your account team). 0 = limited by the servers only." />
        </>
      )}
    </Group>
  );
}

export function HardwareControls({ p }: { p: ControlProps }) {
  return (
    <Group title="Model and hardware" explain="Each server runs the model on H100 GPUs; its speed comes from the shared roofline model (docs/gpu-roofline.md).">
      <ParamSelect k="model" label="Model" p={p} options={MODEL_ARCHITECTURES.map((m) => ({ value: m.id, label: m.name }))} />
      <div className="grid grid-cols-2 gap-2">
        <ParamSelect
          k="gpus"
          label="GPUs per server"
          p={p}
          options={[{ value: '0', label: 'Smallest that fits' }, ...[1, 2, 4, 8].map((n) => ({ value: String(n), label: `${n}× H100` }))]}
        />
        <ParamSelect
          k="precision"
          label="Weights"
          p={p}
          options={[
            { value: 'default', label: 'Default' },
            { value: 'bf16', label: 'BF16' },
            { value: 'fp8', label: 'FP8' },
          ]}
        />
      </div>
      <ParamNumber k="maxBatch" label="Max sequences per batch" p={p} min={1} max={8192} integer hint="vLLM's default is 256." />
      <ParamNumber k="gpuPrice" label="GPU price" p={p} max={1000} unit="$/GPU-h" />
      <Provenance source="AWS p5.48xlarge on-demand, us-east-1: $55.04 per hour ÷ 8 GPUs = $6.88 per GPU-hour." asOf="2026-11-09" />
    </Group>
  );
}

export function BalancerControls({ p }: { p: ControlProps }) {
  return (
    <Group title="Load balancer and zones" explain="How the balancer picks a server for each request, and how many availability zones the fleet spreads over.">
      <ParamSelect k="lb" label="Routing policy" p={p} options={LB_OPTIONS} />
      <ParamSelect k="azs" label="Availability zones" p={p} options={[1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `${n} (${AZ_LETTERS.slice(0, n).join(', ')})` }))} />
    </Group>
  );
}
