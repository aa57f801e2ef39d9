import { test, expect } from './fixtures.ts';

// Runs are CPU-bound in the worker; on a busy 2-core CI machine they take several times longer.
test.describe.configure({ timeout: 180_000 });

test('operations presets run and show what they teach: canary rollback, blue-green switch, batch in the night, predictive schedule; the link round-trips', async ({ page }) => {
  // Canary: the bad version is rolled back at its first step; the SLA card and the alarm list are there.
  await page.goto('/simulate?preset=canary-bad-version&speed=max');
  await expect(page.getByTestId('ops-rollout-phase')).toContainText('Rolled back', { timeout: 60_000 });
  await expect(page.getByTestId('ops-rollout')).toContainText('not AWS’s documented practice');
  await expect(page.getByTestId('ops-availability')).toContainText('99.9 % monthly uptime per Region');
  await expect(page.getByTestId('ops-alarm')).toHaveCount(3);
  // The link carries the rollout: reopening it runs the same scenario.
  expect(page.url()).toContain('ro=canary');
  expect(page.url()).toContain('roErr=5');
  await page.reload();
  await expect(page.getByTestId('ops-rollout-phase')).toContainText('Rolled back', { timeout: 60_000 });

  // Blue-green: the switch, then the old fleet drains once the bake is over.
  await page.goto('/simulate?preset=blue-green-switch&speed=max');
  await expect(page.getByTestId('ops-rollout-phase')).toContainText('Complete', { timeout: 60_000 });
  await expect(page.getByTestId('ops-rollout')).toContainText('Switched all traffic to the green fleet');

  // Batch: the job finishes in the morning, within its 24 h window.
  await page.goto('/simulate?preset=batch-fills-the-night&speed=max');
  await expect(page.getByTestId('ops-batch-status')).toContainText('within its window', { timeout: 150_000 });

  // Reactive vs predictive: two runs side by side, the second with the schedule.
  await page.goto('/simulate?preset=reactive-vs-predictive&speed=max');
  await expect(page.getByTestId('ops-availability')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.getByTestId('ops-panels')).toContainText('reactive + predictive scaling');
});
