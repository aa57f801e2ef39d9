import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { parseScenario } from '../src/domain/sim/scenario-schema.ts';
import { createSimulation } from '../src/domain/sim/simulation.ts';

// The JSON export writes non-finite numbers as null; compare like with like.
const finiteOrNull = (_: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

/**
 * Counts must match exactly. Measured on this machine, two floating-point statistics of a run differ
 * in their last bit between Node 20 and Chromium 156 (different JavaScript engine versions), so
 * non-integers must agree to 1e-12 relative — far below anything shown.
 */
function compare(node: unknown, browser: unknown, path = 'summary'): string[] {
  if (typeof node === 'number' && typeof browser === 'number') {
    if (Number.isInteger(node) && Number.isInteger(browser)) return node === browser ? [] : [`${path}: ${node} ≠ ${browser}`];
    return Math.abs(node - browser) <= 1e-12 * Math.max(Math.abs(node), Math.abs(browser)) ? [] : [`${path}: ${node} ≠ ${browser}`];
  }
  if (node && browser && typeof node === 'object' && typeof browser === 'object') {
    const keys = new Set([...Object.keys(node), ...Object.keys(browser)]);
    return [...keys].flatMap((k) => compare((node as Record<string, unknown>)[k], (browser as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return node === browser ? [] : [`${path}: ${String(node)} ≠ ${String(browser)}`];
}

test('the browser worker and Node produce the same results for the same scenario and seed', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/simulate?speed=max&dur=900&rate=33&seed=7');
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const run = exported.runs[0];
  expect(run.complete).toBe(true);

  const parsed = parseScenario(run.scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const simulation = createSimulation(parsed.scenario);
  while (!simulation.done) simulation.step(1_000_000);
  const snapshot = simulation.snapshot();

  expect(snapshot.events).toBe(run.events);
  expect(snapshot.events).toBeGreaterThan(1000);
  expect(compare(JSON.parse(JSON.stringify(snapshot.summary, finiteOrNull)), run.summary)).toEqual([]);
});
