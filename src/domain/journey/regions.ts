/**
 * AWS Regions the journey can start in or route to, with the cross-Region inference (CRIS)
 * geographies they belong to. Region sets: aws/aws-cdk aws-bedrock-alpha
 * cross-region-inference-profile.ts enum docs (as summarised in the project's Bedrock API facts §4).
 * Coordinates are the approximate metro area of each Region's published city, used only to
 * estimate propagation delay (an assumption, labelled where it is shown).
 */
export type Geo = 'us' | 'eu' | 'apac' | 'jp' | 'au';

export type Region = {
  code: string;
  city: string;
  lat: number;
  lon: number;
};

export const REGIONS: readonly Region[] = [
  { code: 'us-east-1', city: 'N. Virginia', lat: 39.0, lon: -77.5 },
  { code: 'us-east-2', city: 'Ohio', lat: 40.0, lon: -83.0 },
  { code: 'us-west-1', city: 'N. California', lat: 37.4, lon: -121.9 },
  { code: 'us-west-2', city: 'Oregon', lat: 45.8, lon: -119.7 },
  { code: 'ca-central-1', city: 'Canada (Central)', lat: 45.5, lon: -73.6 },
  { code: 'sa-east-1', city: 'São Paulo', lat: -23.5, lon: -46.6 },
  { code: 'eu-central-1', city: 'Frankfurt', lat: 50.1, lon: 8.7 },
  { code: 'eu-central-2', city: 'Zurich', lat: 47.4, lon: 8.5 },
  { code: 'eu-west-1', city: 'Ireland', lat: 53.3, lon: -6.3 },
  { code: 'eu-west-2', city: 'London', lat: 51.5, lon: -0.1 },
  { code: 'eu-west-3', city: 'Paris', lat: 48.9, lon: 2.35 },
  { code: 'eu-north-1', city: 'Stockholm', lat: 59.3, lon: 18.1 },
  { code: 'eu-south-1', city: 'Milan', lat: 45.5, lon: 9.2 },
  { code: 'eu-south-2', city: 'Spain', lat: 41.6, lon: -0.9 },
  { code: 'ap-northeast-1', city: 'Tokyo', lat: 35.7, lon: 139.7 },
  { code: 'ap-northeast-2', city: 'Seoul', lat: 37.6, lon: 127.0 },
  { code: 'ap-northeast-3', city: 'Osaka', lat: 34.7, lon: 135.5 },
  { code: 'ap-south-1', city: 'Mumbai', lat: 19.1, lon: 72.9 },
  { code: 'ap-south-2', city: 'Hyderabad', lat: 17.4, lon: 78.5 },
  { code: 'ap-southeast-1', city: 'Singapore', lat: 1.35, lon: 103.8 },
  { code: 'ap-southeast-2', city: 'Sydney', lat: -33.9, lon: 151.2 },
  { code: 'ap-southeast-3', city: 'Jakarta', lat: -6.2, lon: 106.8 },
  { code: 'ap-southeast-4', city: 'Melbourne', lat: -37.8, lon: 145.0 },
  { code: 'ap-southeast-5', city: 'Malaysia', lat: 3.1, lon: 101.7 },
  { code: 'ap-southeast-7', city: 'Thailand', lat: 13.8, lon: 100.5 },
  { code: 'ap-east-2', city: 'Taipei', lat: 25.0, lon: 121.5 },
  { code: 'me-central-1', city: 'UAE', lat: 25.2, lon: 55.3 },
];

/** Source Regions offered in the journey's Region picker. */
export const SOURCE_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'eu-central-1',
  'eu-west-1',
  'eu-west-3',
  'ap-northeast-1',
  'ap-southeast-2',
  'ap-south-1',
] as const;
export type SourceRegion = (typeof SOURCE_REGIONS)[number];

/** Destination Region sets of each geographic profile [CDK enum docs]. */
export const GEO_REGIONS: Record<Geo, readonly string[]> = {
  us: ['us-east-1', 'us-east-2', 'us-west-2'],
  eu: ['eu-central-1', 'eu-west-1', 'eu-west-3', 'eu-west-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-central-2'],
  apac: [
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-7',
    'ap-east-2',
    'me-central-1',
  ],
  jp: ['ap-northeast-1', 'ap-northeast-3'],
  au: ['ap-southeast-2', 'ap-southeast-4'],
};

export const GEO_LABEL: Record<Geo, string> = {
  us: 'United States',
  eu: 'Europe',
  apac: 'Asia Pacific',
  jp: 'Japan',
  au: 'Australia',
};

export function regionByCode(code: string): Region | undefined {
  return REGIONS.find((r) => r.code === code);
}

/** The geographies a source Region belongs to, most specific first (jp/au before apac). */
export function geosOf(regionCode: string): Geo[] {
  const out: Geo[] = [];
  for (const geo of ['jp', 'au', 'us', 'eu', 'apac'] as const) {
    if (GEO_REGIONS[geo].includes(regionCode)) out.push(geo);
  }
  return out;
}

/** Global profiles may route to any commercial Region [DOC:inference-profiles-support.html]. */
export function globalRegions(): string[] {
  return REGIONS.map((r) => r.code);
}

/** Great-circle distance in km (haversine, mean Earth radius 6,371 km). */
export function distanceKm(a: string, b: string): number {
  const ra = regionByCode(a);
  const rb = regionByCode(b);
  if (!ra || !rb || a === b) return 0;
  const rad = Math.PI / 180;
  const dLat = (rb.lat - ra.lat) * rad;
  const dLon = (rb.lon - ra.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(ra.lat * rad) * Math.cos(rb.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
