/** What a key does during a session; the projected window and the presenter window share it. */
export type KeyAction = 'next' | 'prev' | 'blank' | 'fullscreen' | 'list' | 'leave';

/**
 * Clickers send PageDown/PageUp (some send the arrows). Keys typed into a field are left to the
 * field, except PageDown/PageUp from a one-line input, which no clicker user means as text.
 */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as (HTMLElement & { type?: string }) | null;
  const tag = target && 'tagName' in target ? target.tagName : '';
  const editable = Boolean(target && 'isContentEditable' in target && target.isContentEditable);
  const inField = editable || tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'INPUT';
  switch (event.key) {
    case 'PageDown':
      return editable || tag === 'TEXTAREA' || tag === 'SELECT' ? null : 'next';
    case 'PageUp':
      return editable || tag === 'TEXTAREA' || tag === 'SELECT' ? null : 'prev';
    case 'ArrowRight':
      return inField ? null : 'next';
    case 'ArrowLeft':
      return inField ? null : 'prev';
    case 'b':
    case 'B':
      return inField ? null : 'blank';
    case 'f':
    case 'F':
      return inField ? null : 'fullscreen';
    case 'g':
    case 'G':
      return inField ? null : 'list';
    case 'Escape':
      return inField ? null : 'leave';
    default:
      return null;
  }
}
