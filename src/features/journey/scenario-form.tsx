import { useId } from 'react';
import type { Catalog } from '../../domain/catalog/catalog-schema.ts';
import { pickableModels } from '../../domain/catalog/catalog-lookup.ts';
import { regionByCode, SOURCE_REGIONS } from '../../domain/journey/regions.ts';
import { API_LABEL, apisOf, AUTH_LABEL, AUTHS, FAILURE_LABEL, FAILURES, isNative, TIERS, type Scenario } from '../../domain/journey/scenario.ts';
import { LOAD_LEVELS } from '../../domain/journey/latency-model.ts';
import { NumberField } from '../../ui/number-field.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { Segmented } from '../../ui/segmented-control.tsx';
import type { BatchOptions, Walk } from '../../domain/journey/batch-scenario.ts';
import { BatchFields } from './batch-fields.tsx';
import type { JourneyParams } from './journey-params.ts';

type Props = {
  catalog: Catalog;
  scenario: Scenario;
  walk: Walk;
  /** The batch walk's options as they run. */
  batch: BatchOptions;
  catalogId: string;
  update: (patch: Partial<JourneyParams>) => void;
  onModel: (catalogId: string) => void;
  maxOutput: number;
};

const TIER_LABEL = { standard: 'Standard', priority: 'Priority', flex: 'Flex', reserved: 'Reserved' } as const;

