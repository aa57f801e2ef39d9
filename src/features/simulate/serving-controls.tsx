import { useMemo } from 'react';
import { Link } from 'react-router';
import { acceleratorById, pricePerAcceleratorHour } from '../../domain/gpu/accelerators.ts';
import { acceleratorOptions, GPU_COUNT_OPTIONS, type ServingChoice } from '../../domain/sim-view/serving-choice.ts';
import { AZ_LETTERS, type SimParams } from '../../domain/sim-view/sim-params.ts';
import { SelectField, type SelectOption } from '../../ui/select-field.tsx';
import { ASSUMED_DEFAULT_TPM } from '../../domain/sim-view/training-presets.ts';
import { Provenance } from '../../ui/provenance.tsx';
import { Group, ParamNumber, ParamSelect, ParamToggle, type ControlProps } from './param-field.tsx';

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
            source="Current default TPM quotas are not published and depend on account, Region and model (AWS Bedrock quotas page). 400,000 TPM: Claude 3.5 Sonnet default quoted on AWS re:Post, mid-2024."
          />
          <ParamNumber k="xrTpm" label="Cross-Region quota, tokens per minute" p={p} max={1e12} unit="TPM" hint="0 = no quota." />
          <div className="grid grid-cols-2 gap-2">
            <ParamNumber k="tpd" label="Tokens per day" p={p} max={1e15} hint="0 = AWS's default, TPM × 1,440." />
            <ParamNumber k="rpm" label="Requests per minute" p={p} max={1e9} hint="0 = off. Removed in 2026 per AWS docs; a historical knob." />
          </div>
          <ParamNumber k="burn" label="Output burndown" p={p} max={100} unit="×" hint="0 = by model: 5 for Claude 3.7 Sonnet and 4.x, else 1. Each output token counts this many times against the quota." />
          <ParamToggle k="burnRes" label="Burndown also multiplies max_tokens in the reservation" p={p} hint="Unknown in AWS's documents: a knob, off by default." />
          <div className="grid grid-cols-2 gap-2">
            <ParamNumber k="rsvIn" label="Reserved tier, input TPM" p={p} max={1e12} hint="0 = none bought" />
            <ParamNumber k="rsvOut" label="Reserved tier, output TPM" p={p} max={1e12} hint="overflow goes to Standard" />
          </div>
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
          <ParamSelect
            k="sdkLang"
            label="SDK"
            p={p}
            options={[
              { value: 'js-v3', label: 'AWS SDK for JavaScript v3' },
              { value: 'botocore', label: 'botocore (Python)' },
            ]}
          />
          <div className="grid grid-cols-2 gap-2">
            <ParamNumber k="qMax" label="Waiting per server, at most" p={p} min={1} max={1_000_000} integer hint="beyond: 503 ServiceUnavailable (assumption)" />
            <ParamNumber k="qWait" label="Waiting time, at most" p={p} min={0.1} max={86_400} unit="s" hint="beyond: 408 ModelTimeout (assumption)" />
          </div>
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

/**
 * The served model (a catalog model, served by its serving profile from src/domain/gpu) and the
 * server it runs on. A model that does not fit the chosen accelerator is refused beside the picker,
 * with the numbers, and nothing runs until it fits.
 */
export function HardwareControls({ p, models, serving, onPickModel }: { p: ControlProps; models: SelectOption[]; serving: ServingChoice; onPickModel: (id: string) => void }) {
  const modelError = p.errors.model;
  const accelError = p.errors.accel;
  const accel = p.values.accel === 'default' ? serving.profile.deployment.gpu : acceleratorById(p.values.accel);
  const price = accel ? pricePerAcceleratorHour(accel) : null;
  const { model, gpus, precision } = p.values;
  const accelerators = useMemo(() => acceleratorOptions({ model, accel: p.values.accel, gpus, precision }), [model, p.values.accel, gpus, precision]);
  return (
    <Group title="Model and hardware" explain="Each server runs the model on the chosen accelerators; its speed comes from the shared GPU model (docs/gpu-roofline.md).">
      <div data-param="model">
        <SelectField label="Model" value={serving.catalogId} options={models} onChange={onPickModel} hint={
            modelError ? undefined : serving.fits ? (
              <>
                Served as {serving.server}.
                {serving.speed ? (
                  <>
                    {' '}
                    <span data-testid="served-speed">{serving.speed}.</span>
                  </>
                ) : null}
                {serving.validation ? (
                  <>
                    {' '}
                    Speed{' '}
                    <Link to="/validation" className="underline" data-testid="speed-validation">
                      {serving.validation.text}
                    </Link>
                    .
                  </>
                ) : null}
              </>
            ) : undefined
          }
        />
        {modelError ? (
          <p role="alert" className="mt-1 text-sm font-medium text-danger" data-testid="error-model">
            {modelError}
          </p>
        ) : null}
      </div>
      <div data-param="accel">
        <SelectField
          label="Accelerator"
          value={p.values.accel}
          options={accelerators.map((a) => ({ value: a.value, label: a.label }))}
          onChange={(v) => {
            // The GPU price follows the accelerator where its EC2 price is sourced (the field stays editable).
            const price = accelerators.find((a) => a.value === v)?.gpuHourUsd ?? null;
            p.update({ accel: v as SimParams['accel'], ...(price !== null ? { gpuPrice: Math.round(price * 100) / 100 } : {}), preset: '' });
          }}
          hint={accelError ? undefined : 'Models that do not fit are marked; the servers are never moved elsewhere silently. Picking one sets the GPU price to its sourced EC2 price.'}
        />
        {accelError ? (
          <p role="alert" className="mt-1 text-sm font-medium text-danger" data-testid="error-accel">
            {accelError}
          </p>
        ) : null}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <ParamSelect k="gpus" label="GPUs per server" p={p} options={[...GPU_COUNT_OPTIONS]} />
        <ParamSelect
          k="precision"
          label="Weights"
          p={p}
          options={[
            { value: 'default', label: 'Default' },
            { value: 'bf16', label: 'BF16' },
            { value: 'fp8', label: 'FP8' },
            { value: 'fp4', label: 'FP4' },
          ]}
        />
      </div>
      <ParamNumber k="maxBatch" label="Max sequences per batch" p={p} min={1} max={8192} integer hint="vLLM's default is 256." />
      <ParamSelect
        k="kv"
        label="KV cache"
        p={p}
        options={[
          { value: 'paged', label: 'Paged (grows per token, preempts when full)' },
          { value: 'reserve-max', label: 'Reserve the maximum per sequence' },
        ]}
      />
      <ParamNumber
        k="gpuPrice"
        label="GPU price"
        p={p}
        max={1000}
        unit="$/GPU-h"
        hint={price && accel ? `${accel.name}: ${price.offer.instance} on-demand is $${price.offer.onDemandPerHour.toFixed(2)} per hour ÷ ${price.offer.accelerators} = $${price.usd.toFixed(2)} per GPU-hour (${price.offer.asOf}).` : undefined}
      />
      <Provenance source="Default: AWS p5.48xlarge on-demand, us-east-1: $55.04 per hour ÷ 8 GPUs = $6.88 per GPU-hour (H100). Picking an accelerator sets its sourced EC2 price per GPU-hour; edit it for your own." asOf="2026-11-09" />
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
