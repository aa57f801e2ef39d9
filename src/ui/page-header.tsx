/**
 * A view's title, lead and actions. `wide` lets the text take the row's width beside the actions
 * (the simulator's header) instead of a reading column.
 */
export function PageHeader({ title, lead, actions, wide }: { title: string; lead?: React.ReactNode; actions?: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'mb-3 flex flex-wrap items-end justify-between gap-x-4 gap-y-2' : 'mb-5 flex flex-wrap items-end justify-between gap-3'}>
      <div className={wide ? 'min-w-0 flex-1 basis-96' : 'max-w-3xl'}>
        <h1 className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">{title}</h1>
        {lead ? <p className="mt-1 text-base text-muted">{lead}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
