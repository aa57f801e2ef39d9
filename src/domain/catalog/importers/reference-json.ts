import { z } from 'zod';
import type { Catalog, CatalogModel, PricePoint, ReservedTierFacts } from '../catalog-schema.ts';

/**
 * Reads the project's reference compilation (bedrock-models-v2.json, schemaVersion "2.0.0") into
 * catalog v2 records. Pure: JSON in, records out, or a message naming the record and the field.
 * The catalog rules applied after every importer (free Nova cache writes, one default point) live
 * in ../catalog-derivations.ts; this module only maps fields.
 */

const num = z.number().finite().nonnegative();
const maybePrice = num.nullable().optional();
const text = z.union([z.string(), z.array(z.string())]);

const refLongContext = z.object({
  thresholdTokens: z.number().int().positive(),
  appliesTo: z.literal('whole-request'),
  inputPer1M: num.nullable(),
  outputPer1M: num.nullable(),
  cacheReadPer1M: maybePrice,
  cacheWrite5mPer1M: maybePrice,
  cacheWrite1hPer1M: maybePrice,
  cacheWrite30mPer1M: maybePrice,
  source: z.string(),
  confidence: z.enum(['confirmed', 'single-source', 'conflicting']),
});

const refPoint = z.object({
  id: z.string(),
  scope: z.object({
    type: z.enum(['in-region', 'geo', 'global', 'mantle', 'unknown-region', 'unknown-regional']),
    region: z.string().optional(),
    geography: z.string().optional(),
    equivalentGeographies: z.array(z.string()).optional(),
  }),
  tier: z.enum(['standard', 'batch', 'flex', 'priority', 'latency-optimized']),
  inputPer1M: num.nullable(),
  outputPer1M: num.nullable(),
  cacheReadPer1M: maybePrice,
  cacheWrite5mPer1M: maybePrice,
  cacheWrite1hPer1M: maybePrice,
  cacheWrite30mPer1M: maybePrice,
  longContext: refLongContext.optional(),
  validity: z
    .object({
      validFrom: z.string().optional(),
      validThroughAtLeast: z.string().optional(),
      status: z.string().optional(),
      supersededBy: z.string().optional(),
      source: z.string().optional(),
    })
    .optional(),
  source: text,
  asOf: z.string(),
  confidence: z.enum(['confirmed', 'single-source', 'conflicting']),
  conflicts: z
    .array(z.object({ field: z.string(), values: z.array(z.object({ value: z.union([z.string(), z.number()]), source: z.string() })) }))
    .optional(),
  note: z.string().optional(),
  default: z.boolean().optional(),
});

const refModel = z.object({
  id: z.string(),
  provider: z.string(),
  name: z.string(),
  modelIds: z.object({
    bedrockRuntime: z.array(z.string()),
    inferenceProfiles: z.record(z.string(), z.array(z.string())),
    mantle: z.string().nullable(),
  }),
  contextWindow: z.number().int().positive().nullable(),
  contextWindowExtended: z.number().int().positive().optional(),
  contextWindowNote: z.string().optional(),
  maxOutputTokens: z.number().int().positive().nullable(),
  limitsSource: z.string(),
  lifecycle: z.object({
    status: z.enum(['active', 'legacy', 'end-of-life', 'preview', 'availability-unconfirmed']),
    basis: z.string(),
    source: z.array(z.string()),
    endOfLifeDate: z.string().optional(),
    legacyDate: z.string().optional(),
  }),
  pricePoints: z.array(refPoint).min(1),
  provisionedThroughput: z
    .object({
      unit: z.literal('USD per model unit per hour'),
      rates: z.array(z.object({ region: z.string(), term: z.enum(['no-commit', '1-month', '6-month']), usdPerHour: num })),
      derivation: z.string().optional(),
      source: text,
      asOf: z.string(),
      confidence: z.enum(['confirmed', 'single-source', 'conflicting']),
      note: z.string().optional(),
    })
    .optional(),
  notes: text.optional(),
  auditVerdict: z.object({ verdict: z.string(), note: z.string().optional(), source: z.string().optional() }).optional(),
  confidence: z.enum(['confirmed', 'single-source', 'conflicting']),
});

const refFile = z.object({
  schemaVersion: z.literal('2.0.0'),
  generatedAt: z.string(),
  priceUnit: z.string().startsWith('USD per 1,000,000 tokens'),
  sources: z.array(z.object({ id: z.string(), what: z.string(), date: z.string(), kind: z.string() })),
  reservedTier: z.object({
    pricing: z.string(),
    terms: z.array(z.string()),
    minimums: z.object({ inputTPM: z.number().int().positive(), outputTPM: z.number().int().positive() }),
    countsTowardReservation: z.string(),
    uptimeTarget: z.string(),
    source: text,
    conflicts: z.array(z.object({ field: z.string(), values: z.array(z.object({ value: z.union([z.string(), z.number()]), source: z.string() })) })).optional(),
    asOf: z.string(),
    confidence: z.enum(['confirmed', 'single-source', 'conflicting']),
  }),
  models: z.array(z.unknown()),
});

export type ReferenceImport =
  | { ok: true; catalog: Catalog; renamed: { from: string; to: string; name: string }[] }
  | { ok: false; error: string };

