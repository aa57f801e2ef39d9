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
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused();
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
  await page.getByLabel('API', { exact: true }).selectOption('InvokeModel');
  await page.getByLabel('Prompt', { exact: true }).fill('Hello from the back row');
  await expect(page).toHaveURL(/net=vpc-endpoint/);
  await expect(page).toHaveURL(/cris=geo/);
  // Keys typed into a field stay in the field; leave it before stepping.
  await page.getByLabel('Prompt', { exact: true }).blur();
  await page.keyboard.press('End');
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'logging');
  await expect(page.getByTestId('visibility-badge').first()).toContainText('Stored: in YOUR S3');
  const url = page.url();

  // The same link in a fresh page reproduces the scenario and the stage.
  await page.goto(url);
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'logging');
  await expect(page.getByLabel('API', { exact: true })).toHaveValue('InvokeModel');
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('Hello from the back row');
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
    // The new trace arrives in a React transition: End is pressed again until its last stage shows the error.
    await expect(async () => {
      await page.keyboard.press('End');
      await expect(page.getByTestId('client-error')).toContainText(`${exception} · HTTP ${status}`, { timeout: 1000 });
    }).toPass();
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

test('a failure link keeps its step once everything has loaded', async ({ page }) => {
  await open(page, '?fail=throttled-recovers&step=5');
  await expect(counter(page)).toHaveText(/Stage 5 of 10/);
  // The catalog, the view's chunks and any lazy piece have arrived: nothing late may rewrite the link.
  await page.waitForLoadState('networkidle');
  await expect(counter(page)).toHaveText(/Stage 5 of 10/);
  expect(new URL(page.url()).searchParams.get('step')).toBe('5');
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
  const size = await page.getByRole('heading', { name: /Your application calls/ }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(22);
  for (let i = 1; i <= 10; i++) {
    await expect(counter(page)).toHaveText(new RegExp(`Stage ${i} of 10`));
    await expectFitsProjector(page, `stage ${i}`);
    await page.screenshot({ path: testInfo.outputPath(`presenter-stage-${String(i).padStart(2, '0')}.png`) });
    await page.keyboard.press('PageDown');
  }
  // Past the last stage PageDown offers the next step of the story; a second press follows it.
  await expect(page.getByTestId('next-step')).toBeVisible();
  await expect(page.getByRole('link', { name: /pricing of this request/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.getByTestId('playback')).toBeVisible();
});

/** Presenter mode at 1024×768: narration on screen, diagram labels ≥ 16 px, no two boxes overlapping. */
async function expectFitsProjector(page: Page, where: string) {
  const box = await page.getByTestId('narration').boundingBox();
  expect(box!.y + box!.height, `narration at ${where}`).toBeLessThanOrEqual(768);
  const m = await diagram(page).evaluate((svg) => {
    const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
    const fonts = [...svg.querySelectorAll('text')].filter((t) => t.textContent && Number(getComputedStyle(t).opacity) > 0).map((t) => Number(t.getAttribute('font-size')) * scale);
    const rects = [...svg.querySelectorAll('[data-node] > rect:first-child')].map((r) => r.getBoundingClientRect());
    let overlaps = 0;
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
      }
    return { minFont: Math.min(...fonts), overlaps, bottom: svg.getBoundingClientRect().bottom };
  });
  expect(m.minFont, `smallest label at ${where}`).toBeGreaterThanOrEqual(16);
  expect(m.overlaps, `overlapping boxes at ${where}`).toBe(0);
  expect(m.bottom).toBeLessThanOrEqual(768);
}

test('presenter mode fits 1024×768 with the new stages and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?guard=1&log=1&cache=read&sys=4096&tier=priority&cris=global&region=eu-west-1&fail=guardrail-output');
  await page.keyboard.press('f');
  await expect(page.getByTestId('presenter')).toBeVisible();
  const total = Number((await counter(page).textContent())!.match(/of (\d+)/)![1]);
  for (let i = 1; i <= total; i++) {
    await expect(counter(page)).toHaveText(new RegExp(`Stage ${i} of ${total}`));
    await expectFitsProjector(page, `stage ${i}`);
    await page.keyboard.press('PageDown');
  }
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('switching endpoint, API and credentials changes the payload', async ({ page }) => {
  await open(page, '?step=1');
  const request = page.getByTestId('code-request');
  await expect(request).toContainText('POST /model/anthropic.claude-sonnet-4-6/converse-stream');
  await expect(request).toContainText('Host: bedrock-runtime.us-east-1.amazonaws.com');
  await expect(request).toContainText('AWS4-HMAC-SHA256');
  await page.getByTestId('scenario').getByText('bedrock-mantle', { exact: true }).click();
  await expect(request).toContainText('POST /v1/chat/completions');
  await expect(request).toContainText('Host: bedrock-mantle.us-east-1.api.aws');
  await page.getByLabel('API', { exact: true }).selectOption('Messages');
  await expect(request).toContainText('POST /anthropic/v1/messages');
  await expect(request).toContainText('anthropic-version: 2023-06-01');
  await page.getByLabel('Credentials').selectOption('api-key-short');
  await expect(request).toContainText('x-api-key: bedrock-api-key-‹redacted›');
  await expect(request).not.toContainText('Signature');
  await page.getByRole('tab', { name: /Anthropic SDK \(Python\)/ }).click();
  await expect(page.getByTestId('code-Python')).toContainText('base_url="https://bedrock-mantle.us-east-1.api.aws/anthropic"');
  await page.getByLabel('Credentials').blur();
  await page.keyboard.press('4');
  await expect(page.getByTestId('stage-payload')).toContainText('bedrock-mantle:CallWithBearerToken');
});

const NEW_FAILURES = [
  ['not-found', 'endpoint', 'ResourceNotFoundException', 404],
  ['quota-exceeded', 'quota', 'ServiceQuotaExceededException', 400],
  ['model-not-ready', 'deployment', 'ModelNotReadyException', 429],
  ['model-error', 'inference', 'ModelErrorException', 424],
  ['stream-error', 'inference', 'ModelStreamErrorException', 424],
] as const;

test('each new failure stops at its stage; guardrail interventions end in guardrail_intervened', async ({ page }) => {
  await open(page, '?api=InvokeModelWithResponseStream');
  for (const [value, stage, exception, status] of NEW_FAILURES) {
    await page.getByLabel('Inject a failure').selectOption(value);
    await page.getByLabel('Inject a failure').blur();
    // The new trace arrives in a React transition: End is pressed again until its last stage shows the error.
    await expect(async () => {
      await page.keyboard.press('End');
      await expect(page.getByTestId('client-error')).toContainText(`${exception} · HTTP ${status}`, { timeout: 1000 });
    }).toPass();
    await page.keyboard.press('ArrowLeft');
    await expect(diagram(page)).toHaveAttribute('data-active-stage', stage);
    await expect(page.getByTestId('diagram-error')).toContainText(`HTTP ${status}`);
  }
  await page.getByLabel('Inject a failure').selectOption('guardrail-input');
  await page.getByLabel('Inject a failure').blur();
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { name: /guardrail_intervened/ })).toBeVisible();
  await expect(page.getByTestId('narration')).toContainText('HTTP 200');
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'response');
});

