import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

test('pick a model and scope, type a workload, read the cost and the formula', async ({ page }) => {
  await page.goto('/pricing');
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Claude Opus 4.5' });
  await page.getByLabel('Pricing scope').selectOption({ label: 'Global profile (global.) · Standard' });
  await page.getByLabel('Input tokens per request').fill('1000');
  await page.getByLabel('Output tokens per request').fill('500');
  await page.getByLabel('Requests per day').fill('1000');
  await expect(page.getByLabel('Input price per 1M tokens')).toHaveValue('5');
  await expect(page.getByLabel('Output price per 1M tokens')).toHaveValue('25');
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.0175');
  await expect(page.getByTestId('cost-formula')).toHaveText('(1,000 × $5.00 + 500 × $25.00) / 1,000,000 = $0.0175 per request');
  await expect(page.getByTestId('cost-per-day')).toHaveText('$17.50');
  await expect(page.getByTestId('cost-per-month')).toHaveText('$532.29');
  await expect(page.getByText(/Global profile \(global\.\) · Standard · as of/)).toContainText('2026-09-29');
});

test('override a price, see the cost follow, and reset it', async ({ page }) => {
  await page.goto('/pricing?model=meta.llama3-3-70b-instruct-v1%3A0&in=1000000&out=0&rpd=1');
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.72');
  await page.getByLabel('Input price per 1M tokens').fill('1.5');
  await expect(page.getByTestId('cost-per-request')).toHaveText('$1.50');
  await expect(page).toHaveURL(/pin=1.5/);
  await page.getByRole('button', { name: 'Reset to catalog prices' }).click();
  await expect(page.getByLabel('Input price per 1M tokens')).toHaveValue('0.72');
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.72');
});

test('bad input shows a message beside the field and keeps the last result', async ({ page }) => {
  await page.goto('/pricing?model=amazon.nova-micro-v1%3A0&in=1000&out=0&rpd=1');
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.000035');
  const input = page.getByLabel('Input tokens per request');
  for (const [text, message] of [
    ['abc', /not a number/],
    ['-5', /must not be negative/i],
    ['2000000000000', /at most 10\^12 tokens/],
  ] as const) {
    await input.fill(text);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('cost-per-request')).toHaveText('$0.000035');
  }
  await input.fill('2000');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.00007');
});

test('an old link naming a model by its Bedrock ID still opens that model', async ({ page }) => {
  await page.goto('/pricing?model=anthropic.claude-3-5-haiku-20241022-v1%3A0&in=1000&out=500&rpd=1');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('claude-3-5-haiku');
  await expect(page.getByTestId('ignored-params')).toHaveCount(0);
  // $0.80 / $4.00 per 1M: (1,000 × 0.80 + 500 × 4.00) / 1M = $0.0028.
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.0028');
});

test('a link reproduces the scenario, and a bad link says what it ignored', async ({ page, context }) => {
  await page.goto('/pricing');
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Nova Pro' });
  await page.getByLabel('Input tokens per request').fill('3000');
  await page.getByLabel('Requests sent as batch').fill('50');
  // Nova Pro: half on-demand ($0.80 / $3.20), half batch ($0.40 / $1.60): $0.003 a request, $30 a day.
  await expect(page.getByTestId('cost-per-month')).toHaveText('$912.50');
  await expect(page).toHaveURL(/batch=50/);
  const url = page.url();

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Model', { exact: true })).toHaveValue('nova-pro');
  await expect(second.getByLabel('Input tokens per request')).toHaveValue('3000');
  await expect(second.getByTestId('cost-per-month')).toHaveText('$912.50');

  await second.goto('/pricing?in=-1&model=not.a.model&cacheRead=150&junk=1');
  const notice = second.getByTestId('ignored-params');
  await expect(notice).toContainText('in=-1');
  await expect(notice).toContainText('model=not.a.model');
  await expect(notice).toContainText('cacheRead=150');
  await expect(notice).toContainText('junk=1');
  await expect(second.getByLabel('Input tokens per request')).toHaveValue('1000');
  // An unknown model falls back to the model picked last in any view (Nova Pro, above):
  // (1,000 × $0.80 + 500 × $3.20) / 1M.
  await expect(second.getByLabel('Model', { exact: true })).toHaveValue('nova-pro');
  await expect(second.getByTestId('cost-per-request')).toHaveText('$0.0024');
});

test('with no model in the link and none picked before, the default model is Claude Sonnet 4.6', async ({ page }) => {
  await page.goto('/pricing?in=1000&out=500');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('claude-sonnet-4-6');
  // (1,000 × $3.30 + 500 × $16.50) / 1M in us-east-1.
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.0116');
});

