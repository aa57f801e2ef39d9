/**
 * Exact decimal scaling for prices. Sources publish USD per token (LiteLLM), per 1K tokens (the AWS
 * Price List's AmazonBedrock offer) or per 1M tokens; the catalog stores per 1M. Multiplying a float
 * by 1e6 drifts (8.75e-9 * 1e6 = 0.008750000000000001), so the decimal text is shifted instead, as
 * a scaled integer (BigInt digits and a power of ten), and read back once.
 */

/** A decimal as published: digits × 10^-scale. */
interface ScaledDecimal {
  digits: bigint;
  scale: number;
}

const DECIMAL_TEXT = /^(\d{1,30})(?:\.(\d{1,30}))?(?:[eE]([+-]?\d{1,3}))?$/;

/** Reads "0.0000087500", "1.375e-06" or "25" exactly; null for anything else (signs, NaN, Infinity, hex, spaces). */
export function parseDecimalText(text: string): ScaledDecimal | null {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return null;
  const whole = m[1]!;
  const fraction = m[2] ?? '';
  const exponent = m[3] === undefined ? 0 : Number.parseInt(m[3], 10);
  return { digits: BigInt(whole + fraction), scale: fraction.length - exponent };
}

/** The shortest text that reads back as this number: JSON and YAML numbers are published decimals. */
export function numberText(value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return null;
  return String(value);
}

function toPlainText(d: ScaledDecimal): string {
  if (d.digits === 0n) return '0';
  if (d.scale <= 0) return (d.digits * 10n ** BigInt(-d.scale)).toString();
  const raw = d.digits.toString().padStart(d.scale + 1, '0');
  const whole = raw.slice(0, raw.length - d.scale);
  const fraction = raw.slice(raw.length - d.scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * The published value times 10^power, as plain decimal text ("0.00875"), or null when the input
 * is not a non-negative decimal. Exact: no binary floating point is involved.
 */
export function shiftDecimal(value: string | number, power: number): string | null {
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  if (text === null) return null;
  const parsed = parseDecimalText(text);
  if (!parsed) return null;
  return toPlainText({ digits: parsed.digits, scale: parsed.scale - power });
}

/** USD per 1M tokens from a price per `unitTokens` tokens (1 for per-token, 1000 for per-1K, 1e6 as is). */
export function toPer1M(value: string | number, unitTokens: 1 | 1_000 | 1_000_000): number | null {
  const power = unitTokens === 1 ? 6 : unitTokens === 1_000 ? 3 : 0;
  const text = shiftDecimal(value, power);
  if (text === null) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
