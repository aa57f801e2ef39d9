/**
 * A number as `n.toLocaleString('en-US')` writes it (1,234.568), from one formatter made once:
 * toLocaleString builds a new ICU formatter on every call, which on a slow laptop made drawing the
 * page's few hundred figures one long task.
 */
const EN_US = new Intl.NumberFormat('en-US');

export function enUs(n: number): string {
  return EN_US.format(n);
}