export function ScenarioForm({ catalog, scenario: s, walk, batch, catalogId, update, onModel, maxOutput }: Props) {
  const isBatch = walk === 'batch';
  const promptId = useId();
  const modelOptions = pickableModels(catalog, { showRetired: false, keepId: catalogId }).map((m) => ({ value: m.id, label: m.name, group: m.provider }));
  const check = (label: string, checked: boolean, onChange: (v: boolean) => void) => (
    <label className="flex items-center gap-2 text-sm text-fg">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="h-5 w-5 accent-[var(--accent)]" />
      {label}
    </label>
  );
  return (
    <section aria-labelledby="scenario-title" className="rounded-xl border border-line bg-surface p-4" data-testid="scenario">
      <h2 id="scenario-title" className="text-lg font-semibold text-fg">
        Scenario
      </h2>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
          <Segmented
            legend="Walk"
            value={walk}
            options={[
              { value: 'request', label: 'One request (synchronous)' },
              { value: 'batch', label: 'Batch job (asynchronous)' },
            ]}
            onChange={(v) => update({ walk: v })}
          />
        </div>
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor={promptId} className="block text-sm font-medium text-fg">
            Prompt
          </label>
          <textarea
            id={promptId}
            value={s.prompt}
            maxLength={2000}
            rows={2}
            onChange={(e) => update({ prompt: e.target.value })}
            className="mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-fg"
          />
          <p className="mt-1 text-xs text-muted">It stays in your browser: the explorer sends nothing anywhere.</p>
        </div>
        <SelectField label="Model" value={catalogId} options={modelOptions} onChange={onModel} />
        <SelectField
          label="Region"
          value={s.region}
          options={SOURCE_REGIONS.map((r) => ({ value: r, label: `${r} · ${regionByCode(r)?.city ?? ''}` }))}
          onChange={(v) => update({ region: v as Scenario['region'] })}
        />
        <SelectField label="Credentials" value={s.auth} options={AUTHS.map((a) => ({ value: a, label: AUTH_LABEL[a] }))} onChange={(v) => update({ auth: v as Scenario['auth'] })} />
        {isBatch ? (
          <BatchFields batch={batch} update={update} check={check} />
        ) : (
          <>
        <Segmented
          legend="Endpoint"
          value={s.endpoint}
          options={[
            { value: 'runtime', label: 'bedrock-runtime' },
            { value: 'mantle', label: 'bedrock-mantle' },
          ]}
          onChange={(v) => update({ ep: v, api: apisOf(v)[v === 'runtime' ? 3 : 1] })}
        />
        <SelectField label="API" value={s.api} options={apisOf(s.endpoint).map((a) => ({ value: a, label: API_LABEL[a] }))} onChange={(v) => update({ api: v as Scenario['api'] })} />
        <SelectField label="Service tier" value={s.tier} options={TIERS.map((t) => ({ value: t, label: TIER_LABEL[t] }))} onChange={(v) => update({ tier: v as Scenario['tier'] })} />
        <SelectField
          label="Inject a failure"
          value={s.failure}
          options={FAILURES.map((f) => ({ value: f, label: FAILURE_LABEL[f] }))}
          onChange={(v) => update({ fail: v as Scenario['failure'] })}
        />
        <Segmented
          legend="Network path"
          value={s.network}
          options={[
            { value: 'internet', label: 'Public internet' },
            { value: 'vpc-endpoint', label: 'VPC endpoint' },
          ]}
          onChange={(v) => update({ net: v })}
        />
        <Segmented
          legend="Capacity"
          value={s.mode}
          options={[
            { value: 'on-demand', label: 'On-demand' },
            { value: 'provisioned', label: 'Provisioned' },
          ]}
          onChange={(v) => update({ mode: v })}
        />
        <Segmented
          legend="Cross-Region profile"
          value={s.profile}
          options={[
            { value: 'none', label: 'None' },
            { value: 'geo', label: 'Geographic' },
            { value: 'global', label: 'Global' },
          ]}
          onChange={(v) => update({ cris: v })}
        />
        <fieldset>
          <legend className="block text-sm font-medium text-fg">Options</legend>
          <div className="mt-1 flex flex-col gap-1">
            {check('Invocation logging', s.logging, (v) => update({ log: v }))}
            {check('Guardrails', s.guardrails, (v) => update({ guard: v }))}
            {check('Intelligent prompt routing', s.router, (v) => update({ router: v }))}
            {isNative(s.api) ? null : check('Stream the answer', s.stream, (v) => update({ stream: v }))}
          </div>
        </fieldset>
        <Segmented
          legend="Prompt caching"
          value={s.cache}
          options={[
            { value: 'off', label: 'Off' },
            { value: 'write', label: 'Write' },
            { value: 'read', label: 'Read (hit)' },
          ]}
          onChange={(v) => update({ cache: v })}
        />
        <Segmented
          legend="Cache lifetime"
          value={s.cacheTtl}
          options={[
            { value: '5m', label: '5 minutes' },
            { value: '1h', label: '1 hour' },
          ]}
          onChange={(v) => update({ ttl: v })}
        />
          </>
        )}
        <NumberField
          label={isBatch ? 'System prompt (plain input in batch)' : 'System prompt (cacheable prefix)'}
          value={s.systemTokens}
          min={0}
          max={200000}
          integer
          unit="tokens"
          onChange={(v) => update({ sys: v })}
          hint="Placeholder text of this many tokens in front of your prompt"
        />
        <NumberField label="Temperature" value={s.temperature} min={0} max={1} onChange={(v) => update({ temp: v })} hint="0–1; sampling randomness" />
        <div>
          <NumberField
            label="Max tokens"
            value={s.maxTokens}
            min={1}
            max={maxOutput}
            integer
            onChange={(v) => update({ max: v })}
            hint={s.maxUnset ? 'Unset: the model’s maximum is reserved' : `1–${maxOutput.toLocaleString('en-US')} for this model`}
          />
          <div className="mt-1">{check('Leave max tokens unset', s.maxUnset, (v) => update({ unset: v }))}</div>
        </div>
        {isBatch ? null : (
          <>
        <SelectField
          label="Replica load (assumption)"
          value={s.load}
          options={(Object.keys(LOAD_LEVELS) as (keyof typeof LOAD_LEVELS)[]).map((k) => ({ value: k, label: LOAD_LEVELS[k].label }))}
          onChange={(v) => update({ load: v as Scenario['load'] })}
        />
        <NumberField
          label="Client distance to the Region"
          value={s.clientKm}
          min={0}
          max={20000}
          unit="km"
          onChange={(v) => update({ km: v })}
          hint={s.network === 'vpc-endpoint' ? 'Not used: the client runs in the VPC' : 'Internet path only (assumption)'}
        />
          </>
        )}
      </div>
    </section>
  );
}
