import { useId, useState } from 'react';

/**
 * A text field whose every change is offered to `onCommit`, which returns null when it kept the
 * value or a reason when it refused it. The refused text stays in the field with the reason beside
 * it, and the last good value stays in the session. While the field has focus it shows what was
 * typed, not the tidied value, so typing is never fought.
 */
export function CommitField({
  label,
  value,
  onCommit,
  multiline = false,
  rows = 3,
  hint,
  id: givenId,
  className = '',
}: {
  label: string;
  value: string;
  onCommit: (text: string) => string | null;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  id?: string;
  className?: string;
}) {
  const autoId = useId();
  const id = givenId ?? autoId;
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    if (!focused) {
      setText(value);
      setError(null);
    }
  }
  const fieldClass = `mt-1 block w-full rounded-md border bg-surface px-3 py-2 text-base text-fg ${error ? 'border-danger' : 'border-line'}`;
  const props = {
    id,
    value: text,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      if (!error) setText(value);
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setText(e.target.value);
      setError(onCommit(e.target.value));
    },
    className: fieldClass,
  };
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-fg">
        {label}
      </label>
      {multiline ? <textarea rows={rows} {...props} /> : <input type="text" {...props} />}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
