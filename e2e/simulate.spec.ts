import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectRunFinished, useTheme } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function fastest(page: Page) {
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'As fast as possible' });
}

/**
 * Picks a preset and waits until its own run has started. Without the wait, the previous preset's
 * "Finished" can still be on screen for a moment after the click (the route updates in a transition),
 * and a test that then waits for "Finished" would read the old run's status and export a half-run.
 */
async function choosePreset(page: Page, name: string) {
  await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', /^(waiting|starting|running)$/);
}

/** Which run the status line is about (it changes when a new run starts). */
async function runOf(page: Page): Promise<string> {
  return (await page.getByTestId('run-status').getAttribute('data-run')) ?? '';
}

/** The run started after `before` (a settings change other than a preset) has finished, not the previous one. */
async function newRunFinished(page: Page, before: string, timeout = 45_000) {
  await expect(page.getByTestId('run-status')).not.toHaveAttribute('data-run', before, { timeout });
  await expectRunFinished(page, timeout);
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

function column(csv: string, name: string): number[] {
  const [header, ...rows] = csv
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('#'));
  const i = header!.split(',').indexOf(name);
  expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
  return rows.map((r) => Number(r.split(',')[i]));
}

// Runs are CPU-bound in the worker; on a busy 2-core CI machine they take several times longer.
test.describe.configure({ timeout: 90_000 });

// The training presets are split over three tests so each has its own time budget on a busy CI machine.
test('the training presets run and draw their charts; two runs show side by side', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/simulate');

  for (const name of ['Steady day', 'Launch spike', 'Retry storm', 'Provisioned vs on-demand at the same load']) {
    await choosePreset(page, name);
    await expect(page.getByTestId('preset-explanation').filter({ visible: true })).toContainText(`${name}: what to watch`);
    await fastest(page);
    for (const id of ['requests', 'queue', 'replicas', 'utilization', 'latency', 'cost']) {
      await expect(page.getByTestId(`chart-${id}`)).toBeVisible();
      // Scrolled to, as a reader would: while a run plays, a chart out of sight redraws only on its turn.
      await page.getByTestId(`chart-${id}`).scrollIntoViewIfNeeded();
      // A drawn line: a path with many points.
      await expect(page.getByTestId(`chart-${id}`).locator('svg[role="img"] path[fill="none"]').first()).toHaveAttribute('d', /^M[\d.,]+(L[\d.,-]+){20}/);
    }
    await expect(page.getByTestId('summary-ttft-0')).toContainText(/\d m?s/);
  }
  // Two runs side by side: B's numbers appear beside A's.
  await expect(page.getByTestId('summary-cost-1')).toContainText('$');
  await expect(page.getByRole('button', { name: /B: Provisioned, 4 model units/ })).toBeVisible();
});

test('throttling shows as 429s with Bedrock’s price beside the cost; overload is shed with 503s and 408s', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/simulate');
  await choosePreset(page, 'Throttled on default quota');
  await fastest(page);
  await expectRunFinished(page);
  const throttle = Number((await page.getByTestId('summary-throttle-0').textContent())!.replace(/[^\d.]/g, ''));
  expect(throttle).toBeGreaterThan(5);
  await expect(page.getByTestId('chart-requests')).toContainText('throttled (429)');
  // Failures by exception name; 429s at the gateway; Bedrock's price beside the servers' cost.
  await expect(page.getByTestId('summary-failures-0')).toContainText('429 ThrottlingException');
  await expect(page.getByTestId('fleet-view-0').locator('[data-refusal="429"]')).not.toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('summary-cost-beside')).toContainText(/Bedrock on-demand, same tokens\s*\$[\d.]+ per 1M/);

  // Overload is shed with 503s and 408s (drawn apart from 429s), not an endless queue.
  await choosePreset(page, 'Overloaded, no autoscaling');
  await fastest(page);
  await expectRunFinished(page);
  await expect(page.getByTestId('fleet-view-0').locator('[data-refusal="503"]')).not.toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('fleet-view-0').locator('[data-refusal="408"]')).not.toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('chart-errors')).toContainText('503 ServiceUnavailableException');
  await expect(page.getByTestId('chart-errors')).toContainText('408 ModelTimeoutException');
  await expect(page.getByTestId('summary-failures-0')).toContainText('ServiceUnavailableException');
});

