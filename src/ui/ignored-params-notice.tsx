import { visibleParamText, type IgnoredParam } from '../domain/url/query-params.ts';

/** Tells the user which link parameters were not used, instead of failing or silently dropping them. */
export function IgnoredParamsNotice({ ignored, onDismiss }: { ignored: IgnoredParam[]; onDismiss: () => void }) {
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="mb-4 flex items-start gap-3 rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg">
      <div className="flex-1">
        <p className="font-semibold">Some settings in this link were ignored and their defaults used instead:</p>
        <ul className="mt-1 list-disc pl-5" data-testid="ignored-params">
          {ignored.map((item, index) => (
            <li key={index}>
              <code className="break-all font-mono">
                {visibleParamText(item.key, 60)}={item.raw === '' ? '' : visibleParamText(item.raw, 40)}
              </code>{' '}
              — {item.reason}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={onDismiss} className="rounded px-2 py-1 font-medium underline">
        Dismiss
      </button>
    </div>
  );
}
