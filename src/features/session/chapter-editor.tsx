import { Link } from 'react-router';
import { chapterHref, type Chapter } from '../../domain/session/session-schema.ts';
import { CommitField } from './commit-field.tsx';
import { tourTargetsFor, VIEW_LABELS } from './view-labels.ts';

type Patch = Partial<Pick<Chapter, 'title' | 'narration' | 'notes' | 'target'>>;

const SMALL_BUTTON = 'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-semibold text-fg hover:bg-surface-2 disabled:opacity-40';

/** One chapter of the trainer's session: its texts, what it points at, and its place in the order. */
export function ChapterEditor({
  chapter,
  index,
  count,
  onChange,
  onMove,
  onDelete,
}: {
  chapter: Chapter;
  index: number;
  count: number;
  /** Applies the patch; returns null when kept, or why it was refused. */
  onChange: (patch: Patch) => string | null;
  onMove: (to: number) => void;
  onDelete: () => void;
}) {
  const n = index + 1;
  const targets = tourTargetsFor(chapter.view);
  const idBase = `chapter-${index}`;
  return (
    <li className="rounded-xl border border-line bg-surface p-4 shadow-sm" aria-labelledby={`${idBase}-heading`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${idBase}-heading`} className="text-base font-semibold text-fg">
          Chapter {n}: <span className="text-muted">{VIEW_LABELS[chapter.view]}</span>
        </h3>
        <div className="flex flex-wrap gap-2">
          <button type="button" id={`${idBase}-up`} className={SMALL_BUTTON} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move chapter ${n} up`}>
            Move up
          </button>
          <button
            type="button"
            id={`${idBase}-down`}
            className={SMALL_BUTTON}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            aria-label={`Move chapter ${n} down`}
          >
            Move down
          </button>
          <button type="button" className={`${SMALL_BUTTON} text-danger`} disabled={count === 1} onClick={onDelete} aria-label={`Delete chapter ${n}`}>
            Delete
          </button>
        </div>
      </div>
      <p className="mt-1 text-sm text-muted [overflow-wrap:anywhere]">
        Shows{' '}
        <Link to={chapterHref(chapter)} className="font-mono text-accent-strong underline">
          {chapterHref(chapter).length > 120 ? chapterHref(chapter).slice(0, 120) + '…' : chapterHref(chapter)}
        </Link>
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <div className="space-y-3">
          <CommitField id={`${idBase}-title`} label="Title" value={chapter.title} onCommit={(title) => onChange({ title })} />
          <CommitField
            id={`${idBase}-narration`}
            label="Narration for the room"
            hint="Up to five lines, one per line."
            multiline
            rows={4}
            value={chapter.narration.join('\n')}
            onCommit={(text) => onChange({ narration: text.split('\n').filter((line) => line.trim() !== '') })}
          />
        </div>
        <div className="space-y-3">
          <CommitField id={`${idBase}-notes`} label="Speaker notes" multiline rows={4} value={chapter.notes} onCommit={(notes) => onChange({ notes })} />
          <div>
            <label htmlFor={`${idBase}-target`} className="block text-sm font-semibold text-fg">
              Point at on arrival
            </label>
            <select
              id={`${idBase}-target`}
              value={chapter.target ?? ''}
              onChange={(e) => onChange({ target: e.target.value || undefined })}
              className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-fg"
            >
              <option value="">Nothing</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
              {chapter.target && !targets.some((t) => t.id === chapter.target) ? <option value={chapter.target}>{chapter.target} (not on this view)</option> : null}
            </select>
          </div>
        </div>
      </div>
    </li>
  );
}
