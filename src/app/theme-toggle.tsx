import { useThemeStore, type ThemeChoice } from './theme-store.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'Theme: follows system', light: 'Theme: light', dark: 'Theme: dark' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const { choice, setChoice } = useThemeStore();
  return (
    <button
      type="button"
      onClick={() => setChoice(NEXT[choice])}
      className="inline-flex min-h-10 items-center gap-2 rounded-md border border-line px-3 text-sm font-medium text-fg hover:bg-surface-2"
      title={`${LABEL[choice]} — click to change`}
      aria-label={`${LABEL[choice]}. Switch to ${NEXT[choice] === 'system' ? 'system theme' : NEXT[choice] + ' theme'}`}
    >
      <span aria-hidden="true" className="text-base">{ICON[choice]}</span>
      <span className="hidden sm:inline">{choice === 'system' ? 'Auto' : choice === 'light' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
