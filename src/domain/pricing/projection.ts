/** AWS bills and quotes monthly figures on 730 hours (8,760 h / 12). */
export const HOURS_PER_MONTH = 730;
export const HOURS_PER_YEAR = 8760;

export type Projection = { perRequest: number; perDay: number; perMonth: number; perYear: number };

export function project(costPerRequest: number, requestsPerDay: number): Projection {
  const perDay = costPerRequest * requestsPerDay;
  const perHour = perDay / 24;
  return { perRequest: costPerRequest, perDay, perMonth: perHour * HOURS_PER_MONTH, perYear: perHour * HOURS_PER_YEAR };
}
