import { useEffect, useRef } from 'react';
import type { Session } from '../../domain/session/session-schema.ts';

/** The session's chapters, to jump to one (G opens it; Escape or G closes it). */
export function ChapterListDialog({
  session,
  current,
  onPick,
  onClose,
}: {
  session: Session;
  current: number;
  onPick: (index: number) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    el.querySelector<HTMLButtonElement>('[aria-current="step"]')?.focus();
    return () => el.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="chapter-list-title"
      className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/50"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'g' || e.key === 'G') {
          e.preventDefault();
          onClose();
        }
      }}
      data-testid="chapter-list"
    >
      <div className="flex items-center justify-between border-b border-line px-4 py-3">
        <h2 id="chapter-list-title" className="text-lg font-semibold">
          {session.title}
        </h2>
        <button type="button" onClick={onClose} className="rounded-md px-3 py-2 text-sm font-semibold hover:bg-surface-2">
          Close
        </button>
      </div>
      <ol className="max-h-[70vh] overflow-y-auto p-2">
        {session.chapters.map((chapter, i) => (
          <li key={i}>
            <button
              type="button"
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onPick(i)}
              className={`flex w-full items-baseline gap-3 rounded-md px-3 py-2 text-left text-base hover:bg-surface-2 ${
                i === current ? 'bg-accent-soft font-semibold' : ''
              }`}
            >
              <span className="w-7 shrink-0 text-right tabular text-muted">{i + 1}.</span>
              <span>{chapter.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </dialog>
  );
}
