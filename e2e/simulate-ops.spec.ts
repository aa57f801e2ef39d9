import { test, expect, expectRunFinished } from './fixtures.ts';

// Runs are CPU-bound in the worker; on a busy 2-core CI machine they take several times longer.
test.describe.configure({ timeout: 180_000 });

// One test per preset, so each run has its own time budget and the two e2e workers share them out.
test('canary: a bad model version is rolled back at its first step; the SLA card and alarms show; the link round-trips', async ({ page }) => {
  // Canary: the bad version is rolled back at its first step; the SLA card and the alarm list are there.
  await page.goto('/simulate?preset=canary-bad-version&speed=max');
  await expect(page.getByTestId('ops-rollout-phase')).toContainText('Rolled back', { timeout: 60_000 });
  await expect(page.getByTestId('ops-rollout')).toContainText('not AWS’s documented practice');
  await expect(page.getByTestId('ops-availability')).toContainText('99.9 % monthly uptime per Region');
  await expect(page.getByTestId('ops-alarm')).toHaveCount(3);
  // The error rate's small values still give distinct axis labels (they once read 0.1, 0.1, 0.1, 0, 0, 0).
  await expectRunFinished(page, 60_000);
  const yLabels = await page.getByTestId('chart-errors').locator('svg[role="img"] text[text-anchor="end"]').allTextContents();
  expect(yLabels.length).toBeGreaterThan(2);
  expect(new Set(yLabels).size, yLabels.join(' | ')).toBe(yLabels.length);
  // The link carries the rollout: reopening it runs the same scenario.
  expect(page.url()).toContain('ro=canary');
  expect(page.url()).toContain('roErr=5');
  await page.reload();
  await expect(page.getByTestId('ops-rollout-phase')).toContainText('Rolled back', { timeout: 60_000 });
});

test('blue-green: the switch, then the old fleet drains once the bake is over', async ({ page }) => {
  // Blue-green: the switch, then the old fleet drains once the bake is over.
  await page.goto('/simulate?preset=blue-green-switch&speed=max');
  await expect(page.getByTestId('ops-rollout-phase')).toContainText('Complete', { timeout: 60_000 });
  await expect(page.getByTestId('ops-rollout')).toContainText('Switched all traffic to the green fleet');
});

test('batch fills the night: the job finishes within its window; an unpriced model says so', async ({ page }) => {
  // Batch: the job finishes in the morning, within its 24 h window; the default model has no published batch price, and the card says so.
  await page.goto('/simulate?preset=batch-fills-the-night&speed=max');
  await expect(page.getByTestId('ops-batch-status')).toContainText('within its window', { timeout: 150_000 });
  await expect(page.getByTestId('ops-batch-price')).toHaveText('Not priced: No Batch price is published for Claude Sonnet 4.6 in our sources.');
});

test('reactive vs predictive scaling: reactive loses the surge and owes a credit, the schedule does not', async ({ page }) => {
  // Reactive vs predictive: reactive scaling loses the surge (below the SLA, a credit), the schedule does not.
  await page.goto('/simulate?preset=reactive-vs-predictive&speed=max');
  await expectRunFinished(page, 150_000);
  await expect(page.getByTestId('ops-panels')).toContainText('reactive + predictive scaling');
  const credits = page.getByTestId('ops-credit');
  await expect(credits.nth(0)).toContainText('Service credit: 25 %');
  await expect(credits.nth(1)).toHaveText('No service credit');
});

test('Regions: a global profile absorbs a regional spike that in-Region routing cannot', async ({ page }) => {
  await page.goto('/simulate?preset=global-profile-regional-spike&speed=max');
  await expectRunFinished(page, 150_000);
  const [inRegion, viaProfile] = [page.getByTestId('ops-regions').nth(0), page.getByTestId('ops-regions').nth(1)];
  await expect(inRegion).toContainText('in-Region only');
  await expect(viaProfile).toContainText('via the global. profile');
  // In-Region: only us-east-1 serves us, and it falls below the SLA; via the profile every Region serves and none fails.
  const routed = (table: typeof inRegion, i: number) => table.getByTestId('ops-region-routed').nth(i);
  await expect(routed(inRegion, 1)).toHaveText('0 routed');
  await expect(routed(inRegion, 2)).toHaveText('0 routed');
  await expect(inRegion.getByTestId('ops-region-availability').first()).toHaveText(/^9\d\.\d{3} %$/);
  for (const i of [0, 1, 2]) await expect(routed(viaProfile, i)).not.toHaveText('0 routed');
  await expect(viaProfile.getByTestId('ops-region-availability')).toHaveText(['100.000 %', '100.000 %', '100.000 %']);
});

test('Region outage: the traffic moves, that Region’s availability and credit show it; the link round-trips', async ({ page }) => {
  // Region outage: us-east-2 spills everything while it is down, and its own availability drops below 99.9 %.
  await page.goto('/simulate?preset=region-outage&speed=max');
  await expectRunFinished(page, 150_000);
  const east2 = page.getByTestId('ops-region-row').nth(1);
  await expect(east2).toContainText('us-east-2');
  const spilled = (await east2.getByTestId('ops-region-spilled').textContent()) ?? '';
  expect(spilled).toMatch(/^0 \/ [1-9][\d,]{4,}$/);
  await expect(east2.getByTestId('ops-region-availability')).toHaveText(/^9\d\.\d{3} %$/);
  // The SLA is per Region: the card names us-east-2's credit, not only the availability over all requests.
  await expect(page.getByTestId('ops-credit')).toContainText(/us-east-2 at 9\d\.\d+ % is below 99\.9 %, a \d+ % credit/);
  // The link carries the Regions and the outage: reopening it gives the same run.
  expect(page.url()).toContain('rg=us-east-1%2Cus-east-2%2Cus-west-2');
  expect(page.url()).toContain('rgOut=2');
  await page.reload();
  await expectRunFinished(page, 150_000);
  await expect(page.getByTestId('ops-region-row').nth(1).getByTestId('ops-region-spilled')).toHaveText(spilled);
});
