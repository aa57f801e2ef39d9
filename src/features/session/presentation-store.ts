import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { toDocument } from '../../domain/session/session-format.ts';
import type { Session } from '../../domain/session/session-schema.ts';

/** How the current chapter was entered: backwards entry starts a stepped view at its last step. */
export type Arrival = 'forward' | 'backward' | 'jump';

export type PresentationState = {
  /** The session on screen; null when no session is being presented. */
  session: Session | null;
  /** True for the built-in session, whose chapter links need no fragment. */
  isDefault: boolean;
  index: number;
  arrival: Arrival;
  /** Counts arrivals, so the view is mounted afresh for every chapter (it reads its link on mount). */
  visit: number;
  blanked: boolean;
  /** Epoch milliseconds when the session started, for the presenter's clock. */
  startedAt: number;
  narrationHidden: boolean;
  /** Steps taken inside the current chapter's view (the journey's stages); 0 on arrival. */
  viewSteps: number;
  start: (session: Session, isDefault: boolean, index: number) => void;
  arrive: (index: number, arrival: Arrival) => void;
  setBlanked: (blanked: boolean) => void;
  setNarrationHidden: (hidden: boolean) => void;
  resetClock: () => void;
  countViewStep: () => void;
  end: () => void;
};

type Persisted = Pick<PresentationState, 'session' | 'isDefault' | 'index' | 'startedAt' | 'narrationHidden'>;
/** As kept in storage: the session as a document, read back through the session validator. */
type Stored = Omit<Persisted, 'session'> & { session: unknown };

/**
 * sessionStorage, with a stored session validated like a loaded file (storage is outside our
 * control). The validator (zod) is loaded only when there is a session to read, so a page opened
 * outside a session never loads it; then the store fills in once it has run, a moment after start.
 */
const storage: PersistStorage<Stored> = {
  getItem: (name) => {
    let stored: StorageValue<Partial<Stored>> | null;
    try {
      const text = sessionStorage.getItem(name);
      stored = text ? (JSON.parse(text) as StorageValue<Partial<Stored>>) : null;
    } catch {
      return null;
    }
    if (!stored || typeof stored !== 'object' || !stored.state?.session) return null;
    const { state } = stored;
    return import('../../domain/session/session-codec.ts').then(({ parseSessionDocument }) => {
      const loaded = parseSessionDocument(state.session);
      return loaded.ok ? { ...stored, state: { ...state, session: loaded.session } as Stored } : null;
    });
  },
  setItem: (name, value) => {
    try {
      sessionStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Storage full or refused: the session still runs, it just does not survive a reload.
    }
  },
  removeItem: (name) => sessionStorage.removeItem(name),
};

/**
 * The guided session in progress. Kept in sessionStorage so a reload of the projected tab resumes
 * the same chapter, while a new tab starts clean.
 */
export const usePresentationStore = create<PresentationState>()(
  persist(
    (set, get) => ({
      session: null,
      isDefault: true,
      index: 0,
      arrival: 'jump',
      visit: 0,
      blanked: false,
      startedAt: 0,
      narrationHidden: false,
      viewSteps: 0,
      start: (session, isDefault, index) =>
        set({
          session,
          isDefault,
          index: clampIndex(index, session),
          arrival: 'jump',
          visit: get().visit + 1,
          blanked: false,
          startedAt: Date.now(),
          viewSteps: 0,
        }),
      arrive: (index, arrival) => {
        const { session, visit } = get();
        if (!session) return;
        set({ index: clampIndex(index, session), arrival, visit: visit + 1, blanked: false, viewSteps: 0 });
      },
      setBlanked: (blanked) => set({ blanked }),
      setNarrationHidden: (narrationHidden) => set({ narrationHidden }),
      resetClock: () => set({ startedAt: Date.now() }),
      countViewStep: () => set({ viewSteps: get().viewSteps + 1 }),
      end: () => set({ session: null, blanked: false, index: 0 }),
    }),
    {
      name: 'bedrock-explorer-presentation',
      version: 1,
      storage,
      partialize: (s): Stored => ({
        session: s.session ? toDocument(s.session) : null,
        isDefault: s.isDefault,
        index: s.index,
        startedAt: s.startedAt,
        narrationHidden: s.narrationHidden,
      }),
      // `storage` has validated the session. One started while it was being read wins.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<Record<keyof Persisted, unknown>>;
        if (!p.session || current.session !== null || current.visit > 0) return current;
        const session = p.session as Session;
        return {
          ...current,
          session,
          isDefault: p.isDefault === true,
          index: clampIndex(typeof p.index === 'number' ? p.index : 0, session),
          startedAt: typeof p.startedAt === 'number' && Number.isFinite(p.startedAt) ? p.startedAt : Date.now(),
          narrationHidden: p.narrationHidden === true,
        };
      },
    },
  ),
);

function clampIndex(index: number, session: Session): number {
  const last = session.chapters.length - 1;
  return Number.isInteger(index) ? Math.min(last, Math.max(0, index)) : 0;
}
