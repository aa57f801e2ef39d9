import { useState } from 'react';
import { Button } from './button.tsx';

/** Copies the current address, which holds the whole scenario, to the clipboard. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <Button
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setState('copied');
          } catch {
            setState('failed');
          }
          window.setTimeout(() => setState('idle'), 2500);
        }}
      >
        Copy link
      </Button>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Link copied to the clipboard' : state === 'failed' ? 'Could not copy; copy the address bar instead' : ''}
      </span>
      {state !== 'idle' ? (
        <span aria-hidden="true" className="self-center text-sm text-muted">
          {state === 'copied' ? 'Copied' : 'Copy failed — use the address bar'}
        </span>
      ) : null}
    </>
  );
}
