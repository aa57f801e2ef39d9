/**
 * Events per second of the simulator before and after FleetSimulation was split into jobs
 * (src/domain/sim/fleet/, commit ce1fb19), and today, measured in one run on one machine.
 *
 * Each older version is the commit's own tree (`git archive <commit> src bench …`, the files a git
 * worktree of that commit holds) with this checkout's node_modules, running its own bench/llm-day.ts
 * (the simulated day) and this file's M/M/c probe. Compared:
 *  - 687bd2c (before the split) and ce1fb19 (right after it): the same day scenario (BENCH_DAY: Llama
 *    3.1 70B on 8×H100, 100 requests/s ±50 %), whose results the split kept identical — like for like;
 *  - b3d1077 (before the hot-path work of issue 12's performance section) and today's HEAD: the same
 *    daily preset, whose results that work kept identical — like for like;
 *  - today's HEAD against the first two: the web's "daily" preset (same traffic, but Claude Sonnet 4.6 on its calibrated
 *    stand-in, and the milestone-3 gateway, quota, SDK and metrics on the path) — same traffic, more
 *    work per request, so compare events/s, not wall time.
 * Events/s on CPU time is the robust figure on a shared machine. Usage: npx tsx bench/engine-split.ts (or npm run bench, which runs it last)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const VERSIONS = [
  { label: 'before the split (687bd2c)', commit: '687bd2c', files: [] },
  { label: 'after the split (ce1fb19)', commit: 'ce1fb19', files: [] },
  // Its day reads the shipped catalog (the model's maximum output) from public/data.
  { label: 'before hot-path work (b3d1077)', commit: 'b3d1077', files: ['public/data'] },
  { label: 'today (HEAD, daily preset)', commit: null, files: [] },
] as const;

function treeOf(commit: string | null, files: readonly string[]): string {
  if (commit === null) return ROOT;
  const dir = join(tmpdir(), `bedrock-explorer-bench-${commit}`);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['-C', ROOT, 'archive', '--format=tar', commit, 'src', 'bench', 'package.json', 'tsconfig.json', ...files], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  copyFileSync(join(ROOT, 'bench/mmc-probe.ts'), join(dir, 'bench/mmc-probe.ts'));
  return dir;
}

function runJson(dir: string, script: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${dir}/${script}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

const m = (x: number) => (x / 1e6).toFixed(2);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const rows = VERSIONS.map((v) => {
  const dir = treeOf(v.commit, v.files);
  const day = runJson(dir, 'bench/llm-day.ts');
  const mmc = runJson(dir, 'bench/mmc-probe.ts');
  const row = {
    label: v.label,
    dayEvents: day.events!,
    dayWall: day.wallSeconds!,
    dayCpu: day.cpuSeconds!,
    dayRss: day.peakRssMb!,
    requests: day.requests!,
    dayEventsPerCpuSecond: day.events! / day.cpuSeconds!,
    mmcEventsPerCpuSecond: mmc.events! / mmc.cpuSeconds!,
    mmcEventsPerSecond: mmc.events! / mmc.wallSeconds!,
  };
  console.log(
    `${v.label.padEnd(28)} day: ${row.requests.toLocaleString('en-US')} requests, ${m(row.dayEvents)} M events, ${row.dayWall.toFixed(1)} s wall, ${row.dayCpu.toFixed(1)} s CPU, ${m(row.dayEventsPerCpuSecond)} M events/CPU-s, peak RSS ${row.dayRss.toFixed(0)} MB | M/M/c: ${m(row.mmcEventsPerCpuSecond)} M events/CPU-s (${m(row.mmcEventsPerSecond)} on wall time)`,
  );
  return row;
});
const [before, after, unoptimized, today] = rows as [(typeof rows)[number], (typeof rows)[number], (typeof rows)[number], (typeof rows)[number]];
console.log(`after ÷ before the split: day ${(after.dayEventsPerCpuSecond / before.dayEventsPerCpuSecond).toFixed(2)}× events/CPU-s (same ${before.dayEvents === after.dayEvents ? 'event count' : 'scenario, event counts differ!'}), M/M/c ${(after.mmcEventsPerCpuSecond / before.mmcEventsPerCpuSecond).toFixed(2)}×`);
console.log(`today ÷ before the split: day ${(today.dayEventsPerCpuSecond / before.dayEventsPerCpuSecond).toFixed(2)}× events/CPU-s (different model and more work per request), ${(today.dayCpu / before.dayCpu).toFixed(2)}× CPU time for the day; M/M/c ${(today.mmcEventsPerCpuSecond / before.mmcEventsPerCpuSecond).toFixed(2)}×`);
console.log(
  `today ÷ before the hot-path work (b3d1077, the same daily preset): day ${(today.dayEventsPerCpuSecond / unoptimized.dayEventsPerCpuSecond).toFixed(2)}× events/CPU-s (${today.dayEvents === unoptimized.dayEvents ? 'same event count' : 'event counts differ!'}), ${(today.dayCpu / unoptimized.dayCpu).toFixed(2)}× CPU time; M/M/c ${(today.mmcEventsPerCpuSecond / unoptimized.mmcEventsPerCpuSecond).toFixed(2)}×`,
);
