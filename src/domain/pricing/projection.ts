import { exact, toNumber, type Exact } from './exact.ts';

/** AWS bills and quotes monthly figures on 730 hours (8,760 h / 12). */
export const HOURS_PER_MONTH = 730;
export const HOURS_PER_YEAR = 8760;

export type Projection = { perRequest: number; perDay: number; perMonth: number; perYear: number };

/** Per day = per request × requests; per month = per day ÷ 24 × 730; per year = per day ÷ 24 × 8,760 (exact decimals). */
export function project(costPerRequest: number | Exact, requestsPerDay: number): Projection {
  const perRequest = exact(costPerRequest);
  const perDay = perRequest.times(requestsPerDay);
  const perHour = perDay.div(24);
  return {
    perRequest: toNumber(perRequest),
    perDay: toNumber(perDay),
    perMonth: toNumber(perHour.times(HOURS_PER_MONTH)),
    perYear: toNumber(perHour.times(HOURS_PER_YEAR)),
  };
}
