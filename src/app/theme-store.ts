import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'bedrock-explorer-theme';

function readSaved(): ThemeChoice {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && systemPrefersDark());
  document.documentElement.classList.toggle('dark', dark);
}

type ThemeState = { choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void };

export const useThemeStore = create<ThemeState>((set) => ({
  choice: readSaved(),
  setChoice: (choice) => {
    try {
      if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Private mode: the choice still applies for this page.
    }
    applyTheme(choice);
    set({ choice });
  },
}));

// Follow OS changes live while the user has not picked a theme. Registered once at start-up rather
// than in a component, so no change is missed while the first view is still loading.
if (typeof matchMedia === 'function') {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (useThemeStore.getState().choice === 'system') applyTheme('system');
  });
}