function list(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** Lower-case slug; "+" becomes "plus" so "Command R+" and "Command R" stay apart. */
export function slugify(name: string): string {
  return name
    .replace(/\+/g, ' plus')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function issueText(fileName: string, where: string, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.length ? issue.path.join('.') : '(record)';
  return `${fileName}: ${where}, field ${path}: ${issue.message}`;
}

function mapPoint(p: z.infer<typeof refPoint>): PricePoint {
  const scope: PricePoint['scope'] =
    p.scope.type === 'in-region' || p.scope.type === 'mantle'
      ? { type: p.scope.type, region: p.scope.region ?? 'unknown' }
      : p.scope.type === 'geo'
        ? {
            type: 'geo',
            geography: p.scope.geography ?? 'unknown',
            ...(p.scope.equivalentGeographies ? { equivalentGeographies: p.scope.equivalentGeographies } : {}),
          }
        : { type: p.scope.type };
  const out: PricePoint = {
    id: p.id,
    scope,
    tier: p.tier,
    inputPer1M: p.inputPer1M,
    outputPer1M: p.outputPer1M,
    source: list(p.source),
    asOf: p.asOf,
    confidence: p.confidence,
    default: p.default === true,
  };
  for (const key of ['cacheReadPer1M', 'cacheWrite5mPer1M', 'cacheWrite1hPer1M', 'cacheWrite30mPer1M'] as const) {
    if (p[key] !== undefined) out[key] = p[key];
  }
  if (p.longContext) {
    const { appliesTo: _whole, ...rates } = p.longContext;
    out.longContext = rates;
  }
  if (p.validity) {
    // A promotion is the point whose end is open ("at least through"); a list price is one a promotion set aside.
    out.validity = { kind: p.validity.validThroughAtLeast ? 'promotion' : 'list', ...p.validity };
  }
  if (p.conflicts) out.conflicts = p.conflicts;
  if (p.note) out.note = p.note;
  return out;
}

function mapModel(m: z.infer<typeof refModel>, id: string): CatalogModel {
  const notes = [
    ...(m.notes ? list(m.notes) : []),
    ...(m.auditVerdict ? [`Audit (${m.auditVerdict.source ?? 'AUDIT-T2'}): ${m.auditVerdict.verdict}${m.auditVerdict.note ? ` — ${m.auditVerdict.note}` : ''}`] : []),
  ].join(' ');
  const model: CatalogModel = {
    id,
    provider: m.provider,
    name: m.name,
    aliases: [],
    modelIds: m.modelIds,
    contextWindow: m.contextWindow,
    maxOutputTokens: m.maxOutputTokens,
    limitsSource: m.limitsSource,
    lifecycle: m.lifecycle,
    // llama3-tokenizer-js reproduces the Llama 3 tokenizer (Llama 3, 3.1, 3.2 and 3.3).
    tokenizer: m.modelIds.bedrockRuntime.some((b) => b.startsWith('meta.llama3')) ? 'llama3' : 'other',
    pricePoints: m.pricePoints.map(mapPoint),
    confidence: m.confidence,
  };
  if (m.contextWindowExtended !== undefined) model.contextWindowExtended = m.contextWindowExtended;
  if (m.contextWindowNote) model.contextWindowNote = m.contextWindowNote;
  if (m.provisionedThroughput) model.provisionedThroughput = { ...m.provisionedThroughput, source: list(m.provisionedThroughput.source) };
  if (notes) model.notes = notes;
  return model;
}

function mapReserved(r: z.infer<typeof refFile>['reservedTier']): ReservedTierFacts {
  return {
    pricing: r.pricing,
    // "1 month", "3 months" → 1, 3
    termsMonths: r.terms.map((t) => Number.parseInt(t, 10)).filter((n) => Number.isInteger(n) && n > 0),
    minimums: r.minimums,
    countsTowardReservation: r.countsTowardReservation,
    uptimeTarget: r.uptimeTarget,
    source: list(r.source),
    ...(r.conflicts ? { conflicts: r.conflicts } : {}),
    asOf: r.asOf,
    confidence: r.confidence,
  };
}

export function importReferenceJson(json: unknown, fileName = 'bedrock-models-v2.json'): ReferenceImport {
  const file = refFile.safeParse(json);
  if (!file.success) return { ok: false, error: issueText(fileName, 'file', file.error) };
  const parsed: z.infer<typeof refModel>[] = [];
  for (const [i, raw] of file.data.models.entries()) {
    const model = refModel.safeParse(raw);
    const label = raw && typeof raw === 'object' && Object.hasOwn(raw, 'id') ? `model ${i} (${String((raw as { id: unknown }).id).slice(0, 60)})` : `model ${i}`;
    if (!model.success) return { ok: false, error: issueText(fileName, label, model.error) };
    parsed.push(model.data);
  }
  // The reference repeats an ID for two models (e.g. "command-r" for Command R and Command R+):
  // the record whose name matches the ID keeps it, the others get the slug of their name.
  const count = new Map<string, number>();
  for (const m of parsed) count.set(m.id, (count.get(m.id) ?? 0) + 1);
  const renamed: { from: string; to: string; name: string }[] = [];
  const models = parsed.map((m) => {
    if ((count.get(m.id) ?? 0) < 2 || slugify(m.name) === m.id) return mapModel(m, m.id);
    const to = slugify(m.name);
    renamed.push({ from: m.id, to, name: m.name });
    return mapModel(m, to);
  });
  return {
    ok: true,
    renamed,
    catalog: {
      schemaVersion: 2,
      catalogVersion: file.data.generatedAt,
      generated: file.data.generatedAt,
      builtFrom: `${fileName} (Bedrock Explorer reference compilation, ${file.data.generatedAt})`,
      priceUnit: 'USD per 1,000,000 tokens',
      sources: file.data.sources,
      reservedTier: mapReserved(file.data.reservedTier),
      models,
    },
  };
}
