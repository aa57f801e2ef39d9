/**
 * The command line's scenario parameters are the /simulate link's: the same names, the same parsers
 * (SIM_PARAMS through parseQuery / ownSpec) and the same preset resolution, so `--url`, `--set` and a
 * link opened in the browser give buildScenarios the same values.
 */
import { PLANNER_PARAMS } from '../features/simulate/quota-planner-params.ts';
import { resolvePresetLink } from '../domain/sim-view/preset-link.ts';
import { SIM_PARAMS, type SimParams } from '../domain/sim-view/sim-params.ts';
import { findTrainingPreset, presetParams, TRAINING_PRESETS } from '../domain/sim-view/training-presets.ts';
import { defaultsOf, ownSpec, parseQuery, visibleParamText, type IgnoredParam } from '../domain/url/query-params.ts';

export type LinkParamsResult = { ok: true; values: SimParams; notices: string[] } | { ok: false; errors: string[] };

/** One `--set key=value`: the key must be a link parameter of /simulate, the value must pass its parser. */
export function parseSetting(text: string): { ok: true; key: keyof SimParams; raw: string } | { ok: false; message: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) return { ok: false, message: `--set needs key=value, got "${visibleParamText(text, 60)}"` };
  const key = text.slice(0, eq);
  const raw = text.slice(eq + 1);
  const spec = ownSpec(SIM_PARAMS, key);
  if (!spec) return { ok: false, message: `--set ${visibleParamText(key, 40)}: not a /simulate link parameter. Known: ${Object.keys(SIM_PARAMS).join(', ')}` };
  if (key === 'preset') return { ok: false, message: '--set preset=… would not apply the preset: use --preset <id> (or --url "/simulate?preset=<id>")' };
  const parsed = spec.parse(raw);
  if (!parsed.ok) return { ok: false, message: `--set ${key}=${visibleParamText(raw, 40)}: ${parsed.reason}` };
  return { ok: true, key: key as keyof SimParams, raw };
}

/**
 * The query of a copied /simulate link (a full address, a path or a bare query). Refuses links to
 * other views: their parameters mean something else.
 */
export function linkQuery(text: string): { ok: true; search: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim(), 'http://localhost/simulate');
  } catch {
    return { ok: false, message: `--url is not a link: "${visibleParamText(text, 80)}"` };
  }
  const bareQuery = text.trim().startsWith('?');
  if (!bareQuery && !/\/simulate\/?$/.test(url.pathname))
    return { ok: false, message: `--url must be a /simulate link (its path is ${visibleParamText(url.pathname, 60)})` };
  return { ok: true, search: url.search };
}

/** The web's notice for what a link ignored, as lines for stderr. */
export function ignoredNotice(ignored: readonly IgnoredParam[]): string[] {
  return ignored.map((i) =>
    i.key === '…' ? `ignored ${i.reason}` : `ignored ${visibleParamText(i.key, 40)}=${visibleParamText(i.raw, 60)}: ${i.reason}`,
  );
}

export type ParamSources = {
  preset?: string;
  url?: string;
  /** Raw `key=value` texts, applied in order after the preset or link. */
  sets?: readonly string[];
};

/**
 * Defaults, then a preset or a link (a preset link runs its preset, the link's own keys winning, as on
 * the web), then each `--set`. A key given twice with --set is refused: the second would silently win.
 */
export function resolveLinkParams(src: ParamSources): LinkParamsResult {
  const notices: string[] = [];
  let values: SimParams = defaultsOf(SIM_PARAMS);
  if (src.preset !== undefined) {
    const preset = findTrainingPreset(src.preset);
    if (!preset) return { ok: false, errors: [`unknown preset "${src.preset}"; presets: ${TRAINING_PRESETS.map((p) => p.id).join(', ')}`] };
    values = presetParams(preset);
  }
  if (src.url !== undefined) {
    const q = linkQuery(src.url);
    if (!q.ok) return { ok: false, errors: [q.message] };
    const params = new URLSearchParams(q.search);
    const parsed = parseQuery(params, SIM_PARAMS);
    // The quota planner's keys live on the same page: known there, and they do not change the run.
    const ignored = parsed.ignored.filter((i) => !(i.reason === 'unknown parameter' && ownSpec(PLANNER_PARAMS, i.key)));
    const resolved = resolvePresetLink(parsed.values, new Set(params.keys()));
    if (resolved.ignored) ignored.push(resolved.ignored);
    notices.push(...ignoredNotice(ignored));
    values = resolved.values;
  }
  if (!src.sets) return { ok: true, values, notices };
  const applied = applySettings(values, src.sets);
  return applied.ok ? { ...applied, notices } : applied;
}

/** Each `--set` over the values. A key given twice is refused: the second would silently win. */
export function applySettings(values: SimParams, sets: readonly string[]): { ok: true; values: SimParams } | { ok: false; errors: string[] } {
  const seen = new Set<string>();
  const out: Record<string, unknown> = { ...values };
  for (const text of sets) {
    const s = parseSetting(text);
    if (!s.ok) return { ok: false, errors: [s.message] };
    if (seen.has(s.key)) return { ok: false, errors: [`--set ${s.key} is given twice`] };
    seen.add(s.key);
    const parsed = SIM_PARAMS[s.key].parse(s.raw);
    if (parsed.ok) out[s.key] = parsed.value;
  }
  return { ok: true, values: out as SimParams };
}
