import AxeBuilder from '@axe-core/playwright';
import { test, expect, useTheme } from './fixtures.ts';
import { VALIDATION_POINTS } from '../src/domain/validation/validation-points.ts';
import { KNOWN_THROUGHPUT_MISSES, KNOWN_TPOT_MISSES, KNOWN_TTFT_MISSES } from '../src/domain/validation/known-misses.ts';

test('/validation lists every published point, with the summary and the scatter', async ({ page }) => {
  await page.goto('/validation');
  await expect(page.getByRole('heading', { level: 1, name: 'Validation' })).toBeVisible();
  const rows = page.getByTestId('validation-table').locator('tbody tr');
  await expect(rows).toHaveCount(VALIDATION_POINTS.length);
  for (const p of VALIDATION_POINTS) await expect(page.locator(`tr[data-point-id="${p.id}"]`)).toHaveCount(1);
  const summary = page.getByTestId('validation-summary');
  for (const kind of ['trtllm-in-sample', 'trtllm-held-out', 'mlperf-in-sample', 'mlperf-held-out', 'mlperf-out-of-sample', 'mlperf-all'])
    await expect(summary.locator(`[data-summary="${kind}"]`)).toHaveCount(1);
  await expect(summary).toContainText('Median error');
  await expect(page.getByTestId('validation-latency-summary')).toContainText('Latency at the published load');
  await expect(page.locator('tr[data-point-id="o1-server"] [data-engine-latency]').first()).toContainText('TTFT');
  const scored = VALIDATION_POINTS.filter((p) => !p.notScored && p.inputTokens !== null).length;
  await expect(page.locator('[data-tour="validation-scatter"] [data-point]')).toHaveCount(scored);
  await expect(page.getByRole('link', { name: 'Validation' })).toHaveAttribute('aria-current', 'page');
  // A row outside the band says why, beside the row; a row within it says nothing of the kind.
  for (const id of Object.keys(KNOWN_THROUGHPUT_MISSES)) await expect(page.locator(`[data-miss-reason="${id}"]`)).toContainText('Throughput miss:');
  await expect(page.locator('[data-miss-reason="m6"]')).toContainText('v5.0 run');
  await expect(page.locator('[data-miss-reason="v51-8b-offline"]')).toHaveCount(0);
  await expect(page.locator('[data-miss-reason="v51-r1-server"]')).toHaveCount(0);
  await expect(page.locator('[data-miss-reason="m4"]')).toHaveCount(0);
  for (const id of new Set([...Object.keys(KNOWN_TTFT_MISSES), ...Object.keys(KNOWN_TPOT_MISSES)]))
    await expect(page.locator(`[data-latency-miss-reason="${id}"]`)).toContainText('Latency miss:');
  await expect(page.locator('[data-latency-miss-reason="v51-405-server"]')).toHaveCount(0);
});

test('the accelerator filter is in the link and a copied link reproduces it', async ({ page }) => {
  await page.goto('/validation');
  await page.getByRole('radio', { name: 'B200', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'B200', exact: true })).toBeChecked();
  await expect(page).toHaveURL(/part=b200/);
  const b200 = VALIDATION_POINTS.filter((p) => p.accelerator === 'b200').length;
  await expect(page.getByTestId('validation-table').locator('tbody tr')).toHaveCount(b200);
  await page.goto('/validation?part=b200');
  await expect(page.getByTestId('validation-table').locator('tbody tr')).toHaveCount(b200);
  await page.goto('/validation?part=__proto__');
  await expect(page.getByTestId('ignored-params')).toContainText('part');
  await expect(page.getByTestId('validation-table').locator('tbody tr')).toHaveCount(VALIDATION_POINTS.length);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /validation (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto('/validation');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-tour="validation-scatter"] [data-point]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
