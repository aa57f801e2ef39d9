import { OFFER_CODES, priceListSourceInfo } from './aws-price-list.ts';
import type { SourceFormat, SourceInfo } from './price-observation.ts';

/**
 * Which of the four formats a source file is, and its source ID and date. A Price List offer file
 * and the reference compilation date themselves; a genai-prices or LiteLLM file carries no date of
 * its own (the copies in the reference folder note one in a comment or a `_provenance` key), so the
 * caller passes it (`--date`) when the file does not say.
 */

export type Detected =
  | { ok: true; format: SourceFormat; json?: unknown; source: SourceInfo }
  | { ok: false; error: string };

const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function looksLikeLitellm(json: Record<string, unknown>): boolean {
  const entries = Object.entries(json).filter(([k]) => !k.startsWith('_') && k !== 'sample_spec').slice(0, 20);
  return entries.length > 0 && entries.every(([, v]) => isObject(v) && (Object.hasOwn(v, 'litellm_provider') || Object.hasOwn(v, 'mode')));
}

export function detectSource(fileName: string, text: string, givenDate: string | undefined): Detected {
  const date = (format: SourceFormat, fromFile: string | undefined): string | { error: string } => {
    const d = givenDate ?? fromFile;
    if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
    return { error: `${fileName}: file, field (date): a ${format} file carries no date of its own; give it as --from ${fileName} --date YYYY-MM-DD` };
  };
  if (/\.ya?ml$/i.test(fileName)) {
    const header = text.split('\n', 5).filter((l) => l.startsWith('#')).join(' ');
    const d = date('genai-prices', DATE.exec(header)?.[1]);
    if (typeof d !== 'string') return { ok: false, ...d };
    return { ok: true, format: 'genai-prices', source: { format: 'genai-prices', id: `GP-${d}`, what: `pydantic/genai-prices providers file ${fileName}`, date: d, fileName } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName}: file, field (JSON): not valid JSON (${(error as Error).message.slice(0, 200)})` };
  }
  if (!isObject(json)) return { ok: false, error: `${fileName}: file, field (root): not a JSON object` };
  if (typeof json.offerCode === 'string' && (OFFER_CODES as readonly string[]).includes(json.offerCode)) {
    const source = priceListSourceInfo(json, fileName);
    if (!source) return { ok: false, error: `${fileName}: offer, field version/publicationDate: an offer file needs a 14-digit version and an ISO publicationDate` };
    return { ok: true, format: 'aws-price-list', json, source: givenDate ? { ...source, date: givenDate } : source };
  }
  if (Object.hasOwn(json, 'schemaVersion') && Array.isArray(json.models)) {
    const d = date('reference-json', typeof json.generatedAt === 'string' ? DATE.exec(json.generatedAt)?.[1] : undefined);
    if (typeof d !== 'string') return { ok: false, ...d };
    return { ok: true, format: 'reference-json', json, source: { format: 'reference-json', id: `REF-${d}`, what: `reference compilation ${fileName}`, date: d, fileName } };
  }
  if (looksLikeLitellm(json)) {
    const provenance = isObject(json._provenance) ? JSON.stringify(json._provenance) : '';
    const d = date('litellm', DATE.exec(provenance)?.[1]);
    if (typeof d !== 'string') return { ok: false, ...d };
    return { ok: true, format: 'litellm', json, source: { format: 'litellm', id: `LL-${d}`, what: `BerriAI/litellm model_prices_and_context_window.json (${fileName})`, date: d, fileName } };
  }
  return {
    ok: false,
    error: `${fileName}: file, field (root): not a format the refresh reads (a genai-prices .yml, a LiteLLM prices JSON, an AWS Price List offer file for AmazonBedrock or AmazonBedrockFoundationModels, or the reference bedrock-models-v2.json)`,
  };
}
