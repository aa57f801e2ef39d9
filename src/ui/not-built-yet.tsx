import { Link } from 'react-router';
import { PageHeader } from './page-header.tsx';

/** Honest placeholder for a view that is planned but not yet built. */
export function NotBuiltYet({ title, what }: { title: string; what: string }) {
  return (
    <div>
      <PageHeader title={title} lead={what} />
      <div className="rounded-xl border border-dashed border-line bg-surface p-6">
        <p className="text-lg font-semibold text-fg">This view is not built yet.</p>
        <p className="mt-2 text-muted">
          It is planned and will appear here. Meanwhile the <Link className="font-medium text-accent-strong underline" to="/pricing">pricing calculator</Link> works today.
        </p>
      </div>
    </div>
  );
}