test('an AZ outage takes servers down and back (CSV export); M/M/c matches Erlang C', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/simulate');
  await choosePreset(page, 'AZ outage');
  await fastest(page);
  await expectRunFinished(page);
  await expect(page.getByTestId('fleet-view-0').locator('[data-zone="a"]')).toHaveAttribute('data-up', 'false');
  const csv = await downloadText(page, 'Export CSV');
  // The file opens with its context; every column says its unit.
  expect(csv.split('\n')[0]).toMatch(/^# Bedrock Explorer .*, \/simulate, exported \d{4}-/);
  expect(csv).toMatch(/^# link: http.*\/simulate\?.*outage=1/m);
  expect(csv).toMatch(/^timeSeconds,arrivalsPerSecond,.*gpuUtilizationPercent.*meanTtftSeconds/m);
  const time = column(csv, 'timeSeconds');
  const ready = column(csv, 'serversReady');
  expect(ready.length).toBeGreaterThan(100);
  const before = ready[time.findIndex((t) => t >= 1100)]!;
  const after = ready.filter((_, i) => time[i]! >= 1200 && time[i]! < 1300);
  expect(Math.min(...after)).toBeLessThan(before);
  expect(ready.at(-1)!).toBeGreaterThanOrEqual(before);

  await choosePreset(page, 'M/M/c vs Erlang C');
  await fastest(page);
  await expectRunFinished(page);
  await expect(page.getByTestId('exact-waitProbability')).toHaveText('0.6353');
  const simulated = Number(await page.getByTestId('sim-waitProbability').textContent());
  expect(Math.abs(simulated - 0.6353)).toBeLessThan(0.03);
  await expect(page.getByTestId('chart-mmc-waitProbability')).toContainText('simulated');
});

test('pause, resume, cancel and restart', async ({ page }) => {
  await page.goto('/simulate?preset=steady-day&rate=40&speed=60');
  const status = page.getByTestId('run-status');
  const clock = page.getByTestId('sim-clock');
  await expect(status).toHaveText('Running');
  await expect(page.getByTestId('request-dots')).toHaveAttribute('data-dots', /[1-9]/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status).toHaveText('Paused');
  const paused = await clock.textContent();
  await page.waitForTimeout(700);
  await expect(clock).toHaveText(paused!);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(status).toHaveText('Running');
  await expect(clock).not.toHaveText(paused!);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveText('Stopped');
  await expect(page.getByTestId('chart-requests')).toBeVisible();
  // Hover read-out on the shared time axis: every chart shows the same moment.
  await page.getByTestId('chart-queue').locator('svg[role="img"]').hover({ position: { x: 200, y: 80 } });
  await expect(page.getByTestId('chart-readout')).toHaveCount(await page.locator('figure[data-testid^="chart-"]').count());
  await expect(page.getByTestId('chart-queue').getByTestId('chart-readout')).toContainText('t = ');
  // Restart runs again from time zero (it used to rewind and pause).
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(status).toHaveText('Running');
  await expect(clock).toHaveText(/^\d:\d\d \//);
  // Reduced motion: no moving dots, the picture shows each update's end state.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(page.getByText('dots off: reduced motion')).toBeVisible();
});

test('bad settings show a message beside the field; a refused scenario keeps the previous results', async ({ page }) => {
  await page.goto('/simulate?speed=max&dur=600&max=5');
  await expectRunFinished(page);
  const cost = await page.getByTestId('summary-cost-0').textContent();

  await page.locator('summary', { hasText: 'Autoscaling' }).click();
  await page.getByLabel('Min servers').fill('10');
  await expect(page.getByTestId('error-min')).toHaveText('Minimum servers (10) is above the maximum (5).');
  await expect(page.getByTestId('settings-invalid')).toBeVisible();
  await expect(page.getByTestId('summary-cost-0')).toHaveText(cost!);
  await page.getByLabel('Max servers').fill('64');
  await expect(page.getByTestId('error-min')).toHaveCount(0);

  await page.getByLabel('Requests per second', { exact: true }).fill('-5');
  await expect(page.getByRole('alert').filter({ hasText: 'Must not be negative.' })).toBeVisible();

  await page.getByLabel('Traffic pattern').selectOption({ label: 'Uploaded trace (CSV)' });
  await page.getByLabel('Trace file').setInputFiles({ name: 'trace.csv', mimeType: 'text/csv', buffer: Buffer.from('timestamp,input_tokens,output_tokens\n0,100,20\n1,abc,5\n') });
  await expect(page.getByTestId('error-trace')).toContainText('line 3');
  await page.getByLabel('Trace file').setInputFiles({ name: 'trace.csv', mimeType: 'text/csv', buffer: Buffer.from('0,100,20\n0.5,200,40\n2,300,10\n') });
  await expect(page.getByTestId('error-trace')).toHaveCount(0);
  await expectRunFinished(page);

  // A server the model does not fit on is refused beside the accelerator, with the numbers; the last results stay.
  await page.locator('summary', { hasText: 'Model and hardware' }).click();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Llama 3.1 405B Instruct' });
  await page.getByLabel('GPUs per server').selectOption({ label: '1 GPU' });
  await expect(page.getByTestId('error-accel')).toContainText(/does not fit on 1 × .*: weights [\d.]+ GB/);
  await expect(page.getByTestId('summary-cost-0')).toBeVisible();
  await expect(page.getByTestId('chart-requests')).toBeVisible();

  await page.getByLabel('System to simulate').selectOption({ label: 'M/M/c queue (validation)' });
  await page.getByLabel('Servers (c)').fill('0');
  await expect(page.getByRole('alert').filter({ hasText: 'Must be at least 1.' })).toBeVisible();
});

test('a link restores the scenario, and the JSON export carries it', async ({ page, context }) => {
  await page.goto('/simulate?speed=max&dur=900');
  await page.getByLabel('Requests per second', { exact: true }).fill('33');
  await page.locator('summary', { hasText: 'Load balancer and zones' }).click();
  await page.getByLabel('Routing policy', { exact: true }).selectOption({ label: 'Round robin' });
  await page.locator('summary', { hasText: 'Faults' }).click();
  await page.getByLabel('Availability-zone outage').click();
  await expect(page.getByLabel('Availability-zone outage')).toBeChecked();
  await page.getByLabel('At', { exact: true }).fill('300');
  await expect(page).toHaveURL(/rate=33/);
  await expect(page).toHaveURL(/lb=round-robin/);
  await expectRunFinished(page);
  const json = JSON.parse(await downloadText(page, 'Export JSON'));
  expect(json.runs[0].scenario).toMatchObject({ durationSeconds: 900, workload: { arrivalRate: 33 }, fleet: { loadBalancer: 'round-robin' }, faults: [{ az: 0, atSeconds: 300 }] });
  const summary = await page.getByTestId('summary-ttft-0').textContent();
  const svg = await downloadText(page, 'Download the Servers ready and booting chart as SVG');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Servers');
  // The image carries its caption: the scenario and where it came from.
  expect(svg).toContain('33 req/s');
  expect(svg).toMatch(/Bedrock Explorer [^<]* · exported \d{4}-\d\d-\d\d/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Server cost per hour chart as PNG' }).click()]);
  expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByLabel('Requests per second', { exact: true })).toHaveValue('33');
  await second.locator('summary', { hasText: 'Load balancer and zones' }).click();
  await expect(second.getByLabel('Routing policy', { exact: true })).toHaveValue('round-robin');
  await second.locator('summary', { hasText: 'Faults' }).click();
  await expect(second.getByLabel('At', { exact: true })).toHaveValue('300');
  await expectRunFinished(second);
  // Same scenario and seed, same results.
  await expect(second.getByTestId('summary-ttft-0')).toHaveText(summary!);

  const bad = await context.newPage();
  await bad.goto('/simulate?rate=-3&lb=random&speed=max');
  await expect(bad.getByTestId('ignored-params')).toContainText('rate=-3');
  await expect(bad.getByTestId('ignored-params')).toContainText('lb=random');
});

test('Run after Finished runs the scenario again from zero', async ({ page }) => {
  await page.goto('/simulate?dur=600&speed=max');
  const status = page.getByTestId('run-status');
  await expectRunFinished(page);
  // Slow down (a speed change does not restart), then Run: a new run from time zero, charts kept meanwhile.
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: '10×' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toHaveText('Running');
  await expect(page.getByTestId('sim-clock')).toHaveText(/^[0-4]:\d\d \/ 10:00/);
  await expect(page.getByTestId('chart-requests')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveText('Stopped');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toHaveText('Running');
});

test('a preset link runs its preset; an unknown preset is reported; an invalid link says which field is wrong', async ({ page }) => {
  await page.goto('/simulate?preset=launch-spike&speed=max');
  await expect(page.getByRole('button', { name: 'Launch spike', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // The preset's settings are written out, so a later edit keeps them.
  await expect(page).toHaveURL(/pattern=spike/);
  await expectRunFinished(page);
  const throttle = Number((await page.getByTestId('summary-throttle-0').textContent())!.replace(/[^\d.]/g, ''));
  expect(throttle).toBeGreaterThan(0);

  await page.goto('/simulate?preset=no-such-preset&rate=7&speed=max');
  await expect(page.getByTestId('ignored-params')).toContainText('preset=no-such-preset');
  await expect(page.getByLabel('Requests per second', { exact: true })).toHaveValue('7');

  await page.goto('/simulate?min=10&max=5');
  await expect(page.getByTestId('settings-invalid')).toContainText('Min servers: Minimum servers (10) is above the maximum (5).');
  await expect(page.getByTestId('fleet-placeholder')).toHaveText('Nothing to run until the settings listed above are fixed.');
  await expect(page.getByLabel('Min servers')).toBeFocused();
  await page.getByLabel('Min servers').fill('2');
  await expect(page.getByTestId('settings-invalid')).toHaveCount(0);
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  await expect(page.getByTestId('request-dots')).toBeAttached();
});

test('the model is a catalog model; a server it does not fit on is refused with the numbers', async ({ page }) => {
  await page.goto('/simulate?model=llama-3-1-405b-instruct&accel=l4&gpus=1&precision=bf16');
  await expect(page.getByTestId('error-accel')).toContainText(/Llama 3\.1 405B does not fit on 1 × NVIDIA L4 24 GB: weights [\d.]+ GB \(BF16\)/);
  await expect(page.getByTestId('fleet-placeholder')).toHaveText('Nothing to run until the settings listed above are fixed.');
  await expect(page.getByLabel('Accelerator', { exact: true })).toBeFocused();
  // Picking an accelerator sets the GPU price to its sourced EC2 price (p5en.48xlarge $63.296 ÷ 8; p5.48xlarge $55.04 ÷ 8).
  await page.getByLabel('Accelerator', { exact: true }).selectOption('h200');
  await expect(page.getByLabel('GPU price', { exact: true })).toHaveValue('7.91');
  await page.getByLabel('Accelerator', { exact: true }).selectOption('h100-sxm');
  await expect(page.getByLabel('GPU price', { exact: true })).toHaveValue('6.88');
  await page.getByLabel('GPUs per server', { exact: true }).selectOption('8');
  await page.getByLabel('Weights', { exact: true }).selectOption('fp8');
  await expect(page.getByTestId('error-accel')).toHaveCount(0);
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('llama-3-1-405b-instruct');
});

test('an uploaded trace stays in the browser: the link carries a fingerprint; 200,000 lines run', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('/simulate?dur=600');
  await page.getByLabel('Traffic pattern').selectOption({ label: 'Uploaded trace (CSV)' });
  const lines = ['timestamp,input_tokens,output_tokens'];
  for (let i = 0; i < 200_000; i++) lines.push(`${(i * 0.003).toFixed(3)},${200 + (i % 50)},${20 + (i % 7)}`);
  await page.getByLabel('Trace file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(page).toHaveURL(/[?&]trace=[0-9a-f]{12}(&|$)/);
  expect(page.url().length).toBeLessThan(300);
  // The note comes from the upload itself, not from the page's re-render with the new link (a router
  // transition that the previous run's frames can hold back for seconds on a busy machine).
  await expect(page.getByTestId('trace-note')).toContainText('does not carry it');
  await expect(page.getByText('Loaded: 200,001 lines.')).toBeVisible();
  await expect(page.getByTestId('error-trace')).toHaveCount(0);
  await expect(page.getByTestId('run-status')).toHaveText(/Running|Finished/, { timeout: 60_000 });
  // A reload finds the trace in this browser's storage.
  await page.reload();
  await expect(page.getByTestId('run-status')).toHaveText(/Running|Finished/, { timeout: 60_000 });
  await expect(page.getByTestId('error-trace')).toHaveCount(0);
  // Another browser profile has no copy: the link says to upload the same file.
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(page.url());
  await expect(elsewhere.getByTestId('error-trace')).toContainText('Upload the same file');
  await expect(elsewhere.getByTestId('settings-invalid')).toContainText('Trace file');
  await other.close();
});

test('the quota planner reproduces AWS’s example by its labels, keeps it in the link, and simulates it', async ({ page }) => {
  await page.goto('/simulate?dur=600');
  const planner = page.getByTestId('quota-planner');
  await planner.getByText('What quota do I need?').click();
  await planner.getByLabel('Model').selectOption({ label: 'Claude Sonnet 4.6' });
  await planner.getByLabel('Current quota').fill('2000000');
  await planner.getByLabel('Peak requests per minute').fill('1000');
  await planner.getByLabel('Input tokens per request').fill('500');
  await planner.getByLabel('Output tokens per request').fill('300');
  await planner.getByLabel('Max tokens').fill('1000');
  await expect(planner.getByTestId('planner-inflight')).toContainText('Requests in flight the quota admits1,333');
  await expect(planner.getByTestId('planner-lines')).toContainText('2,000,000 TPM ÷ 1,500 reserved = 1,333.3 → 1,333');
  await expect(planner).toContainText('about a minute');
  // max_tokens unset: the SDK reserves the model's 64,000 maximum → 31 in flight.
  await planner.getByLabel('Max tokens').fill('0');
  await expect(planner.getByTestId('planner-inflight')).toContainText('31');
  await expect(page).toHaveURL(/qMaxTok=0/);
  await page.reload();
  await expect(page.getByTestId('quota-planner').getByTestId('planner-inflight')).toContainText('31');
  const tpm = (await page.getByTestId('planner-tpm').locator('dd').first().textContent())!.replace(/,/g, '');
  await page.getByRole('button', { name: 'Simulate this' }).click();
  await expect(page).toHaveURL(new RegExp(`tpm=${tpm}`));
  await expect(page.getByLabel('Requests per second', { exact: true })).toHaveValue(/^16\.6/);
  await expect(page.getByTestId('run-status')).toHaveText(/Starting…|Running|Finished/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`looks finished at 1024×768 and 1280×800 (${theme})`, async ({ page }, info) => {
    await useTheme(page, theme);
    for (const [width, height] of [
      [1024, 768],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/simulate?preset=launch-spike&dur=1800&pattern=spike&rate=40&spikeX=4&tpm=10000000&retry=1&speed=max');
      await expectRunFinished(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`simulate-${width}x${height}-${theme}.png`), fullPage: true });
    }
  });
}

test('choosing B200 changes the simulator’s figures: the server, its decode speed, its price and the run’s cost and latency', async ({ page }) => {
  await page.goto('/simulate?speed=max&dur=600&accel=h100-sxm');
  await expectRunFinished(page);
  await page.locator('summary', { hasText: 'Model and hardware' }).click();
  const hint = page.locator('[data-param="model"]');
  await expect(hint).toContainText('Served as 8 × NVIDIA H100');
  const speed = page.getByTestId('served-speed');
  await expect(speed).toContainText(/Decodes about [\d,]+ tokens\/s per request/);
  const onH100 = {
    speed: await speed.textContent(),
    cost: await page.getByTestId('summary-cost-0').textContent(),
    e2e: await page.getByTestId('summary-e2e-0').textContent(),
  };
  await expect(page.getByLabel('GPU price', { exact: true })).toHaveValue('6.88');

  const before = await runOf(page);
  await page.getByLabel('Accelerator', { exact: true }).selectOption('b200');
  await expect(page).toHaveURL(/accel=b200/);
  await expect(hint).toContainText('Served as 8 × NVIDIA B200');
  // p6-b200.48xlarge $113.9328 per hour ÷ 8 GPUs (src/domain/gpu/accelerators.ts).
  await expect(page.getByLabel('GPU price', { exact: true })).toHaveValue('14.24');
  const faster = Number((await speed.textContent())!.match(/about ([\d,]+)/)![1]!.replace(/,/g, ''));
  expect(faster).toBeGreaterThan(Number(onH100.speed!.match(/about ([\d,]+)/)![1]!.replace(/,/g, '')));
  await newRunFinished(page, before);
  await expect(page.getByTestId('summary-cost-0')).not.toHaveText(onH100.cost!);
  await expect(page.getByTestId('summary-e2e-0')).not.toHaveText(onH100.e2e!);
  // Same link, same figures: the B200 run is reproducible from its URL.
  const cost = await page.getByTestId('summary-cost-0').textContent();
  await page.reload();
  await expectRunFinished(page);
  await expect(page.getByTestId('summary-cost-0')).toHaveText(cost!);
});

test('rollout steps, the rollback and scaling decisions are marked on the time axis; the new version has its own colour', async ({ page }) => {
  await page.goto('/simulate?preset=canary-bad-version&speed=max');
  await expectRunFinished(page);
  const requests = page.getByTestId('chart-requests');
  // The canary's start, its 5 % step and the automatic rollback, labelled on the chart, with a legend.
  await expect(requests.locator('[data-mark="rollback"]')).toHaveCount(1);
  await expect(requests.locator('[data-mark="rollback"] text')).toHaveText('rollback');
  await expect(requests.locator('[data-mark="rollout"] text')).toHaveText(['rollout', '5 %']);
  await expect(requests.getByTestId('chart-mark-legend')).toHaveText(/rollout step\s*rollback/);
  await expect(page.getByTestId('chart-utilization').locator('[data-mark="rollout"]')).toHaveCount(0);
  // Keyboard: the read-out at the rollback's moment tells what happened.
  const svg = requests.locator('svg[role="img"]');
  await svg.focus();
  // Shift+→ moves 10 buckets (100 s in a 1-hour run), → one: to 18:30, when the engine rolled back.
  for (let i = 0; i < 11; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(requests.getByTestId('chart-readout')).toContainText('t = 18:30');
  await expect(requests.getByTestId('chart-readout-mark').filter({ hasText: 'Automatic rollback' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Blue-green: after the switch the green fleet (the new version) serves, drawn in its own colour.
  await page.goto('/simulate?preset=blue-green-switch&speed=max');
  await expectRunFinished(page);
  await expect(page.getByTestId('chart-replicas').locator('[data-mark="rollout"] text')).toContainText(['rollout', 'switch', 'done']);
  await expect(page.getByTestId('fleet-view-0').locator('[data-version="1"]')).toHaveCount(3);
  await expect(page.getByTestId('legend-versions')).toContainText('current version');
  await expect(page.getByTestId('fleet-view-0')).toContainText('new version (3)');
});
