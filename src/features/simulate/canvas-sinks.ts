/**
 * One drawing sink per canvas element. A canvas can hand its drawing to a worker only once
 * (`transferControlToOffscreen` throws the second time), but React's StrictMode runs every effect
 * twice in development — set up, clean up, set up again on the same element — and the session view
 * remounts the simulator per chapter. So the sink belongs to the element, not to the effect: a set-up
 * on an element that already has one takes it over, and a clean-up disposes it only once the element
 * has left the page (checked after the current task, when StrictMode's second set-up has happened).
 */
export type Disposable = { dispose: () => void };

/** What the registry needs of a canvas: whether it is still in the document. */
type Element = { readonly isConnected: boolean };

export class CanvasSinks<S extends Disposable> {
  private readonly sinks = new WeakMap<Element, S>();

  constructor(private readonly later: (fn: () => void) => void = (fn) => void setTimeout(fn, 0)) {}

  /** The element's sink, created (once per element) when it has none. */
  acquire(el: Element, create: () => S | null): S | null {
    const held = this.sinks.get(el);
    if (held) return held;
    const made = create();
    if (made) this.sinks.set(el, made);
    return made;
  }

  /** The effect using `el` cleaned up: dispose of its sink if the element is gone by then. */
  release(el: Element): void {
    this.later(() => {
      if (el.isConnected) return;
      const s = this.sinks.get(el);
      if (!s) return;
      this.sinks.delete(el);
      s.dispose();
    });
  }
}