test('paste text and count its tokens, exact for Llama 3 and an estimate for others', async ({ page }) => {
  await page.goto('/pricing?model=meta.llama3-1-8b-instruct-v1%3A0');
  await page.getByText('Count input tokens from text').click();
  await page.getByLabel('Text to count').fill('Hello world!');
  await expect(page.getByTestId('token-count')).toContainText('3 tokens');
  await expect(page.getByTestId('token-count')).toContainText('exact');
  await page.getByRole('button', { name: 'Use as input tokens' }).click();
  await expect(page.getByLabel('Input tokens per request')).toHaveValue('3');

  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Nova Lite' });
  await expect(page.getByTestId('token-count')).toContainText('estimate');
});

test('export the estimate as CSV and JSON', async ({ page }) => {
  await page.goto('/pricing?model=claude-opus-4-5&scope=global-global-standard&in=1000&out=500');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  // The export context opens the file as comment lines: the link, the app version, the price sources.
  expect(text.startsWith('# Bedrock Explorer ')).toBe(true);
  expect(text).toMatch(/^# link: http.*model=claude-opus-4-5/m);
  expect(text).toMatch(/^# price: Claude Opus 4\.5 \(Global profile \(global\.\) · Standard\) from .*, as of 2026-09-29, confirmed$/m);
  const lines = text.trim().split('\n').filter((l) => !l.startsWith('#'));
  expect(lines[0]).toBe('field,value');
  expect(text).toContain('cost_per_request_usd,0.0175');
  expect(text).toContain('part,mode,tokens_per_request,price_usd_per_1m_tokens,cost_usd_per_request,derived');
  expect(lines.length).toBeGreaterThan(20);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const record = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(record.context.link).toContain('model=claude-opus-4-5');
  expect(record.context.priceSources[0]).toMatchObject({ model: 'Claude Opus 4.5', asOf: '2026-09-29', confidence: 'confirmed' });
  expect(record.model.catalogId).toBe('claude-opus-4-5');
  expect(record.model.bedrockModelId).toBe('anthropic.claude-opus-4-5-20251101-v1:0');
  expect(record.costUsd.perRequest).toBe(0.0175);
  // A chart image carries a caption with the scenario and where the figures come from.
  const chartCard = page.locator('section', { has: page.getByRole('heading', { name: 'The same workload on every model' }) });
  const [svg] = await Promise.all([page.waitForEvent('download'), chartCard.getByRole('button', { name: 'Chart SVG' }).click()]);
  const image = readFileSync((await svg.path())!, 'utf8');
  expect(image).toContain('Claude Opus 4.5 · Global profile (global.) · Standard · 1,000 input + 500 output tokens per request');
  expect(image).toContain('Prices: catalog v2');
  expect(image).toContain('Bedrock Explorer');
});

test('compare on-demand with provisioned throughput and across the catalog', async ({ page }) => {
  await page.goto('/pricing?model=anthropic.claude-instant-v1&in=3000&out=1000&rpd=1000000');
  await expect(page.getByLabel('Hourly rate per model unit')).toHaveValue('39.6');
  // Worked example (tco-facts.md): $39.60/h against a $1.20/M blend breaks even at 550,000 tokens/min.
  await expect(page.getByTestId('provisioned-break-even')).toContainText('550K tokens/min');
  await page.getByLabel('Tokens per minute per model unit').fill('1000000');
  await expect(page.getByTestId('units-needed')).toHaveText('3');
  await expect(page.getByTestId('provisioned-verdict')).toContainText('Provisioned saves');

  await page.getByLabel('Provider', { exact: true }).selectOption('Meta');
  await page.getByText('Show as a table').click();
  await page.getByRole('button', { name: 'Use Llama 3.2 1B Instruct' }).click();
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('llama-3-2-1b-instruct');
});

test('a malformed catalog gives a clear error message, not a blank page', async ({ page }) => {
  await page.route('**/data/catalog.v2.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ schemaVersion: 2, models: [{ name: 'x' }] }) }),
  );
  await page.goto('/pricing');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The model catalog could not be used.');
  await expect(alert).toContainText('malformed');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a catalog of another schema version is refused by name', async ({ page }) => {
  await page.route('**/data/catalog.v2.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ schemaVersion: 3, models: [] }) }),
  );
  await page.goto('/pricing');
  await expect(page.getByRole('alert')).toContainText('schema version 3; this app reads version 2 only');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('change the service tier: Flex where the model has it, disabled with the reason where it has not', async ({ page }) => {
  await page.goto('/pricing?model=claude-sonnet-4-6');
  const serviceTier = page.getByRole('group', { name: 'Service tier' });
  await expect(serviceTier.getByRole('radio', { name: 'Priority' })).toBeDisabled();
  await expect(page.getByText('Priority: No Priority price is published for Claude Sonnet 4.6 in our sources.')).toBeVisible();

  await page.goto('/pricing?model=qwen3-coder-30b-a3b&in=1000000&out=1000000&rpd=1');
  await page.getByLabel('Pricing scope').selectOption({ label: 'Region not stated · Standard' });
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.773');
  // The link holds the state: click, then wait for the state the URL gives back.
  await page.getByRole('group', { name: 'Service tier' }).getByRole('radio', { name: 'Flex' }).click();
  await expect(page.getByRole('group', { name: 'Service tier' }).getByRole('radio', { name: 'Flex' })).toBeChecked();
  // Flex 0.0773 / 0.309 per 1M (pricing rules §6).
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.386');
  await expect(page).toHaveURL(/tier=flex/);
});

test('pick a 1-hour cache write and see it priced at its own rate', async ({ page }) => {
  await page.goto('/pricing?model=claude-sonnet-4-5&scope=global-global-standard&in=10000&out=0&rpd=1&cacheWrite=100');
  // 10,000 written tokens × $3.75 (5 minutes)
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.0375');
  await page.getByLabel('Cache write lifetime').selectOption({ label: '1 hour' });
  // × $6.00 (1 hour, 2 × input)
  await expect(page.getByTestId('cost-per-request')).toHaveText('$0.06');
  await expect(page).toHaveURL(/ttl=1h/);
  await expect(page.getByTestId('cost-formula')).toHaveText('(10,000 × $6.00) / 1,000,000 = $0.06 per request');
});

test('cross the long-context threshold: the page says every token bills at the long-context rates', async ({ page }) => {
  await page.goto('/pricing?model=gpt-5-6-terra&in=272000&out=1000&rpd=1');
  await expect(page.getByTestId('long-context')).toContainText('Above 272,000 input tokens per request');
  await page.getByLabel('Input tokens per request').fill('280000');
  await expect(page.getByTestId('long-context')).toContainText("exceeds GPT-5.6 Terra's 272,000-token threshold");
  // 280,000 × $4.40 + 1,000 × $19.80 (long-context rates) = $1.2518
  await expect(page.getByTestId('cost-per-request')).toHaveText('$1.25');
  await expect(page.getByTestId('cost-formula')).toContainText('280,000 × $4.40 + 1,000 × $19.80');
});

test('retired models are hidden until asked for, and pricing one shows a warning', async ({ page }) => {
  await page.goto('/pricing');
  await expect(page.getByLabel('Model', { exact: true }).locator('option', { hasText: 'Claude 3 Haiku' })).toHaveCount(0);
  await page.getByLabel('Show retired models').click();
  await expect(page.getByLabel('Show retired models')).toBeChecked();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Claude 3 Haiku (retired)' });
  await expect(page.getByTestId('pricing-notices')).toContainText('Claude 3 Haiku reached end of life on Bedrock on 2026-09-10');
  await expect(page).toHaveURL(/retired=1/);
});

test('a URL round trip keeps tier, lifetime, chart tier, compare columns and the Reserved tier', async ({ page, context }) => {
  await page.goto('/pricing?model=claude-opus-5&scope=global-global-standard&in=1000&out=500&rpd=1000');
  await page.getByRole('button', { name: 'Add Claude Opus 5 · Standard' }).click();
  await page.getByLabel('Tier of column 1').selectOption('batch');
  await page.getByRole('button', { name: 'Add Claude Opus 5 · Standard' }).click();
  await expect(page.getByTestId('compare-table')).toContainText('$0.00875');
  await expect(page.getByTestId('compare-table')).toContainText('+100.0 %');
  await page.getByRole('group', { name: 'Chart tier' }).getByRole('radio', { name: 'Batch' }).click();
  await expect(page.getByRole('group', { name: 'Chart tier' }).getByRole('radio', { name: 'Batch' })).toBeChecked();
  await page.getByLabel('Input rate per 1,000 TPM per month').fill('10');
  await page.getByLabel('Output rate per 1,000 TPM per month').fill('50');
  await expect(page.getByTestId('reserved-fixed')).toHaveText('$1,500.00');
  await expect(page).toHaveURL(/cmp=/);
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByTestId('compare-table')).toContainText('$0.00875');
  await expect(second.getByRole('group', { name: 'Chart tier' }).getByRole('radio', { name: 'Batch' })).toBeChecked();
  await expect(second.getByTestId('reserved-fixed')).toHaveText('$1,500.00');
  await expect(second.getByTestId('ignored-params')).toHaveCount(0);
});

test('price against speed: observed models plotted with first-token time on focus, the others listed', async ({ page }) => {
  await page.goto('/pricing?in=3000&out=1000');
  const point = page.locator('[data-point="nova-micro:standard"]');
  await point.focus();
  await expect(page.getByTestId('price-speed-tip')).toContainText('Nova Micro · Standard');
  await expect(page.getByTestId('price-speed-tip')).toContainText('first token 0.21–0.33 s');
  await expect(page.getByTestId('price-speed-unobserved')).toContainText('GPT-5.6 Terra');
  await expect(page.locator('[data-point^="gpt-5-6-terra"]')).toHaveCount(0);
});
