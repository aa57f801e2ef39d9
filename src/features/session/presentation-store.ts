import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { parseSessionDocument, toDocument } from '../../domain/session/session-codec.ts';
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
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s): Persisted & { session: unknown } => ({
        session: s.session ? toDocument(s.session) : null,
        isDefault: s.isDefault,
        index: s.index,
        startedAt: s.startedAt,
        narrationHidden: s.narrationHidden,
      }),
      // Storage is outside our control: the session is validated like a loaded file.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<Record<keyof Persisted, unknown>>;
        const loaded = p.session ? parseSessionDocument(p.session) : null;
        if (!loaded?.ok) return current;
        return {
          ...current,
          session: loaded.session,
          isDefault: p.isDefault === true,
          index: clampIndex(typeof p.index === 'number' ? p.index : 0, loaded.session),
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
