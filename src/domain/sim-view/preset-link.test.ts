import { describe, expect, it } from 'vitest';
import { defaultsOf, parseQuery } from '../url/query-params.ts';
import { buildScenarios } from './build-scenario.ts';
import { resolvePresetLink } from './preset-link.ts';
import { SIM_PARAMS } from './sim-params.ts';
import { TRAINING_PRESETS, presetParams } from './training-presets.ts';

function fromLink(query: string) {
  const params = new URLSearchParams(query);
  return resolvePresetLink(parseQuery(params, SIM_PARAMS).values, new Set(params.keys()));
}

describe('resolvePresetLink', () => {
  it('a bare preset link runs exactly what choosing the preset runs', () => {
    for (const preset of TRAINING_PRESETS) {
      const { values, ignored } = fromLink(`preset=${preset.id}`);
      expect(ignored).toBeNull();
      expect(values, preset.id).toEqual(presetParams(preset));
      expect(buildScenarios(values)).toEqual(buildScenarios(presetParams(preset)));
    }
  });

  it('the launch spike link builds a spike scenario, not the default flat workload', () => {
    const built = buildScenarios(fromLink('preset=launch-spike').values);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const s = built.scenarios[0]!;
    expect(s.kind === 'fleet' && s.workload?.spikes?.length).toBe(1);
  });

  it('a key in the link wins over the preset', () => {
    const { values } = fromLink('preset=launch-spike&speed=max&rate=12');
    expect(values.speed).toBe('max');
    expect(values.rate).toBe(12);
    expect(values.pattern).toBe('spike');
  });

  it('an unknown preset is dropped and reported; the rest of the link stays', () => {
    const { values, ignored } = fromLink('preset=no-such-thing&rate=12');
    expect(ignored).toEqual({ key: 'preset', raw: 'no-such-thing', reason: 'no preset of that name' });
    expect(values).toEqual({ ...defaultsOf(SIM_PARAMS), rate: 12 });
  });

  it('no preset: the values pass through untouched', () => {
    const values = { ...defaultsOf(SIM_PARAMS), rate: 3 };
    expect(resolvePresetLink(values, new Set(['rate'])).values).toBe(values);
  });
});
