import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['Space', 'Play / pause'],
  ['→  or  PageDown', 'Next stage (presentation clickers)'],
  ['←  or  PageUp', 'Previous stage'],
  ['Home / End', 'First / last stage'],
  ['1 – 9', 'Jump to that stage'],
  ['F', 'Presenter mode (full screen, large type)'],
  ['Esc', 'Leave presenter mode or this dialog'],
  ['?', 'This list'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(36rem,92vw)] rounded-xl border border-line bg-surface p-5 text-fg shadow-xl backdrop:bg-black/50"
    >
      <h2 id="shortcuts-title" className="text-xl font-bold">
        Keyboard shortcuts
      </h2>
      <table className="mt-3 w-full text-base">
        <tbody>
          {SHORTCUTS.map(([k, v]) => (
            <tr key={k} className="border-t border-line">
              <th scope="row" className="py-1.5 pr-4 text-left font-mono font-semibold">
                {k}
              </th>
              <td className="py-1.5">{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* showModal() puts the focus on the first control, this button. React's autoFocus would instead
          call focus() when the page first renders, with the dialog closed: a forced style pass over
          the whole page in the middle of its first commit, for nothing. */}
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-on-accent">
          Close
        </button>
      </form>
    </dialog>
  );
}
