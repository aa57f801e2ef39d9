import Big from 'big.js';

/**
 * Exact decimal scaling for prices. Sources publish USD per token (LiteLLM), per 1K tokens (the AWS
 * Price List's AmazonBedrock offer) or per 1M tokens; the catalog stores per 1M. Multiplying a float
 * by 1e6 drifts (1.32e-5 * 1e6 = 13.200000000000001), so the published decimal text is scaled with
 * big.js (the decimal library src/domain/pricing/exact.ts uses) and read back once.
 */

/** A non-negative decimal as sources write it: "0.0000087500", "1.375e-06", "25". No sign, hex, NaN or Infinity. */
const DECIMAL_TEXT = /^\d{1,30}(?:\.\d{1,30})?(?:[eE][+-]?\d{1,3})?$/;

/** The published value as an exact decimal, or null when it is not a non-negative decimal. */
export function parseDecimalText(text: string): Big | null {
  return DECIMAL_TEXT.test(text) ? new Big(text) : null;
}

/** The shortest text that reads back as this number: JSON and YAML numbers are published decimals. */
function numberText(value: number): string | null {
  return Number.isFinite(value) && value >= 0 ? String(value) : null;
}

/** The published value times 10^power as plain decimal text ("0.00875"), or null when it is not a non-negative decimal. */
export function shiftDecimal(value: string | number, power: number): string | null {
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const parsed = text === null ? null : parseDecimalText(text);
  return parsed === null ? null : parsed.times(new Big(10).pow(power)).toFixed();
}

/** USD per 1M tokens from a price per `unitTokens` tokens (1 for per-token, 1000 for per-1K, 1e6 as is). */
export function toPer1M(value: string | number, unitTokens: 1 | 1_000 | 1_000_000): number | null {
  const text = shiftDecimal(value, unitTokens === 1 ? 6 : unitTokens === 1_000 ? 3 : 0);
  if (text === null) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * USD per hour from LiteLLM's USD per second, to the cent. LiteLLM stores hourly prices divided by
 * 3600 and rounded (Command's $23.77 / h is 0.0066027 / s); × 3600 gives 23.76972, so the product is
 * rounded half-up to the cent in which hourly prices are published.
 */
export function perSecondToPerHour(value: number): number | null {
  const text = numberText(value);
  const parsed = text === null ? null : parseDecimalText(text);
  return parsed === null ? null : Number(parsed.times(3600).round(2, Big.roundHalfUp).toFixed());
}
