import type { Notice } from '../../domain/pricing/price-notices.ts';

const TONE: Record<Notice['tone'], string> = {
  info: 'border-line bg-surface-2',
  warn: 'border-warn bg-warn-soft',
  danger: 'border-danger bg-danger-soft',
};

/** Lifecycle, promotion validity, conflicting sources and context-window warnings for the priced model. */
export function PricingNotices({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="mb-4 space-y-2" data-testid="pricing-notices">
      {notices.map((n) => (
        <li key={n.text} role={n.tone === 'info' ? undefined : 'status'} className={`rounded-lg border px-3 py-2 text-sm text-fg ${TONE[n.tone]}`}>
          {n.text}
        </li>
      ))}
    </ul>
  );
}
