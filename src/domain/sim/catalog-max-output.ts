/**
 * Each model's maximum output tokens from the catalog file's text (public/data/catalog.v2.json, the
 * file the web app loads): what an unset max_tokens reserves. Pure, for the CLI and tests.
 */
type CatalogFile = { models?: { id?: unknown; maxOutputTokens?: unknown }[] };

/** A lookup of maxOutputTokens by catalog id; undefined for an id the catalog lacks or gives no figure for. */
export function maxOutputLookup(catalogJson: string): (id: string) => number | undefined {
  const file = JSON.parse(catalogJson) as CatalogFile;
  const table = new Map<string, number>();
  for (const m of file.models ?? []) if (typeof m.id === 'string' && typeof m.maxOutputTokens === 'number') table.set(m.id, m.maxOutputTokens);
  return (id) => table.get(id);
}