test('a link with every new control round-trips', async ({ page }) => {
  const query =
    '?model=gpt-oss-120b&ep=mantle&api=Responses&stream=0&auth=api-key-long&tier=flex&cache=write&ttl=1h&sys=2048&unset=1&router=1&step=5';
  await open(page, query);
  await expect(page.getByTestId('stage-payload')).toContainText('Reserved at admission');
  await expect(page.getByLabel('API', { exact: true })).toHaveValue('Responses');
  await expect(page.getByLabel('Credentials')).toHaveValue('api-key-long');
  await expect(page.getByLabel('Service tier')).toHaveValue('flex');
  await expect(page.getByRole('radio', { name: 'bedrock-mantle' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Write' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '1 hour' })).toBeChecked();
  await expect(page.getByLabel('Leave max tokens unset')).toBeChecked();
  const url = page.url();
  await page.goto(url);
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'quota');
  await expect(page.getByLabel('System prompt (cacheable prefix)')).toHaveValue('2048');
  expect(page.url()).toBe(url);
});

test('modelled decode speeds: Haiku faster than Opus, MoE faster than a dense model of the same size', async ({ page }) => {
  const speed = async (model: string) => {
    await open(page, `?model=${model}&step=10`);
    const text = await page.getByTestId('token-count').textContent();
    return Number(text!.match(/(\d+) tok\/s/)![1]);
  };
  expect(await speed('claude-haiku-4-5')).toBeGreaterThan(await speed('claude-opus-4-5'));
  expect(await speed('llama-4-maverick-17b-instruct')).toBeGreaterThan(await speed('llama-3-1-405b-instruct'));
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations mid-journey (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await open(page, '?step=4&fail=access-denied&guard=1&log=1');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('the batch walk: stages, job status, batch price, a failure path, presenter mode at 1024×768 and the link', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?walk=batch&model=claude-3-haiku&recs=2000&hours=48');
  await expect(diagram(page)).toHaveAttribute('data-walk', 'batch');
  await expect(counter(page)).toHaveText(/Stage 1 of 7/);
  await expect(page.getByTestId('batch-inspector-text')).toContainText('PutObjectCommand');
  // The session's clicker (PageDown) steps through the job; the status follows.
  for (const [stage, status] of [
    ['batch-submit', '—'],
    ['batch-iam', 'Submitted'],
    ['batch-queue', 'Scheduled'],
    ['batch-run', 'InProgress'],
  ] as const) {
    await page.keyboard.press('PageDown');
    await expect(diagram(page)).toHaveAttribute('data-active-stage', stage);
    await expect(page.getByTestId('batch-status')).toHaveText(status);
  }
  await page.keyboard.press('End');
  await expect(page.getByTestId('batch-cost')).toContainText(/\$[\d.]+ for 2,000 records · on-demand \$[\d.]+ \(50 %\)/);
  await expect(page).toHaveURL(/step=7/);
  // The link round-trips.
  const url = page.url();
  await page.goto(url);
  await expect(diagram(page)).toHaveAttribute('data-active-stage', 'batch-billing');
  await expect(page.getByLabel('Job timeout')).toHaveValue('48');
  // A malformed line fails validation: the walk ends at the queue with status Failed.
  await page.getByLabel('Inject a batch failure').selectOption('malformed-record');
  await page.getByLabel('Inject a batch failure').blur();
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(/Stage 4 of 4/);
  await expect(page.getByTestId('batch-status')).toHaveText('Failed');
  await expect(diagram(page).locator('[data-job-state="Failed"]')).toHaveAttribute('data-current', 'yes');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  // Presenter mode fits the projector at every stage of the batch walk.
  await page.getByLabel('Inject a batch failure').selectOption('none');
  await page.getByLabel('Inject a batch failure').blur();
  await page.keyboard.press('f');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.keyboard.press('Home');
  for (let i = 1; i <= 7; i++) {
    await expect(counter(page)).toHaveText(new RegExp(`Stage ${i} of 7`));
    await expectFitsProjector(page, `batch stage ${i}`);
    await page.keyboard.press('PageDown');
  }
});
