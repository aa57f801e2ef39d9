import { describe, expect, it } from 'vitest';
import { buildScenarios } from '../domain/sim-view/build-scenario.ts';
import { resolvePresetLink } from '../domain/sim-view/preset-link.ts';
import { SIM_PARAMS } from '../domain/sim-view/sim-params.ts';
import { presetParams, TRAINING_PRESETS } from '../domain/sim-view/training-presets.ts';
import { parseQuery } from '../domain/url/query-params.ts';
import { readMaxOutputLookup } from './catalog-file.ts';
import { helpText, parseArgs } from './parse-args.ts';
import { buildScenario, type CliIo } from './run-cli.ts';

const io: CliIo = { readFile: () => '', now: () => 0, maxOutputTokens: readMaxOutputLookup() };

function cli(argv: string[]) {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildScenario(parsed.options, io);
}

/** What /simulate builds for a link: parseQuery, resolvePresetLink, buildScenarios (src/features/simulate/simulate-page.tsx). */
function web(search: string) {
  const params = new URLSearchParams(search);
  const values = resolvePresetLink(parseQuery(params, SIM_PARAMS).values, new Set(params.keys())).values;
  return buildScenarios(values, { maxOutputTokens: io.maxOutputTokens });
}

describe('the web and the CLI share one preset list', () => {
  it('offers exactly the web’s preset ids, once each', () => {
    const ids = TRAINING_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('steady-day');
    for (const id of ids) expect(parseArgs(['--preset', id]).ok).toBe(true);
    expect(parseArgs(['--preset', 'steady'])).toMatchObject({ ok: false, message: expect.stringContaining('unknown preset "steady"') });
    expect(helpText()).toContain(ids.join(', '));
  });

  it.each(TRAINING_PRESETS.map((p) => p.id))('%s: --preset, --url ?preset= and the web build the same scenarios', (id) => {
    const page = web(`?preset=${id}`);
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    const byPreset = cli(['--preset', id]);
    const byUrl = cli(['--url', `https://example.org/simulate?preset=${id}`]);
    expect(byPreset.ok && byUrl.ok).toBe(true);
    if (!byPreset.ok || !byUrl.ok) return;
    // The CLI's scenarios are the engine schema's parse of the web's input (defaults filled in), the same for both ways in.
    expect(byUrl.scenarios).toEqual(byPreset.scenarios);
    expect(byPreset.labels).toEqual(page.labels);
    expect(byPreset.scenarios.map((s) => s.seed)).toEqual(page.scenarios.map((s) => s.seed));
    expect(buildScenarios(presetParams(TRAINING_PRESETS.find((p) => p.id === id)!), { maxOutputTokens: io.maxOutputTokens })).toEqual(page);
  });

  it('a link with every kind of parameter gives the CLI the web’s scenario; --set of the same values gives it too', () => {
    const query = 'rate=35&pattern=spike&spikeAt=300&spikeX=2.5&tpm=5000000&pri=10&flex=20&lb=power-of-two&azs=2&auto=0&min=4&maxBatch=128&seed=9&dur=900';
    const page = web(`?${query}`);
    const byUrl = cli(['--url', `/simulate?${query}`]);
    const bySet = cli(query.split('&').flatMap((kv) => ['--set', kv]));
    expect(page.ok && byUrl.ok && bySet.ok).toBe(true);
    if (!page.ok || !byUrl.ok || !bySet.ok) return;
    expect(bySet.scenarios).toEqual(byUrl.scenarios);
    expect(byUrl.scenarios[0]).toMatchObject({ seed: 9, durationSeconds: 900, workload: { arrivalRate: 35, tierMix: { priority: 10, flex: 20, standard: 70 } }, gateway: { tokensPerMinute: 5_000_000 } });
    expect(byUrl.scenarios[0]).toMatchObject(page.scenarios[0]!);
  });
});
