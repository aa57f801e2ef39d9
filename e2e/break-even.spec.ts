import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, useTheme } from './fixtures.ts';

const LLAMA = 'llama-3-3-70b-instruct';
const tile = (page: import('@playwright/test').Page, id: string) => page.getByTestId(id);

test('the verdict in one sentence; an override shows reset, and the restored default follows the server', async ({ page }) => {
  // Flat traffic (peak-to-average 1): the roofline server then beats $0.72/M at its safe load.
  await page.goto(`/break-even?model=${LLAMA}&peak=1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Break-even' })).toBeVisible();
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveText(/^At 100,000 requests a day Bedrock is [\d.]+× cheaper; your own GPUs (first )?break even near [\d.,]+( million)? requests a day and win at every volume above /);
  await expect(page.getByTestId('pairing')).toContainText('like-for-like');
  await expect(page.getByLabel('Blended price per 1M tokens')).toHaveValue('0.72');
  // The rule the model rests on is stated with the formula.
  await expect(page.getByText('An always-on server bills every hour; utilization divides the tokens served, never the bill.')).toBeVisible();

  // vLLM 0.5.4-class throughput: a full server costs more per token than Bedrock charges.
  const throughput = page.getByLabel('Throughput per server (tokens/s)');
  const derived = await throughput.inputValue();
  await throughput.fill('2572.8');
  await expect(verdict).toContainText('never break even');
  await expect(tile(page, 'break-even-volume')).toContainText('Never breaks even');
  await expect(page.getByText(`The default would be ${Number(derived).toLocaleString('en-US')} tok/s from the GPU model.`)).toBeVisible();
  await expect(page).toHaveURL(/tps=2572\.8/);

  // Bad input: a message beside the field, the last good result stays.
  const before = await tile(page, 'monthly-verdict').textContent();
  await page.getByLabel('Requests per day').fill('lots');
  await expect(page.getByText('“lots” is not a number.')).toBeVisible();
  await expect(tile(page, 'monthly-verdict')).toHaveText(before ?? '');

  // Reset restores the derived default, which then follows a change of accelerator: B200 moves the break-even.
  await page.locator('[data-field="Throughput per server (tokens/s)"]').getByRole('button', { name: 'Reset to default' }).click();
  await expect(throughput).toHaveValue(derived);
  await expect(page).not.toHaveURL(/tps=/);
  await expect(verdict).not.toContainText('never');
  const onH100 = await tile(page, 'break-even-volume').textContent();
  await page.getByLabel('Accelerator').selectOption('b200');
  await expect(page).toHaveURL(/acc=b200/);
  await expect(throughput).not.toHaveValue(derived);
  await expect(page.getByLabel('GPU price per hour')).toHaveValue(String(113.9328 / 8));
  await expect(tile(page, 'break-even-volume')).not.toHaveText(onH100 ?? '');
  await expect(page.getByRole('button', { name: 'Reset to default' })).toHaveCount(0);
});

test('a closed model is paired honestly, and a scenario with the new inputs survives a URL round trip', async ({ page, context }) => {
  await page.goto('/break-even');
  // The app's default model has no released weights: the page says so and offers the like-for-like comparison.
  await expect(page.getByTestId('pairing')).toContainText('not like-for-like');
  await expect(page.getByTestId('pairing')).toContainText('cannot be self-hosted');
  await expect(page.getByTestId('pairing-counterpart')).toContainText('Llama 3.3 70B');

  await page.getByRole('radio', { name: 'Buy' }).click();
  await expect(page.getByRole('radio', { name: 'Buy' })).toBeChecked();
  await page.getByLabel('Server price').fill('250000');
  await page.getByLabel('Electricity price').fill('0.15');
  await page.getByLabel('Ops staff').fill('2');
  await page.getByLabel('Peak-to-average ratio').fill('3');
  await page.getByLabel('Requests per day').fill('500000');
  await page.getByLabel('Utilization', { exact: true }).fill('60');
  await page.getByLabel('TTFT objective').fill('1');
  await page.getByLabel('Tensor parallel GPUs').fill('8');
  await page.getByLabel('Max sequences per batch').fill('128');
  await expect(page).toHaveURL(/seqs=128/);
  await expect(page).toHaveURL(/tp=8/);
  await expect(page).toHaveURL(/ttft=1(&|$)/);
  await expect(page).toHaveURL(/srv=250000/);
  await expect(page).toHaveURL(/util=60/);
  await expect(page).toHaveURL(/rpd=500000/);
  const url = page.url();

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Server price')).toHaveValue('250000');
  await expect(second.getByLabel('Electricity price')).toHaveValue('0.15');
  await expect(second.getByLabel('Utilization', { exact: true })).toHaveValue('60');
  await expect(second.getByLabel('TTFT objective')).toHaveValue('1');
  await expect(second.getByLabel('Tensor parallel GPUs')).toHaveValue('8');
  await expect(second.getByLabel('Max sequences per batch')).toHaveValue('128');
  await expect(second.getByRole('radio', { name: 'Buy' })).toBeChecked();
  // The link's page shows what the original shows once it has rendered the last edit (both auto-wait).
  for (const id of ['verdict', 'break-even-volume', 'cost-per-million', 'monthly-verdict', 'serve-margin']) {
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

test('provisioned throughput reproduces the Claude Instant worked example; exports carry their context', async ({ page }) => {
  await page.goto('/break-even?in=3000&out=1000&term=sixMonth');
  const pt = page.getByRole('region', { name: 'On-demand vs provisioned throughput' });
  await expect(pt.getByText('A commitment cannot be cancelled.')).toBeVisible();
  // /pricing's old spelling of the term still works.
  await expect(pt.getByLabel('Term')).toHaveValue('6-month');
  await expect(page.getByTestId('pt-break-even')).toContainText('305,556 tokens/min');
  await expect(pt.getByText('$96,360')).toBeVisible();
  await pt.getByLabel('Term').selectOption('1-month');
  await expect(pt.getByLabel('Model-unit hourly rate')).toHaveValue('39.6');
  await expect(page.getByTestId('pt-monthly')).toContainText('$28,908');
  await expect(page.getByTestId('pt-break-even')).toContainText('550,000 tokens/min');
  await expect(page.getByTestId('pt-share')).toContainText('unknown');
  await pt.getByLabel('Model-unit capacity (tokens/minute, from your AWS account team)').fill('1100000');
  await expect(page.getByTestId('pt-share')).toContainText('50.0 %');
  // 1-month is the default term: the link drops it.
  await expect(page).not.toHaveURL(/term=/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(json.context.app).toBe('Bedrock Explorer');
  expect(json.context.link).toContain('tpmMu=1100000');
  expect(json.inputs.term).toBe('1-month');
  expect(json.context.priceSources.length).toBeGreaterThan(0);
  expect(json.context.priceSources[0].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(json.provisioned.breakEvenTokensPerMinute).toBeCloseTo(550_000, 0);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.split('\n')[0]).toMatch(/^# Bedrock Explorer .+, \/break-even, exported /);
  expect(text).toMatch(/\n# price: .+, as of \d{4}-\d{2}-\d{2}/);
  expect(text).toContain('\nsection,name,value,unit,source\n');
  expect(text).toContain('breakEvenTokensPerMonth');

  // A chart image carries its caption: the scenario, the verdict and where it came from.
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart SVG' }).click()]);
  const image = await readFile((await svg.path())!, 'utf8');
  expect(image).toContain('Claude Sonnet 4.6 on Bedrock');
  expect(image).toMatch(/Bedrock Explorer .+ · exported \d{4}-\d{2}-\d{2} · http/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations with overrides shown (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto(`/break-even?model=${LLAMA}&tps=5000&price=0.9&util=40`);
    await expect(page.getByRole('button', { name: 'Reset to default' })).toHaveCount(3);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
