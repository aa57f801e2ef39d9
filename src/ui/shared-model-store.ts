import { create } from 'zustand';

const STORAGE_KEY = 'bedrock-explorer-model';
// A catalog id or a Bedrock model id; anything else in storage is ignored (it may be hostile).
const MODEL_ID_PATTERN = /^[a-z0-9][a-z0-9.:_-]{0,199}$/;

function readSaved(): string | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved && MODEL_ID_PATTERN.test(saved) ? saved : null;
  } catch {
    return null;
  }
}

type SharedModelState = {
  /** The model last picked in any view, or null when none was picked yet. */
  modelId: string | null;
  setModelId: (modelId: string) => void;
};

/**
 * The model picked in one view becomes the starting model of the others. A view's own link still
 * wins: a view reads this only when its URL names no model, and writes it when the user picks one.
 */
export const useSharedModelStore = create<SharedModelState>((set) => ({
  modelId: readSaved(),
  setModelId: (modelId) => {
    if (!MODEL_ID_PATTERN.test(modelId)) return;
    try {
      localStorage.setItem(STORAGE_KEY, modelId);
    } catch {
      // Private mode: the choice still carries over within this tab.
    }
    set({ modelId });
  },
}));

/**
 * The model a view starts with: its link's model when the link names one, else the model picked
 * last in any view, else the default. `isKnown` lets the view reject ids its catalog lacks.
 */
export function startingModelId(opts: {
  linkModelId: string | null;
  sharedModelId: string | null;
  defaultModelId: string;
  isKnown: (id: string) => boolean;
}): string {
  const { linkModelId, sharedModelId, defaultModelId, isKnown } = opts;
  if (linkModelId !== null && isKnown(linkModelId)) return linkModelId;
  if (sharedModelId !== null && isKnown(sharedModelId)) return sharedModelId;
  return defaultModelId;
}
