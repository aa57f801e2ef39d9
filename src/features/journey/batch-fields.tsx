import type { ReactNode } from 'react';
import { INVOCATION_TYPES, TIMEOUT_HOURS } from '../../domain/journey/batch-facts.ts';
import { BATCH_FAILURE_LABEL, BATCH_FAILURES, MAX_BATCH_RECORDS, type BatchOptions } from '../../domain/journey/batch-scenario.ts';
import { NumberField } from '../../ui/number-field.tsx';
import { Segmented } from '../../ui/segmented-control.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import type { JourneyParams } from './journey-params.ts';

type Props = {
  batch: BatchOptions;
  update: (patch: Partial<JourneyParams>) => void;
  check: (label: string, checked: boolean, onChange: (v: boolean) => void) => ReactNode;
};

/** The batch walk's own fields: records, timeout, KMS key, record format, an injected failure. */
export function BatchFields({ batch: b, update, check }: Props) {
  return (
    <>
      <NumberField
        label="Records in the input file"
        value={b.records}
        min={1}
        max={MAX_BATCH_RECORDS}
        integer
        onChange={(v) => update({ recs: v })}
        hint="Each repeats your prompt (a teaching simplification)"
      />
      <NumberField
        label="Job timeout"
        value={b.timeoutHours}
        min={TIMEOUT_HOURS.min}
        max={TIMEOUT_HOURS.max}
        integer
        unit="hours"
        onChange={(v) => update({ hours: v })}
        hint="timeoutDurationInHours: 24–168"
      />
      <Segmented
        legend="Record format"
        value={b.invocationType}
        options={INVOCATION_TYPES.map((t) => ({ value: t, label: t === 'InvokeModel' ? 'InvokeModel body' : 'Converse body' }))}
        onChange={(v) => update({ btype: v })}
      />
      <fieldset>
        <legend className="block text-sm font-medium text-fg">Encryption</legend>
        <div className="mt-1">{check('Encrypt the output with your KMS key', b.kms, (v) => update({ kms: v }))}</div>
      </fieldset>
      <SelectField
        label="Inject a batch failure"
        value={b.failure}
        options={BATCH_FAILURES.map((f) => ({ value: f, label: BATCH_FAILURE_LABEL[f] }))}
        onChange={(v) => update({ bfail: v as BatchOptions['failure'] })}
      />
      {b.failure === 'partial' ? (
        <NumberField
          label="Done when time ran out (assumption)"
          value={b.donePercent}
          min={0}
          max={99}
          integer
          unit="%"
          onChange={(v) => update({ bdone: v })}
          hint="Your assumption: how much gets done is not published"
        />
      ) : null}
    </>
  );
}
