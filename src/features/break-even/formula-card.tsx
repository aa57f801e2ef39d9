import { Card } from '../../ui/card.tsx';
import type { FormulaLine } from './formula-lines.ts';

/** The equations with the scenario's own numbers in them, so every figure on the page can be checked. */
export function FormulaCard({ lines }: { lines: FormulaLine[] }) {
  return (
    <Card title="The formula, with your numbers" headingLevel={3} print="omit">
      <p className="mb-3 rounded-md border-l-4 border-accent bg-accent-soft px-3 py-2 text-fg">
        <strong>An always-on server bills every hour; utilization divides the tokens served, never the bill.</strong> Calculators that multiply the
        GPU bill by utilization undercount what a server really costs.
      </p>
      <dl className="text-sm">
        {lines.map((l) => (
          <div key={l.name} className="grid gap-x-3 border-t border-line py-1.5 sm:grid-cols-[11rem_1fr]">
            <dt className="font-medium text-fg">{l.name}</dt>
            <dd className="font-mono text-[13px] text-fg [overflow-wrap:anywhere]">
              {l.formula} <span className="text-muted">=</span> <strong>{l.value}</strong>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-muted">
        T tokens/month, k peak-to-average, Lmax max load, R redundant servers, S throughput per server, H hours per month, W cost per FTE. Full
        derivation and sources: docs/break-even.md.
      </p>
    </Card>
  );
}
