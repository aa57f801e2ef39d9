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

  it('runs a sweep on worker threads with the same table as one thread, in grid order', () => {
    const args = ['--set', 'dur=120', '--set', 'min=1', '--set', 'max=2', '--sweep', 'rate=2:6:2', '--sweep', 'seed=1:2:1'];
    const threads = run([...args, '--jobs', '2']);
    const inline = run([...args, '--jobs', '1']);
    expect(threads.stderr).toBe('');
    expect(threads.status).toBe(0);
    expect(threads.stdout).toBe(inline.stdout);
    const lines = threads.stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['0,2,1', '1,2,2', '2,4,1', '3,4,2', '4,6,1', '5,6,2']);
    expect(lines[0]!.split(',').filter((name) => name === 'seed')).toHaveLength(1);
  }, 60_000);

  it('refuses a grid beyond the limit with code 2 before running anything', () => {
    const r = run(['--sweep', 'rate=1:100:1', '--sweep', 'inTok=1:1000:1']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the grid has 100 × 1,000 points, more than the 10,000 one command runs');
  }, 30_000);
});
