import type { Catalog } from '../domain/catalog/catalog-schema.ts';
import { useCatalog } from './use-catalog.ts';

/** Renders its children once the catalog has loaded and validated; otherwise says what went wrong. */
export function CatalogGate({ children }: { children: (catalog: Catalog) => React.ReactNode }) {
  const query = useCatalog();
  if (query.isPending) {
    return (
      <div role="status" className="p-8 text-center text-muted">
        Loading the model catalog…
      </div>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="rounded-xl border border-danger bg-danger-soft p-5 text-fg">
        <p className="text-lg font-semibold">The model catalog could not be used.</p>
        <p className="mt-2">{query.error.message}</p>
        <button type="button" className="mt-3 rounded-md border border-line bg-surface px-3 py-1.5 font-medium" onClick={() => query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
