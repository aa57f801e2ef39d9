import { useId } from 'react';
import { parseSessionFile } from '../../domain/session/session-codec.ts';
import { SESSION_LIMITS, type Session } from '../../domain/session/session-schema.ts';

export type LoadMessage = { ok: boolean; text: string } | null;

/**
 * "Load a session file": a valid file replaces the trainer's session; anything else changes
 * nothing and says why. The message lives with the caller, which may re-render this control
 * elsewhere once a session exists.
 */
export function LoadSessionFile({
  onLoaded,
  message,
  setMessage,
}: {
  onLoaded: (session: Session) => void;
  message: LoadMessage;
  setMessage: (message: LoadMessage) => void;
}) {
  const id = useId();
  return (
    <div>
      <label
        htmlFor={id}
        data-print="omit"
        className="inline-flex min-h-10 cursor-pointer items-center rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-semibold text-fg hover:bg-surface-2 focus-within:outline focus-within:outline-3 focus-within:outline-focus"
      >
        Load a session file…
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          data-testid="load-session-file"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            if (file.size > SESSION_LIMITS.fileBytes) {
              setMessage({ ok: false, text: `“${file.name}” is larger than 1 MB; a session file is much smaller. Nothing was changed.` });
              return;
            }
            const result = parseSessionFile(await file.text());
            if (!result.ok) {
              setMessage({ ok: false, text: `Could not load “${file.name}”. ${result.error} Nothing was changed.` });
              return;
            }
            onLoaded(result.session);
            setMessage({ ok: true, text: `Loaded “${result.session.title}” (${result.session.chapters.length} chapters) from “${file.name}”.` });
          }}
        />
      </label>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          data-testid="load-session-message"
          className={`mt-2 max-w-3xl rounded-md border p-2 text-sm [overflow-wrap:anywhere] ${message.ok ? 'border-line bg-surface-2 text-fg' : 'border-danger bg-danger-soft text-fg'}`}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
