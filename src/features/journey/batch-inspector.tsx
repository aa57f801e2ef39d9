import { useState } from 'react';
import type { BatchTrace } from '../../domain/journey/batch-trace.ts';
import type { Stage } from '../../domain/journey/trace-types.ts';
import { Segmented } from '../../ui/segmented-control.tsx';
import { CopyButton } from './payload-inspector.tsx';

type Tab = 'javascript' | 'python' | 'input' | 'request' | 'output';

const TABS: { value: Tab; label: string }[] = [
  { value: 'javascript', label: 'Code: JavaScript' },
  { value: 'python', label: 'Code: Python' },
  { value: 'input', label: 'Input JSONL' },
  { value: 'request', label: 'Job request' },
  { value: 'output', label: 'Output files' },
];

/** The batch walk's code and files: the active stage's code in both SDKs, and the job's files. */
export function BatchInspector({ batch, stage }: { batch: BatchTrace; stage: Stage }) {
  const [tab, setTab] = useState<Tab>('javascript');
  const text =
    tab === 'javascript'
      ? (stage.code?.javascript ?? '')
      : tab === 'python'
        ? (stage.code?.python ?? '')
        : tab === 'input'
          ? batch.files.inputJsonl
          : tab === 'request'
            ? batch.job.requestText
            : batch.files.outputFiles;
  const label = TABS.find((t) => t.value === tab)!.label;
  const notes = tab === 'javascript' || tab === 'python' ? (stage.code?.notes ?? []) : tab === 'request' ? batch.job.request.notes : [];
  return (
    <section aria-labelledby="batch-inspector-title" className="rounded-xl border border-line bg-surface p-4" data-testid="batch-inspector" data-tour="journey-payload">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="batch-inspector-title" className="text-lg font-semibold text-fg">
          {`Code and files · stage ${stage.number}`}
        </h2>
        <CopyButton text={text} label={label} />
      </div>
      <div className="mt-2">
        <Segmented legend="Show" hideLegend value={tab} options={TABS} onChange={setTab} />
      </div>
      <pre
        tabIndex={0}
        aria-label={label}
        className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md bg-surface-2 p-3 font-mono text-xs text-fg"
        data-testid="batch-inspector-text"
      >
        {text}
      </pre>
      {notes.length ? (
        <ul className="mt-2 list-disc pl-5 text-xs text-muted">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
