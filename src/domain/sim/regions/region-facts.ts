/**
 * Cross-Region inference profiles and the Regions they may route to, from
 * ../shared/reference/bedrock-api-facts.md §4 (AWS CDK's cross-Region inference profile enum docs,
 * aws/aws-cdk packages/@aws-cdk/aws-bedrock-alpha/bedrock/inference-profiles/cross-region-inference-profile.ts,
 * commit 01d78ea) and bedrock-2026-facts.md §5.6: a geographic profile (`us.`, `eu.`, `apac.`, `jp.`, `au.`)
 * stays inside its geography; a global profile (`global.`) may route to every commercial Region.
 * The exact set also depends on the model and on the source Region (AWS's example: `us.` Claude 3 Haiku called
 * from us-west-2 routes only to us-east-1 or us-west-2); the simulator uses the geography's whole set.
 * GovCloud (`us-gov.`) is not a commercial Region and is left out.
 */
export const GEO_REGIONS = {
  us: ['us-east-1', 'us-east-2', 'us-west-2'],
  eu: ['eu-central-1', 'eu-west-1', 'eu-west-3', 'eu-west-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-central-2'],
  apac: ['ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7', 'ap-east-2', 'me-central-1'],
  jp: ['ap-northeast-1', 'ap-northeast-3'],
  au: ['ap-southeast-2', 'ap-southeast-4'],
} as const satisfies Record<string, readonly string[]>;

export type GeoProfile = keyof typeof GEO_REGIONS;
export const PROFILES = ['global', 'us', 'eu', 'apac', 'jp', 'au'] as const;
export type ProfileKind = (typeof PROFILES)[number];

/** Every commercial Region the facts name (the global profile's destinations, as far as the simulator knows them). */
export const KNOWN_REGIONS: readonly string[] = [...new Set(Object.values(GEO_REGIONS).flat())];

const KNOWN = new Set(KNOWN_REGIONS);

export function isKnownRegion(name: string): boolean {
  return KNOWN.has(name);
}

/** Whether `profile` may send a request to `region`. */
export function profileIncludes(profile: ProfileKind, region: string): boolean {
  if (profile === 'global') return KNOWN.has(region);
  return (GEO_REGIONS[profile] as readonly string[]).includes(region);
}

/** The inference-profile id prefix, as in `us.anthropic.claude-…` (bedrock-api-facts.md §4). */
export function profilePrefix(profile: ProfileKind): string {
  return `${profile}.`;
}

/**
 * Round-trip time from the source Region to another, seconds. NOT in our sources: the defaults are
 * assumptions for teaching (same Region 0 ms; same geography 20 ms; another continent 80 ms), and every
 * run can set its own per Region.
 */
export const RTT_ASSUMPTION_LABEL = 'Round-trip times between Regions are assumptions (not in our sources): set them per Region.';
export function defaultRoundTripSeconds(source: string, region: string): number {
  if (source === region) return 0;
  const sameGeo = (['us', 'eu', 'apac'] as const).some((g) => profileIncludes(g, source) && profileIncludes(g, region));
  return sameGeo ? 0.02 : 0.08;
}
