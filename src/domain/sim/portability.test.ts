import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * "Same results in Node as in the browser worker" rests on the engine using plain JS only:
 * no Node built-ins, no DOM, no wall clock or Math.random in the simulation itself.
 */
describe('engine portability', () => {
  const dir = dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'test-helpers.ts');

  it.each(sources)('%s uses no Node APIs, DOM, wall clock or unseeded randomness', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).not.toMatch(/from 'node:|\brequire\(|\bprocess\.[a-z]|\bdocument\.[a-z]|\bwindow\.[a-z]|Math\.random|Date\.now|performance\.now/);
  });
});
