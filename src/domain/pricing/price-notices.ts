import type { CatalogModel, PricePoint } from '../catalog/catalog-schema.ts';

/** What the page must say about a price's validity and a model's lifecycle (pricing rules 2026 §10; issue 10). */
export type Notice = { tone: 'info' | 'warn' | 'danger'; text: string };

/** A promotion shows its validity; past the date it is known to hold, the page says the price may have changed. */
export function validityNotice(point: PricePoint, today: string): Notice | null {
  const v = point.validity;
  if (!v) return null;
  if (v.kind === 'list') {
    return { tone: 'info', text: `List price${v.validFrom ? ` since ${v.validFrom}` : ''}${v.supersededBy ? `; set aside by a ${v.supersededBy}` : ''}. ${v.status ?? ''}`.trim() };
  }
  const window = `promotional price from ${v.validFrom ?? '(start not stated)'}, known to hold at least through ${v.validThroughAtLeast ?? '(end not stated)'}`;
  if (v.validThroughAtLeast && today > v.validThroughAtLeast) {
    return { tone: 'warn', text: `This is a ${window}. That date has passed: the price may have changed; check the list price.` };
  }
  return { tone: 'info', text: `This is a ${window}.` };
}

/** Legacy models are marked; an end-of-life model gets a warning when priced. */
export function lifecycleNotice(model: CatalogModel): Notice | null {
  const l = model.lifecycle;
  switch (l.status) {
    case 'end-of-life':
      return { tone: 'danger', text: `${model.name} reached end of life on Bedrock${l.endOfLifeDate ? ` on ${l.endOfLifeDate}` : ''}: it can no longer be invoked. These prices are kept for the record.` };
    case 'legacy':
      return { tone: 'warn', text: `${model.name} is a legacy model${l.legacyDate ? ` since ${l.legacyDate}` : ''}; AWS will retire it${l.endOfLifeDate ? ` on ${l.endOfLifeDate}` : ' (date not published)'}.` };
    case 'preview':
      return { tone: 'info', text: `${model.name} is in preview; its price may change.` };
    case 'availability-unconfirmed':
      return { tone: 'warn', text: `${model.name}: availability on Bedrock is not confirmed (${l.basis}).` };
    default:
      return null;
  }
}
