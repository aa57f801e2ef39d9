import type { IgnoredParam } from '../url/query-params.ts';
import type { SimParams } from './sim-params.ts';
import { findTrainingPreset } from './training-presets.ts';

/**
 * A link that names a preset runs that preset: `/simulate?preset=launch-spike` gets the preset's
 * settings for every key the link does not set itself (a key in the link wins, so a copied link with
 * a changed speed keeps it). An unknown preset name is dropped and reported like any bad parameter.
 */
export function resolvePresetLink(
  values: SimParams,
  linkKeys: ReadonlySet<string>,
): { values: SimParams; ignored: IgnoredParam | null } {
  if (values.preset === '') return { values, ignored: null };
  const preset = findTrainingPreset(values.preset);
  if (!preset) return { values: { ...values, preset: '' }, ignored: { key: 'preset', raw: values.preset, reason: 'no preset of that name' } };
  const out: Record<string, unknown> = { ...values };
  for (const [key, value] of Object.entries(preset.values)) if (!linkKeys.has(key)) out[key] = value;
  return { values: out as SimParams, ignored: null };
}
