import { NumberField, type NumberFieldProps } from '../../ui/number-field.tsx';
import { Provenance } from '../../ui/provenance.tsx';
import type { SourcedValue } from '../../domain/breakeven/defaults.ts';

/** A validated number input with the source and date of its default underneath. */
export function SourcedNumberField({ source, note, ...props }: NumberFieldProps & { source?: SourcedValue; note?: string }) {
  return (
    <div className={props.className}>
      <NumberField {...props} className={undefined} />
      {source ? (
        <div className="mt-1">
          <Provenance source={source.source} asOf={source.asOf} assumption={source.assumption} note={note} />
        </div>
      ) : null}
    </div>
  );
}
