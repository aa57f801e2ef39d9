import type { PriceScope } from '../catalog-schema.ts';

/**
 * Reading the Bedrock model references sources use: a bare model ID ("amazon.nova-pro-v1:0"), a
 * geographic profile ("eu.amazon.nova-pro-v1:0"), a global profile ("global.anthropic.claude-opus-5").
 */

/** Inference-profile prefixes (pricing rules 2026 §2): the geographies and global. */
export const GEO_PREFIXES = ['us-gov', 'us', 'eu', 'apac', 'jp', 'au', 'ca'] as const;

/** "vendor.model…": a vendor prefix, a dot, then the model's own name (letters, digits, . : _ -). */
const BARE_ID = /^[a-z0-9][a-z0-9-]{0,39}\.[A-Za-z0-9][\w.:-]{0,159}$/;
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d{1,2}$/;

export function isBareModelId(text: string): boolean {
  return BARE_ID.test(text);
}

export function isRegionCode(text: string): boolean {
  return REGION.test(text);
}

export interface ParsedModelId {
  bareId: string;
  /** geo: the geography; global; or none (a bare ID). */
  profile: { type: 'geo'; geography: string } | { type: 'global' } | null;
}

/** Splits "eu.amazon.nova-pro-v1:0" into its profile and bare ID; null when it is not a Bedrock model reference. */
export function parseModelId(text: string): ParsedModelId | null {
  if (text.startsWith('global.')) {
    const bareId = text.slice('global.'.length);
    return isBareModelId(bareId) ? { bareId, profile: { type: 'global' } } : null;
  }
  for (const geo of GEO_PREFIXES) {
    if (text.startsWith(`${geo}.`)) {
      const bareId = text.slice(geo.length + 1);
      if (isBareModelId(bareId)) return { bareId, profile: { type: 'geo', geography: geo } };
    }
  }
  return isBareModelId(text) ? { bareId: text, profile: null } : null;
}

/** The scope a parsed reference bills at, given the Region a bare ID is assumed to be invoked in. */
export function scopeOf(parsed: ParsedModelId, bareRegion: string): PriceScope {
  if (parsed.profile?.type === 'global') return { type: 'global' };
  if (parsed.profile?.type === 'geo') return { type: 'geo', geography: parsed.profile.geography };
  return { type: 'in-region', region: bareRegion };
}

/** Catalog provider names by Bedrock vendor prefix, for a model the refresh adds. */
const PROVIDERS: Record<string, string> = {
  ai21: 'AI21 Labs',
  amazon: 'Amazon',
  anthropic: 'Anthropic',
  cohere: 'Cohere',
  deepseek: 'DeepSeek',
  google: 'Google',
  meta: 'Meta',
  minimax: 'MiniMax',
  mistral: 'Mistral AI',
  moonshotai: 'Moonshot AI',
  nvidia: 'NVIDIA',
  openai: 'OpenAI',
  qwen: 'Qwen',
  twelvelabs: 'TwelveLabs',
  writer: 'Writer',
  xai: 'xAI',
  zai: 'Z.ai',
};

export function providerOf(bareId: string): string {
  const vendor = bareId.slice(0, bareId.indexOf('.'));
  return Object.hasOwn(PROVIDERS, vendor) ? PROVIDERS[vendor]! : vendor;
}
