import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, useTheme } from './fixtures.ts';

const counter = (page: Page) => page.getByTestId('stage-counter');
const diagram = (page: Page) => page.getByTestId('journey-diagram');

async function open(page: Page, query = '') {
  await page.goto(`/journey${query}`);
  await expect(diagram(page)).toBeVisible();
}

test('keyboard and clicker stepping, number keys, Home/End; the URL follows the stage', async ({ page }) => {
  await open(page);
  await expect(counter(page)).toHaveText(/Stage 1 of 10/);
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'client');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(/Stage 2 of 10/);
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'network');
  // Presentation clickers send PageDown / PageUp.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(/Stage 4 of 10/);
  await expect(page.getByRole('heading', { name: /IAM: authenticate/ })).toBeVisible();
  await expect(page.getByTestId('visibility-badge').first()).toContainText('Prompt not needed');
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(/Stage 3 of 10/);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(/Stage 2 of 10/);
  await page.keyboard.press('8');
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'deployment');
  await expect(page.getByTestId('narration')).toContainText('cannot see prompts, completions or logs');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(/Stage 10 of 10/);
  await expect(page.getByTestId('token-count')).toHaveText(/^87 \/ 87 tokens/);
  await expect(page).toHaveURL(/step=10/);
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText(/Stage 1 of 10/);
  // Shortcut help opens with ? and closes with Escape.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('play, speed, scrub and pausing when the tab is hidden', async ({ page }) => {
  await open(page);
  await page.getByTestId('speed').selectOption('4');
  await page.getByTestId('speed').blur();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName(/Pause/);
  await expect(counter(page)).not.toHaveText(/Stage 1 of/, { timeout: 5000 });
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName(/Play/);
  // Scrub to the middle of stage 5.
  await page.getByTestId('scrubber').fill('4.5');
  await expect(counter(page)).toHaveText(/Stage 5 of 10/);
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'quota');
  await page.getByTestId('scrubber').fill('8.5');
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'inference');
  // Half-way through decoding, about half the answer has streamed in.
  const shown = Number((await page.getByTestId('token-count').textContent())!.split(' ')[0]);
  expect(shown).toBeGreaterThan(20);
  expect(shown).toBeLessThan(70);
});

test('changing the scenario changes the path; the link round-trips', async ({ page }) => {
  await open(page, '?step=2');
  await expect(diagram(page)).toHaveAttribute('data-network', 'internet');
  await expect(page.getByRole('heading', { name: 'Across the public internet' })).toBeVisible();
  await page.getByTestId('scenario').getByText('VPC endpoint', { exact: true }).click();
  await expect(diagram(page)).toHaveAttribute('data-network', 'vpc-endpoint');
  await expect(page.getByRole('heading', { name: 'Through a VPC interface endpoint' })).toBeVisible();
  await expect(page.getByTestId('narration')).toContainText('never touches the public internet');
  await page.getByTestId('scenario').getByText('Geographic', { exact: true }).click();
  await page.getByTestId('scenario').getByText('Invocation logging').click();
  await page.getByTestId('scenario').getByText('Guardrails', { exact: true }).click();
  await expect(counter(page)).toHaveText(/of 13/);
  await page.getByLabel('API').selectOption('InvokeModel');
  await page.getByLabel('Prompt').fill('Hello from the back row');
  await expect(page).toHaveURL(/net=vpc-endpoint/);
  await expect(page).toHaveURL(/cris=geo/);
  // Keys typed into a field stay in the field; leave it before stepping.
  await page.getByLabel('Prompt').blur();
  await page.keyboard.press('End');
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'logging');
  await expect(page.getByTestId('visibility-badge').first()).toContainText('Stored: in YOUR S3');
  const url = page.url();

  // The same link in a fresh page reproduces the scenario and the stage.
  await page.goto(url);
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'logging');
  await expect(page.getByLabel('API')).toHaveValue('InvokeModel');
  await expect(page.getByLabel('Prompt')).toHaveValue('Hello from the back row');
  await expect(page.getByRole('radio', { name: 'VPC endpoint' })).toBeChecked();
  await page.keyboard.press('8');
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'routing');
  await expect(page.getByRole('heading', { name: /Cross-Region routing → us-/ })).toBeVisible();
  await expect(page.getByTestId('narration')).toContainText('stored only in the source Region, us-east-1');
  await page.getByRole('tab', { name: 'Request' }).click();
  await expect(page.getByTestId('code-request')).toContainText('"anthropic_version": "bedrock-2023-05-31"');
  await expect(page.getByTestId('code-request')).toContainText('X-Amzn-Bedrock-GuardrailIdentifier');
  await page.getByRole('tab', { name: 'Python boto3' }).click();
  await expect(page.getByTestId('code-Python')).toContainText('client.invoke_model(');

  // A bad link: the bad values are named and defaults used, nothing breaks.
  await page.goto('/journey?fail=explode&temp=7&model=nope.model');
  await expect(page.getByTestId('ignored-params')).toContainText('fail=explode');
  await expect(page.getByTestId('ignored-params')).toContainText('temp=7');
  await expect(page.getByTestId('journey-notices')).toContainText('nope.model');
  await expect(diagram(page)).toBeVisible();

  // Llama 3.x prompts are split by the real tokenizer, loaded on demand from our own origin.
  await page.goto('/journey?model=meta.llama3-1-70b-instruct-v1:0&step=9&prompt=Hello%20world!');
  // The tokenizer is a 3 MB chunk: on a loaded CI machine it can take several seconds to parse.
  await expect(page.getByText('3 input tokens (exact)')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('stage-payload')).toHaveText('[Hello] [ world] [!]');
});

