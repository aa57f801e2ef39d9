/**
 * The routes a chapter may show. /session itself is not a chapter. Apart from the schema so the
 * header's "Add to session" can ask without loading the validator.
 */
export const SESSION_VIEWS = ['/', '/journey', '/simulate', '/pricing', '/break-even', '/validation'] as const;
export type SessionView = (typeof SESSION_VIEWS)[number];

export function isSessionView(path: string): path is SessionView {
  return (SESSION_VIEWS as readonly string[]).includes(path);
}
