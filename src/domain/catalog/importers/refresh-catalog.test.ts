import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogFromJsonText } from '../catalog-schema.ts';
import { detectSource } from './detect-format.ts';
import { refreshCatalog, type SourceFileText } from './refresh-catalog.ts';

const dir = 'src/domain/catalog/importers/fixtures/';
const fixture = (name: string): SourceFileText => ({ name, text: readFileSync(dir + name, 'utf8') });
const reference = { name: 'reference-sample.json', text: readFileSync('src/domain/catalog/importers/samples/reference-sample.json', 'utf8') };
const options = { today: '2026-12-02', addModels: false };

// The base: the eight-model reference sample (catalog engineer's sample), imported as a catalog.
const baseRun = refreshCatalog(catalogFromJsonText(readFileSync('public/data/catalog.v2.json', 'utf8')), [reference], options);
if (!baseRun.ok) throw new Error(baseRun.error);
const base = baseRun.catalog;

describe('detecting the format of a source file', () => {
  it('tells the four formats apart and dates each file', () => {
    expect(detectSource('aws.yml', fixture('genai-prices-aws-excerpt.yml').text, '2026-08-21')).toMatchObject({ ok: true, format: 'genai-prices', source: { id: 'GP-2026-08-21' } });
    expect(detectSource('ll.json', fixture('litellm-bedrock-excerpt.json').text, undefined)).toMatchObject({ ok: true, format: 'litellm', source: { id: 'LL-2026-08-01', date: '2026-08-01' } });
    expect(detectSource('pl.json', fixture('aws-price-list-foundationmodels-opus-5.json').text, undefined)).toMatchObject({ ok: true, format: 'aws-price-list', source: { id: 'PL-FM-20260922164418', date: '2026-09-22' } });
    expect(detectSource('ref.json', reference.text, undefined)).toMatchObject({ ok: true, format: 'reference-json' });
  });

  it('asks for the date of a genai-prices or LiteLLM file that carries none, and refuses an unknown format', () => {
    expect(detectSource('aws.yml', 'models: []\n', undefined)).toEqual({
      ok: false,
      error: 'aws.yml: file, field (date): a genai-prices file carries no date of its own; give it as --from aws.yml --date YYYY-MM-DD',
    });
    expect(detectSource('x.json', '{"hello": {"world": 1}}', '2026-01-01')).toMatchObject({ ok: false, error: expect.stringContaining('x.json: file, field (root): not a format the refresh reads') });
  });
});

describe('refreshCatalog: the whole refresh on the sample files', () => {
  it('merges all four formats into the reference base, and the result passes the catalog schema', () => {
    const r = refreshCatalog(base, [
      fixture('genai-prices-aws-excerpt.yml'),
      fixture('litellm-bedrock-excerpt.json'),
      fixture('aws-price-list-amazonbedrock-us-east-1.json'),
      fixture('aws-price-list-foundationmodels-sonnet-4-6.json'),
      fixture('aws-price-list-foundationmodels-opus-5.json'),
    ], options);
    if (!r.ok) throw new Error(r.error);
    const micro = r.catalog.models.find((m) => m.id === 'nova-micro')!.pricePoints.find((p) => p.id === 'in-region-us-east-1-standard')!;
    // Three sources agree with the reference on Nova Micro: $0.035 / $0.14, cache read $0.00875.
    expect(micro).toMatchObject({ inputPer1M: 0.035, outputPer1M: 0.14, cacheReadPer1M: 0.00875, confidence: 'confirmed', asOf: '2026-09-11' });
    expect(micro.source.some((s) => s.startsWith('PL-AB-20260911124408 Nova Micro'))).toBe(true);
    expect(r.diff.modelsAdded).toEqual([]);
    expect(r.diff.modelsRemoved).toEqual([]);
    expect(r.report).toMatch(/^Models: 8 → 8 \(\+0 −0\); price points: \d+ → \d+/);
    expect(r.catalog.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['GP-2026-08-21', 'LL-2026-08-01', 'PL-AB-20260911124408', 'PL-FM-20260911124410', 'PL-FM-20260922164418']));
  });

  it('with a reference compilation as a source, lists the models it drops as removed', () => {
    const shipped = catalogFromJsonText(readFileSync('public/data/catalog.v2.json', 'utf8'));
    const r = refreshCatalog(shipped, [reference], options);
    if (!r.ok) throw new Error(r.error);
    expect(r.diff.modelsRemoved.length).toBe(shipped.models.length - 8);
    expect(r.diff.modelsAdded).toEqual([]);
  });
});

