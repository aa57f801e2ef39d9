import { useId, useMemo, useState } from 'react';
import { recallTrace, rememberTrace } from './trace-memory.ts';
import { Group, ParamNumber, ParamSelect, type ControlProps } from './param-field.tsx';

const PATTERN_OPTIONS = [
  { value: 'flat', label: 'Flat (Poisson arrivals)' },
  { value: 'diurnal', label: 'Daily curve' },
  { value: 'spike', label: 'Spike (launch, burst)' },
  { value: 'trace', label: 'Uploaded trace (CSV)' },
];

/** Lines with something on them: what the hint reports as loaded. */
function countLines(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') n++;
  return n;
}

/** Upload of "timestamp,input_tokens,output_tokens"; the text stays in the browser, the link gets its fingerprint. */
function TraceUpload({ p }: { p: ControlProps }) {
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  // The link changes in a router transition, which a playing run's frames can hold back for seconds;
  // the upload's own note shows at once, from here, until the link has moved on.
  const [uploaded, setUploaded] = useState<{ fingerprint: string; linkBefore: string; lines: number } | null>(null);
  const pending = uploaded !== null && uploaded.fingerprint !== uploaded.linkBefore && p.values.trace === uploaded.linkBefore ? uploaded : null;
  const shown = pending?.fingerprint ?? p.values.trace;
  const error = pending ? fileError : (fileError ?? p.errors.trace);
  const text = recallTrace(p.values.trace);
  const linkLines = useMemo(() => (text ? countLines(text) : 0), [text]);
  const lines = pending?.lines ?? linkLines;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        Trace file
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full text-sm text-fg file:mr-3 file:rounded-md file:border file:border-line file:bg-surface-2 file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-fg"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const text = await file.text();
          const fingerprint = rememberTrace(text);
          setFileError(null);
          setUploaded({ fingerprint, linkBefore: p.values.trace, lines: countLines(text) });
          p.update({ trace: fingerprint, pattern: 'trace', preset: '' });
        }}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
        CSV with columns timestamp (seconds from start), input tokens, output tokens; a header line is allowed; up to 200,000 requests.{' '}
        {lines > 0 ? `Loaded: ${lines.toLocaleString('en-US')} lines.` : ''}
      </p>
      {shown !== '' ? (
        <p className="mt-1 rounded-md border border-line bg-surface-2 px-2 py-1 text-xs text-fg" data-testid="trace-note">
          The trace stays in this browser. The link names it (trace <span className="font-mono">{shown}</span>) but does not carry it: whoever opens a shared link
          must upload the same file.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-1 text-sm font-medium text-danger" data-testid="error-trace">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function WorkloadControls({ p }: { p: ControlProps }) {
  const v = p.values;
  return (
    <Group title="Workload" explain="Who calls the model, how often and with how many tokens. Arrivals are random (Poisson) around the rate you set." open testId="group-workload">
      <ParamSelect k="pattern" label="Traffic pattern" p={p} options={PATTERN_OPTIONS} />
      {v.pattern !== 'trace' ? <ParamNumber k="rate" label="Requests per second" p={p} max={100_000} unit="req/s" hint="Mean arrival rate of your application." /> : null}
      {v.pattern === 'diurnal' ? (
        <div className="grid grid-cols-2 gap-2">
          <ParamNumber k="amp" label="Daily swing" p={p} max={100} unit="%" />
          <ParamNumber k="peakH" label="Peak hour" p={p} max={24} unit="h" />
        </div>
      ) : null}
      {v.pattern === 'spike' ? (
        <div className="grid grid-cols-2 gap-2">
          <ParamNumber k="spikeAt" label="Spike starts at" p={p} unit="s" />
          <ParamNumber k="spikeFor" label="Spike lasts" p={p} min={1} unit="s" />
          <ParamNumber k="spikeX" label="Spike multiplier" p={p} min={0.01} max={1000} unit="×" />
        </div>
      ) : null}
      {v.pattern === 'trace' ? <TraceUpload p={p} /> : null}
      {v.pattern !== 'trace' ? (
        <div className="grid grid-cols-2 gap-2">
          <ParamNumber k="inTok" label="Input tokens" p={p} min={1} max={200_000} integer hint="mean per request" />
          <ParamNumber k="outTok" label="Output tokens" p={p} min={1} max={100_000} integer hint="mean per request" />
          <ParamNumber k="cv" label="Length spread" p={p} max={10} hint="CV of a lognormal; 0 = fixed" />
        </div>
      ) : null}
      <ParamNumber k="maxTok" label="Max tokens" p={p} max={1_000_000} integer hint="max_tokens per request. 0 = unset: the quota reserves the model’s maximum output." />
      <div className="grid grid-cols-2 gap-2">
        <ParamNumber k="fixAt" label="Fix max tokens at" p={p} unit="s" hint="0 = never" />
        {v.fixAt > 0 ? <ParamNumber k="fixMaxTok" label="Max tokens from then" p={p} min={1} max={1_000_000} integer /> : null}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <ParamNumber k="cacheRd" label="Input read from prompt cache" p={p} max={100} unit="%" />
        <ParamNumber k="cacheWr" label="Input written to prompt cache" p={p} max={100} unit="%" />
      </div>
      <ParamNumber
        k="timeout"
        label="Client timeout"
        p={p}
        max={86_400}
        unit="s"
        hint="The client stops waiting (TimeoutError) and may retry; the server's work runs on, wasted. 0 = none. Default 60 s: botocore's default read timeout."
      />
      <fieldset className="rounded-md border border-line px-2 pb-2 pt-1" data-testid="tier-mix">
        <legend className="px-1 text-sm font-medium text-fg">Service tier mix</legend>
        <p className="text-xs text-muted">Shares of requests by tier; Standard gets the rest ({Math.max(0, 100 - v.pri - v.flex - v.rsv)} %). Each server serves Reserved, then Priority, then Standard, then Flex.</p>
        <div className="grid grid-cols-3 gap-2">
          <ParamNumber k="pri" label="Priority share" p={p} max={100} unit="%" />
          <ParamNumber k="flex" label="Flex share" p={p} max={100} unit="%" />
          <ParamNumber k="rsv" label="Reserved share" p={p} max={100} unit="%" />
        </div>
      </fieldset>
      <ParamNumber k="xr" label="Sent cross-Region" p={p} max={100} unit="%" hint="Share of requests through a cross-Region inference profile (its own quota)." />
    </Group>
  );
}
