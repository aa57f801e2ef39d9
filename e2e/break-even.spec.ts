import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.ts';

const tile = (page: import('@playwright/test').Page, id: string) => page.getByTestId(id);

test('like-for-like default, a never-breaks-even case, and validation that keeps the last result', async ({ page }) => {
  await page.goto('/break-even');
  await expect(page.getByRole('heading', { level: 1, name: 'Break-even' })).toBeVisible();
  await expect(page.getByTestId('pairing')).toContainText('like-for-like');
  await expect(page.getByTestId('pairing')).toContainText('Claude and Nova weights are not released');
  await expect(page.getByLabel('Bedrock model')).toHaveValue('meta.llama3-3-70b-instruct-v1:0');
  await expect(page.getByLabel('Blended price per 1M tokens')).toHaveValue('0.72');
  await expect(page.getByText('from the roofline model')).toBeVisible();
  await expect(tile(page, 'break-even-volume')).toContainText('requests/day');
  // The rule the model rests on is stated with the formula.
  await expect(page.getByText('An always-on server bills every hour; utilization divides the tokens served, never the bill.')).toBeVisible();

  // vLLM 0.5.4-class throughput: a full server costs more per token than Bedrock charges.
  const throughput = page.getByLabel('Throughput per server (tokens/s)');
  await throughput.fill('2572.8');
  await expect(tile(page, 'break-even-volume')).toContainText('Never breaks even');
  await expect(page.getByText('Self-hosting never catches up')).toBeVisible();
  await expect(page.getByText('The default would be')).toBeVisible();
  await expect(page).toHaveURL(/tps=2572\.8/);

  // Bad input: message beside the field, the last good result stays.
  const before = await tile(page, 'monthly-verdict').textContent();
  await page.getByLabel('Requests per day').fill('lots');
  await expect(page.getByText('“lots” is not a number.')).toBeVisible();
  await expect(tile(page, 'monthly-verdict')).toHaveText(before ?? '');
  await page.getByLabel('Max load').fill('150');
  await expect(page.getByText('Must be at most 100.')).toBeVisible();

  // Back to the roofline default: it breaks even again, and the default follows a change of server.
  await page.getByRole('button', { name: 'Reset to default: Throughput per server (tokens/s)' }).click();
  await expect(tile(page, 'break-even-volume')).not.toContainText('Never');
  await expect(page).not.toHaveURL(/tps=/);
  const derived = await throughput.inputValue();
  await page.getByLabel('GPUs per server').fill('4');
  await expect(throughput).not.toHaveValue(derived);
  await expect(page.getByRole('button', { name: /^Reset to default/ })).toHaveCount(0);
});

test('a scenario survives a URL round trip, and a bad link says what it ignored', async ({ page, context }) => {
  await page.goto('/break-even');
  await page.getByLabel('Bedrock model').selectOption('anthropic.claude-sonnet-4-20250514-v1:0');
  await expect(page.getByTestId('pairing')).toContainText('not like-for-like');
  await expect(page.getByTestId('pairing')).toContainText('cannot be self-hosted');
  // The URL update is a transition, so assert the checked state rather than expecting it synchronously.
  await page.getByRole('radio', { name: 'Buy' }).click();
  await expect(page.getByRole('radio', { name: 'Buy' })).toBeChecked();
  await page.getByLabel('Server price').fill('250000');
  await page.getByLabel('Electricity price').fill('0.15');
  await page.getByLabel('Ops staff').fill('1');
  await page.getByLabel('Requests per day').fill('500000');
  await expect(page).toHaveURL(/srv=250000/);
  await expect(page).toHaveURL(/rpd=500000/);
  const url = page.url();

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Server price')).toHaveValue('250000');
  await expect(second.getByLabel('Electricity price')).toHaveValue('0.15');
  await expect(second.getByRole('radio', { name: 'Buy' })).toBeChecked();
  await expect(second.getByLabel('Bedrock model')).toHaveValue('anthropic.claude-sonnet-4-20250514-v1:0');
  // The link's page shows what the original shows once it has rendered the last edit (both auto-wait).
  for (const id of ['break-even-volume', 'break-even-utilisation', 'cost-per-million', 'monthly-verdict']) {
    const shown = await tile(second, id).textContent();
    expect(shown).toBeTruthy();
    await expect(tile(page, id)).toHaveText(shown!);
  }

  await second.goto('/break-even?pue=9&mode=lease&rpd=2000&model=gpt-9');
  await expect(second.getByTestId('ignored-params')).toContainText('pue=9');
  await expect(second.getByTestId('ignored-params')).toContainText('mode=lease');
  await expect(second.getByLabel('Requests per day')).toHaveValue('2000');
  await expect(second.getByText('Not in the model catalog: “gpt-9”')).toBeVisible();
});

test('provisioned throughput reproduces the Claude Instant worked example and exports', async ({ page }) => {
  await page.goto('/break-even?in=3000&out=1000');
  const pt = page.getByRole('region', { name: 'On-demand vs provisioned throughput' });
  await expect(pt.getByText('A commitment cannot be cancelled.')).toBeVisible();
  await expect(pt.getByLabel('Model-unit hourly rate')).toHaveValue('39.6');
  await expect(page.getByTestId('pt-monthly')).toContainText('$28,908');
  await expect(page.getByTestId('pt-break-even')).toContainText('550,000 tokens/min');
  await expect(page.getByTestId('pt-share')).toContainText('unknown');
  await pt.getByLabel('Model-unit capacity (tokens/minute, from your AWS account team)').fill('1100000');
  await expect(page.getByTestId('pt-share')).toContainText('50.0 %');
  await pt.getByLabel('Term').selectOption('6-month');
  await expect(page.getByTestId('pt-break-even')).toContainText('305,556 tokens/min');
  await expect(pt.getByText('$96,360')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(json.results.provisioned.breakEvenTokensPerMinute).toBeCloseTo(305_556, 0);
  expect(json.bedrock.blendedPricePer1M).toBeCloseTo(0.72, 6);
  expect(json.link).toContain('term=6-month');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.split('\n')[0]).toBe('section,name,value,unit,source');
  expect(text).toContain('breakEvenTokensPerMonth');
});