const FAILURES = [
  ['access-denied', 'iam', 'AccessDeniedException', 403],
  ['invalid-body', 'endpoint', 'ValidationException', 400],
  ['throttled-gives-up', 'quota', 'ThrottlingException', 429],
  ['model-timeout', 'inference', 'ModelTimeoutException', 408],
  ['service-unavailable', 'routing', 'ServiceUnavailableException', 503],
] as const;

test('each injected failure follows its path and ends with the real exception and status', async ({ page }) => {
  await open(page);
  for (const [value, stage, exception, status] of FAILURES) {
    await page.getByLabel('Inject a failure').selectOption(value);
    // Playback keys are ignored while a form field has focus (End would change the select), as a
    // presenter's clicker is used after clicking back onto the page.
    await page.getByLabel('Inject a failure').blur();
    await page.keyboard.press('End');
    await expect(page.getByTestId('client-error')).toContainText(`${exception} · HTTP ${status}`);
    await page.keyboard.press('ArrowLeft');
    await expect(diagram(page)).toHaveAttribute('data-active-stage', stage);
    await expect(page.getByTestId('diagram-error')).toContainText(`HTTP ${status}`);
    await expect(counter(page)).toContainText('failed');
  }
  // A throttled call the SDK retries still succeeds, with the backoff visible.
  await page.getByLabel('Inject a failure').selectOption('throttled-recovers');
  await page.getByLabel('Inject a failure').blur();
  await page.keyboard.press('5');
  await expect(counter(page)).toContainText('retried');
  await expect(page.getByTestId('stage-payload')).toContainText('attempt 3');
  await page.keyboard.press('End');
  await expect(page.getByTestId('token-count')).toHaveText(/^87 \/ 87/);
});

test('reduced motion shows each step’s end state at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await page.keyboard.press('9');
  // Decoding would take seconds of animation; with reduced motion the end state is immediate.
  await expect(page.getByTestId('token-count')).toHaveText(/^87 \/ 87/, { timeout: 500 });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.keyboard.press('Home');
  await page.keyboard.press('9');
  await expect(page.getByTestId('token-count')).not.toHaveText(/^87 \/ 87/, { timeout: 500 });
});

test('presenter mode: full-screen view, large type, controls hidden; screenshots of every stage at 1024×768', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await page.keyboard.press('f');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(page.getByTestId('playback')).toHaveCount(0);
  await expect(page.getByTestId('scenario')).toHaveCount(0);
  const size = await page.getByRole('heading', { name: /builds and signs/ }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  for (let i = 1; i <= 10; i++) {
    await expect(counter(page)).toHaveText(new RegExp(`Stage ${i} of 10`));
    // Everything that matters fits the projector without scrolling.
    for (const part of ['narration', 'client-panel']) {
      const loc = page.getByTestId(part);
      if ((await loc.count()) === 0) continue;
      const box = await loc.boundingBox();
      if (box) expect(box.y + box.height, `${part} at stage ${i}`).toBeLessThanOrEqual(768);
    }
    await page.screenshot({ path: testInfo.outputPath(`presenter-stage-${String(i).padStart(2, '0')}.png`) });
    await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.getByTestId('playback')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations mid-journey (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await open(page, '?step=4&fail=access-denied&guard=1&log=1');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
