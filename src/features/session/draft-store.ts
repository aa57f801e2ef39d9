import { create } from 'zustand';
import { parseSessionFile, serializeSessionFile } from '../../domain/session/session-codec.ts';
import type { Session } from '../../domain/session/session-schema.ts';

const STORAGE_KEY = 'bedrock-explorer-my-session';
export const NEW_SESSION_TITLE = 'My session';

function readSaved(): Session | null {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    // Storage can be edited by anyone with the machine: read it like a loaded file.
    const parsed = parseSessionFile(text);
    return parsed.ok ? parsed.session : null;
  } catch {
    return null;
  }
}

type DraftState = {
  /** The trainer's own session, kept in this browser until replaced. */
  draft: Session | null;
  setDraft: (session: Session | null) => void;
};

/** The session a trainer builds: "Add to session" from any view appends to it; /session edits it. */
export const useDraftStore = create<DraftState>((set) => ({
  draft: readSaved(),
  setDraft: (draft) => {
    try {
      if (draft) localStorage.setItem(STORAGE_KEY, serializeSessionFile(draft));
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Private mode or a full quota: the session still lives in this tab; the page offers a file.
    }
    set({ draft });
  },
}));
