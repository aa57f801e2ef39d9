import { useId, useMemo, useState } from 'react';
import type { Trace } from '../../domain/journey/trace-types.ts';
import { isNative } from '../../domain/journey/scenario.ts';
import { javascriptSnippet, pythonSnippet } from '../../domain/journey/sdk-snippets.ts';
import { formatMs } from './client-progress.ts';

type Tab = 'request' | 'response' | 'javascript' | 'python';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-semibold text-fg hover:bg-surface-2"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setState('done');
        } catch {
          setState('failed');
        }
        window.setTimeout(() => setState('idle'), 2000);
      }}
    >
      {state === 'done' ? 'Copied' : state === 'failed' ? 'Copy failed — select the text' : `Copy ${label}`}
      <span role="status" className="sr-only">
        {state === 'done' ? `${label} copied` : ''}
      </span>
    </button>
  );
}

const MAX_EVENTS = 14;

export function PayloadInspector({ trace }: { trace: Trace }) {
  const [tab, setTab] = useState<Tab>('request');
  const id = useId();
  const r = trace.request;
  const requestText = useMemo(
    () =>
      `${r.method} ${r.path} HTTP/1.1\n${r.headers.map((h) => `${h.name}: ${h.value}`).join('\n')}\n\n${r.body === null ? '(body not shown — see the note)' : JSON.stringify(r.body, null, 2)}`,
    [r],
  );
  const sc = trace.scenario;
  const snippetInput = {
    api: sc.api,
    region: sc.region,
    invokedId: trace.routing.invokedId,
    prompt: sc.prompt,
    maxTokens: sc.maxUnset ? (trace.quota.model.maxOutputTokens) : sc.maxTokens,
    temperature: sc.temperature,
    guardrails: sc.guardrails,
    nativeBody: trace.request.body,
    endpoint: sc.endpoint,
    auth: sc.auth,
    stream: sc.stream,
  };
  const native = isNative(sc.api);
  const js = javascriptSnippet(snippetInput);
  const py = pythonSnippet(snippetInput);
  const outcome = trace.outcome;
  const responseText = !outcome.ok
    ? `HTTP/1.1 ${outcome.httpStatus}\nx-amzn-ErrorType: ${outcome.exception}\n\n${JSON.stringify({ message: outcome.message }, null, 2)}`
    : trace.response
      ? `HTTP/1.1 200 OK\n${trace.responseHeaders.map((h) => `${h.name}: ${h.value}`).join('\n')}${trace.responseHeaders.length ? '\n' : ''}\n${JSON.stringify(trace.response.body, null, 2)}`
      : '';
  const tabs: { id: Tab; label: string }[] = [
    { id: 'request', label: 'Request' },
    { id: 'response', label: trace.events.length ? 'Stream events' : 'Response' },
    { id: 'javascript', label: native ? 'JavaScript v3' : sc.api === 'Messages' ? 'Anthropic SDK (JS)' : 'OpenAI SDK (JS)' },
    { id: 'python', label: native ? 'Python boto3' : sc.api === 'Messages' ? 'Anthropic SDK (Python)' : 'OpenAI SDK (Python)' },
  ];
  const events = trace.events;
  const shownEvents = events.length > MAX_EVENTS ? [...events.slice(0, MAX_EVENTS - 3), null, ...events.slice(-3)] : events;

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-line bg-surface p-4" data-testid="payload-inspector" data-tour="journey-payload">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-fg">
        Payload inspector
      </h2>
      <div role="tablist" aria-label="Payload views" className="mt-2 flex flex-wrap gap-1 border-b border-line">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${id}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${id}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((x) => x.id === tab);
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                e.preventDefault();
                e.stopPropagation();
                const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
                setTab(next.id);
                document.getElementById(`${id}-tab-${next.id}`)?.focus();
              }
            }}
            className={`-mb-px rounded-t-md border px-3 py-2 text-sm font-semibold ${
              tab === t.id ? 'border-line border-b-surface bg-surface text-fg' : 'border-transparent text-muted hover:text-fg'
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="pt-3">
        {tab === 'request' ? (
          <Code text={requestText} label="request" notes={r.notes} />
        ) : tab === 'response' ? (
          events.length && outcome.ok ? (
            <div>
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm text-fg">
                  {`${events.length} events over ${formatMs((events.at(-1)?.atMs ?? 0) - (events[0]?.atMs ?? 0))}; usage in the last one.`}
                </p>
                <CopyButton text={JSON.stringify(events.map((e) => ({ [e.name]: e.data })), null, 2)} label="events" />
              </div>
              <div tabIndex={0} role="region" aria-label="Stream events" className="max-h-80 overflow-auto rounded-md border border-line">
                <table className="w-full text-left text-xs">
                  <thead className="sticky top-0 bg-surface-2">
                    <tr>
                      <th scope="col" className="px-2 py-1 font-semibold text-fg">
                        at
                      </th>
                      <th scope="col" className="px-2 py-1 font-semibold text-fg">
                        event
                      </th>
                      <th scope="col" className="px-2 py-1 font-semibold text-fg">
                        {trace.scenario.api === 'InvokeModelWithResponseStream' ? 'decoded bytes (the wire carries base64)' : 'data'}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="font-mono">
                    {shownEvents.map((e, i) =>
                      e === null ? (
                        <tr key={`gap-${i}`}>
                          <td colSpan={3} className="px-2 py-1 text-muted">
                            {`… ${events.length - MAX_EVENTS + 1} more events …`}
                          </td>
                        </tr>
                      ) : (
                        <tr key={i} className="border-t border-line align-top">
                          <td className="tabular whitespace-nowrap px-2 py-1 text-muted">{formatMs(e.atMs)}</td>
                          <td className="px-2 py-1 text-fg">{e.name}</td>
                          <td className="break-all px-2 py-1 text-fg">{JSON.stringify(e.decoded ?? e.data)}</td>
                        </tr>
                      ),
                    )}
                  </tbody>
                </table>
              </div>
              <Notes notes={trace.eventNotes} />
            </div>
          ) : (
            <Code text={responseText} label="response" notes={trace.response?.notes ?? []} />
          )
        ) : tab === 'javascript' ? (
          <Code text={js} label="JavaScript" notes={snippetNotes(trace, native)} />
        ) : (
          <Code text={py} label="Python" notes={snippetNotes(trace, native)} />
        )}
      </div>
    </section>
  );
}

function snippetNotes(trace: Trace, native: boolean): string[] {
  if (!native)
    return [
      `Base URL and environment variables as AWS documents them for ${trace.scenario.endpoint === 'runtime' ? 'bedrock-runtime' : 'bedrock-mantle'}; on Mantle some models sit under /openai/v1 instead of /v1.`,
      ...(trace.scenario.auth === 'sigv4' ? ['These SDKs send an API key; to use SigV4 you need a signing HTTP client instead.'] : []),
    ];
  return trace.request.body === null && !trace.scenario.api.startsWith('Converse') ? ['Shown with Converse, which works for every text model.'] : [];
}

function Notes({ notes }: { notes: string[] }) {
  if (!notes.length) return null;
  return (
    <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs text-muted">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

function Code({ text, label, notes }: { text: string; label: string; notes: string[] }) {
  return (
    <div>
      <div className="mb-2 flex justify-end">
        <CopyButton text={text} label={label} />
      </div>
      <pre tabIndex={0} aria-label={`${label} code`} className="max-h-96 overflow-auto rounded-md border border-line bg-surface-2 p-3 font-mono text-xs leading-relaxed text-fg" data-testid={`code-${label}`}>
        {text}
      </pre>
      <Notes notes={notes} />
    </div>
  );
}
