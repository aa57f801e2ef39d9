export function Card({
  title,
  children,
  className = '',
  actions,
  headingLevel = 2,
  print,
}: {
  title?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  actions?: React.ReactNode;
  headingLevel?: 2 | 3;
  /** 'omit': a printed handout leaves this card out (the print stylesheet hides data-print="omit"). */
  print?: 'omit';
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5 ${className}`} data-print={print}>
      {title || actions ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title ? <Heading className="text-lg font-semibold text-fg">{title}</Heading> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
