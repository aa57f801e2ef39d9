import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The real entry point, spawned as `npm run sim` runs it (tsx), for the exit codes. */
describe('sim entry point', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('prints a clear message and exits with code 2 on a wrong option', () => {
    const r = run(['--preset', 'mmc-erlang', '--servers', 'zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('sim: --servers must be a number, got "zero"\n');
    expect(r.stdout).toBe('');
  }, 30_000);

  it('prints one JSON object for the M/M/c preset and exits with 0', () => {
    const r = run(['--preset', 'mmc-erlang', '--servers', '4', '--arrival-rate', '3', '--service-rate', '1', '--customers', '10000', '--seed', '2', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { waitProbability: number; events: number };
    expect(out.events).toBe(20_000);
    expect(out.waitProbability).toBeGreaterThan(0.4);
  }, 30_000);
});
