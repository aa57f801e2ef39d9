import Big from 'big.js';

/**
 * Exact decimal arithmetic for money. Published prices are decimals ($0.00875, $0.546875); binary
 * floats would show $0.017499999999999998 where the sum is $0.0175. Every cost is computed with
 * big.js from the decimal text of each input and turned into a number only at the end, so the
 * number is the shortest float that prints as the exact decimal.
 */
export type Exact = Big;

export function exact(n: number | string | Big): Big {
  return n instanceof Big ? n : new Big(n);
}

/** tokens × USD per 1M tokens, exactly. */
export function tokenCost(tokens: number | Big, pricePer1M: number | Big): Big {
  return exact(tokens).times(exact(pricePer1M)).div(1_000_000);
}

export function sum(values: readonly Big[]): Big {
  return values.reduce((a, b) => a.plus(b), new Big(0));
}

export function toNumber(value: Big): number {
  return Number(value.toString());
}