describe('refreshCatalog refuses a malformed file, naming the file, the record and the field', () => {
  const litellm = fixture('litellm-bedrock-excerpt.json');
  const cases: [string, SourceFileText, string][] = [
    ['bad JSON', { name: 'broken.json', text: litellm.text.slice(0, 500) }, 'broken.json: file, field (JSON): not valid JSON'],
    [
      'a record with a missing field',
      { name: 'll.json', text: litellm.text.replace('"mode": "chat",\n    "output_cost_per_token": 1.4e-07', '"output_cost_per_token": 1.4e-07') },
      'll.json: record amazon.nova-micro-v1:0, field mode: missing',
    ],
    ['a hostile key', { name: 'pl.json', text: fixture('aws-price-list-foundationmodels-opus-5.json').text.replace('"attributesList": {}', '"attributesList": {"__proto__": {"x": 1}}') }, 'pl.json: key attributesList.__proto__, field __proto__'],
    ['a NaN-ish price', { name: 'aws.yml', text: fixture('genai-prices-aws-excerpt.yml').text.replace('input_mtok: 0.035', 'input_mtok: .nan') }, 'aws.yml: model 1 (amazon.nova-micro-v1:0), field prices.input_mtok'],
  ];
  for (const [what, file, message] of cases) {
    it(what, () => {
      const r = refreshCatalog(base, [fixture('genai-prices-aws-excerpt.yml'), file], options);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(message);
    });
  }
});

describe('npm run catalog -- --from …: writes only a refresh that succeeded', () => {
  const work = mkdtempSync(join(tmpdir(), 'catalog-refresh-'));
  const catalogPath = join(work, 'catalog.v2.json');
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/build-catalog.ts', ...args, '--catalog', catalogPath, '--today', '2026-12-02'], { encoding: 'utf8' });

  it('a malformed file: exit 1, the message names the file, record and field, the catalog is untouched', () => {
    copyFileSync('public/data/catalog.v2.json', catalogPath);
    const before = readFileSync(catalogPath, 'utf8');
    const bad = join(work, 'bad-litellm.json');
    writeFileSync(bad, fixture('litellm-bedrock-excerpt.json').text.replace('"input_cost_per_token": 3.5e-08', '"input_cost_per_token": "0.000000035"'));
    const r = run('--from', dir + 'genai-prices-aws-excerpt.yml', '--from', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad-litellm.json: record amazon.nova-micro-v1:0, field input_cost_per_token: ');
    expect(r.stderr).toContain('Nothing written.');
    expect(readFileSync(catalogPath, 'utf8')).toBe(before);
  });

  it('--dry-run prints the diff and writes nothing; without it the catalog is written and valid', () => {
    copyFileSync('public/data/catalog.v2.json', catalogPath);
    const before = readFileSync(catalogPath, 'utf8');
    const dry = run('--from', dir + 'aws-price-list-amazonbedrock-us-east-1.json', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/Models: 110 → 110 \(\+0 −0\); price points: 236 → \d+/);
    expect(readFileSync(catalogPath, 'utf8')).toBe(before);
    const real = run('--from', dir + 'aws-price-list-amazonbedrock-us-east-1.json');
    expect(real.status).toBe(0);
    const written = catalogFromJsonText(readFileSync(catalogPath, 'utf8'));
    expect(written.sources.some((s) => s.id === 'PL-AB-20260911124408')).toBe(true);
  });
});
