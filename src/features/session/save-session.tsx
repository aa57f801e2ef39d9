import { useState } from 'react';
import { fitsInLink, MAX_LINK_CHARS, serializeSessionFile } from '../../domain/session/session-codec.ts';
import type { Session } from '../../domain/session/session-schema.ts';
import { Button } from '../../ui/button.tsx';
import { downloadText } from '../../ui/download.ts';
import { chapterLink } from './session-links.ts';

function fileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'session'}.session.json`;
}

/** Save the trainer's session as a link (while it fits) and as a JSON file. */
export function SaveSession({ session }: { session: Session }) {
  const link = chapterLink(session, 0);
  const fits = fitsInLink(link);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={!fits}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied('copied');
            } catch {
              setCopied('failed');
            }
          }}
        >
          Copy session link
        </Button>
        <Button onClick={() => downloadText(fileName(session.title), serializeSessionFile(session), 'application/json')}>Download as a file (JSON)</Button>
      </div>
      {fits ? (
        <div>
          <label htmlFor="session-link" className="block text-sm font-semibold text-fg">
            Session link ({link.length.toLocaleString('en-US')} characters)
          </label>
          <input
            id="session-link"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-line bg-surface-2 px-3 py-2 font-mono text-sm text-fg"
          />
        </div>
      ) : (
        <p className="rounded-md border border-warn bg-warn-soft p-2 text-sm text-fg" data-testid="session-too-long">
          This session is too long for a link ({link.length.toLocaleString('en-US')} characters; links are kept under {MAX_LINK_CHARS.toLocaleString('en-US')}).
          Save it as a file and load the file on the presenting machine.
        </p>
      )}
      <p role="status" className="text-sm text-muted">
        {copied === 'copied' ? 'Link copied to the clipboard.' : copied === 'failed' ? 'Could not copy; select the link above and copy it.' : ''}
      </p>
    </div>
  );
}
