import { useThemeStore, type ThemeChoice } from './theme-store.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const VISIBLE: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };
const DESCRIBED: Record<ThemeChoice, string> = { system: 'follows the system', light: 'light', dark: 'dark' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const { choice, setChoice } = useThemeStore();
  return (
    <button
      type="button"
      onClick={() => setChoice(NEXT[choice])}
      className="inline-flex min-h-10 items-center gap-2 rounded-md border border-line px-3 text-sm font-medium text-fg hover:bg-surface-2"
      title={`Theme: ${DESCRIBED[choice]} — click to change`}
    >
      <span aria-hidden="true" className="text-base">{ICON[choice]}</span>
      {/* The visible word starts the accessible name (WCAG 2.5.3, label in name); the rest is for screen readers. */}
      <span className="hidden sm:inline">{VISIBLE[choice]}</span>
      <span className="sr-only sm:hidden">{VISIBLE[choice]}</span>
      <span className="sr-only"> theme ({DESCRIBED[choice]}). Switch to {NEXT[choice] === 'system' ? 'auto' : VISIBLE[NEXT[choice]].toLowerCase()}.</span>
    </button>
  );
}
