import { useMemo, useRef, useState } from 'react';
import { layoutFleet, tilesOf, type Box, type Tile } from '../../domain/sim-view/fleet-layout.ts';
import type { LiveRun } from '../../domain/sim-view/frame-stream.ts';
import { refusalBadges, tierLanes, type RefusalBadge } from '../../domain/sim-view/fleet-signals.ts';
import { useElementWidth } from '../../ui/use-element-width.ts';
import { plainNumber as num } from './simulate-model.ts';
import { useRequestDots } from './use-request-dots.ts';

const STATE_LABEL: Record<Tile['state'], string> = {
  ready: 'serving',
  booting: 'booting',
  loading: 'loading weights',
  draining: 'draining',
  failed: 'failed',
  retired: 'retired',
};

function Node({ box, title, sub, compact }: { box: Box; title: string; sub?: string; compact: boolean }) {
  return (
    <g>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={8} className="fill-surface-2 stroke-line" strokeWidth={1.5} />
      <text x={box.x + box.w / 2} y={box.y + (sub ? box.h / 2 - 4 : box.h / 2)} dy="0.32em" textAnchor="middle" className={`fill-fg font-semibold ${compact ? 'text-[10px]' : 'text-[12px]'}`}>
        {title}
      </text>
      {sub ? (
        <text x={box.x + box.w / 2} y={box.y + box.h / 2 + 11} dy="0.32em" textAnchor="middle" className="fill-muted text-[10px]">
          {sub}
        </text>
      ) : null}
    </g>
  );
}

function ServerTile({ t, compact }: { t: Tile; compact: boolean }) {
  const live = t.state === 'ready' || t.state === 'draining';
  const starting = t.state === 'booting' || t.state === 'loading';
  const fillH = Math.max(0, (t.h - 4) * t.fill);
  // The update being rolled out is drawn in its own colour; the current version keeps the usual one.
  const isNew = t.version === 1;
  const batchH = Math.max(0, (t.h - 4) * (t.batch ?? 0));
  const local = t.id % 1_000_000;
  return (
    <g data-state={t.state} data-version={t.version ?? 0} data-batch={(t.batch ?? 0) > 0 ? 'yes' : undefined}>
      <title>{`Server ${local + 1}${isNew ? ' (new model version)' : ''}: ${STATE_LABEL[t.state]}${live ? `, batch ${Math.round(t.fill * 100)} % full, ${t.waiting} waiting` : ''}${(t.batch ?? 0) > 0 ? `; holds batch-job records (${Math.round((t.batch ?? 0) * 100)} % of a batch)` : ''}`}</title>
      <rect
        x={t.x}
        y={t.y}
        width={t.w}
        height={t.h}
        rx={3}
        className={t.state === 'failed' ? 'fill-surface-2 stroke-muted' : isNew ? 'fill-surface stroke-chart-5' : starting ? 'fill-surface stroke-chart-3' : 'fill-surface stroke-chart-1'}
        strokeWidth={1.5}
        strokeDasharray={starting ? '3 2' : undefined}
        opacity={t.state === 'failed' ? 0.55 : t.state === 'draining' ? 0.6 : 1}
      />
      {live && fillH > 0 ? <rect x={t.x + 2} y={t.y + t.h - 2 - fillH} width={t.w - 4} height={fillH} rx={1.5} className={isNew ? 'fill-chart-5' : 'fill-chart-1'} opacity={0.75} /> : null}
      {isNew && !compact && t.w >= 40 && !starting ? (
        <text x={t.x + t.w / 2} y={t.y + 8} dy="0.32em" textAnchor="middle" className="fill-fg text-[9px] font-bold" paintOrder="stroke" stroke="var(--surface)" strokeWidth={2.5}>
          new
        </text>
      ) : null}
      {batchH > 0 ? <rect x={t.x + 2} y={t.y + t.h - 2 - batchH} width={compact ? 3 : 5} height={batchH} className="fill-chart-6" /> : null}
      {t.state === 'loading' ? <rect x={t.x + 2} y={t.y + t.h - 6} width={t.w - 4} height={4} rx={1} className="fill-chart-3 animate-pulse" /> : null}
      {t.state === 'booting' ? (
        <text x={t.x + t.w / 2} y={t.y + t.h / 2} dy="0.32em" textAnchor="middle" className="fill-chart-3 text-[9px] font-bold animate-pulse">
          {compact ? '…' : 'boot'}
        </text>
      ) : null}
      {t.state === 'failed' ? (
        <path d={`M${t.x + 5},${t.y + 5}L${t.x + t.w - 5},${t.y + t.h - 5}M${t.x + t.w - 5},${t.y + 5}L${t.x + 5},${t.y + t.h - 5}`} className="stroke-muted" strokeWidth={1.5} />
      ) : null}
      {live && t.waiting > 0 ? (
        <g>
          <rect x={t.x + t.w - 10} y={t.y - 5} width={t.waiting > 99 ? 18 : compact ? 10 : 14} height={10} rx={5} className="fill-chart-3" />
          <text x={t.x + t.w - 10 + (t.waiting > 99 ? 9 : compact ? 5 : 7)} y={t.y} dy="0.32em" textAnchor="middle" className="fill-surface text-[8px] font-bold">
            {t.waiting > 99 ? '99+' : t.waiting}
          </text>
        </g>
      ) : null}
    </g>
  );
}

function Shape({ b, x, y }: { b: RefusalBadge; x: number; y: number }) {
  if (b.shape === 'circle') return <circle cx={x} cy={y} r={4} fill={b.color} />;
  if (b.shape === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={b.color} />;
  if (b.shape === 'diamond') return <path d={`M${x},${y - 5}L${x + 5},${y}L${x},${y + 5}L${x - 5},${y}Z`} fill={b.color} />;
  return <circle cx={x} cy={y} r={3.5} fill="none" stroke={b.color} strokeWidth={2} />;
}

/** Refusals so far, each kind with its own shape and colour, under the place that answers them. */
function Badges({ badges, box, compact }: { badges: RefusalBadge[]; box: Box; compact: boolean }) {
  const row = compact ? 11 : 13;
  return (
    <g>
      {badges.map((b, i) => (
        <g key={b.key} data-refusal={b.key} data-count={b.count}>
          <Shape b={b} x={box.x + 6} y={box.y + box.h + 10 + i * row} />
          <text x={box.x + 14} y={box.y + box.h + 10 + i * row} dy="0.32em" className={`fill-fg ${compact ? 'text-[9px]' : 'text-[10px]'}`}>
            {compact ? `${b.key === 'client' ? 'cli' : b.key} ${num(b.count, 0)}` : `${b.key === 'client' ? 'timeout' : b.key} · ${num(b.count, 0)}`}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The service-tier lanes above the gateway: requests of each tier waiting at the servers now. */
function Lanes({ lanes, box, compact }: { lanes: NonNullable<ReturnType<typeof tierLanes>>; box: Box; compact: boolean }) {
  const row = compact ? 10 : 12;
  const top = box.y - 6 - lanes.length * row;
  const most = Math.max(1, ...lanes.map((l) => l.waiting));
  return (
    <g data-testid="tier-lanes">
      {lanes.map((l, i) => (
        <g key={l.tier} data-lane={l.tier} data-waiting={l.waiting}>
          <rect x={box.x} y={top + i * row} width={box.w} height={row - 2} rx={2} className="fill-surface-2 stroke-line" strokeWidth={0.75} />
          <rect x={box.x} y={top + i * row} width={(box.w * Math.min(l.waiting, most)) / most} height={row - 2} rx={2} className="fill-chart-3" opacity={0.35} />
          <text x={box.x + 3} y={top + i * row + (row - 2) / 2} dy="0.32em" className={`fill-fg ${compact ? 'text-[8px]' : 'text-[9px]'} font-semibold`}>
            {compact ? `${l.short} ${num(l.waiting, 0)}` : `${l.label} ${num(l.waiting, 0)}`}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The fleet: clients, gateway, load balancer, and each zone's servers as tiles whose batch fills and
 * empties. Requests move as dots on a canvas layer above this static SVG.
 */
export function FleetView({
  snap,
  runIndex,
  maxBatch,
  balancer,
  quota,
  reducedMotion,
  label,
  tiered,
  initialWidth = 720,
}: {
  snap: LiveRun;
  runIndex: number;
  maxBatch: number;
  balancer: string;
  quota: string;
  reducedMotion: boolean;
  label: string;
  /** The workload mixes service tiers: show the lanes. */
  tiered: boolean;
  /** The width the picture will have (its panel's), so its first drawing is at that width, not redrawn once measured. */
  initialWidth?: number;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>(initialWidth);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [perDot, setPerDot] = useState(1);
  const hasBatch = snap.kind === 'fleet' && (snap.batchJobs?.length ?? 0) > 0;
  const rollout = snap.kind === 'fleet' ? snap.rollout : null;
  const layout = useMemo(() => {
    const { tiles, zones } = tilesOf(snap, snap.kind === 'mmc' ? 1 : maxBatch);
    const regions = snap.kind === 'fleet' ? (snap.regions ?? undefined) : undefined;
    return layoutFleet(width, tiles, zones, snap.kind === 'mmc' ? [snap.summary.servers] : undefined, { regions, batch: hasBatch });
  }, [snap, width, maxBatch, hasBatch]);
  const versions = { old: 0, new: 0 };
  if (snap.kind === 'fleet') for (const r of snap.replicas) if (r.state !== 'retired' && r.state !== 'failed') versions[r.version === 1 ? 'new' : 'old']++;
  useRequestDots(canvas, layout, runIndex, !reducedMotion, setPerDot);

  const counts = { ready: 0, starting: 0, failed: 0 };
  for (const z of layout.zones)
    for (const t of z.tiles) {
      if (t.state === 'ready') counts.ready++;
      else if (t.state === 'booting' || t.state === 'loading') counts.starting++;
      else if (t.state === 'failed') counts.failed++;
    }
  const queued = snap.kind === 'fleet' ? snap.replicas.reduce((a, r) => a + r.waiting, 0) : snap.summary.queueLength;
  const c = layout.compact;
  const badges = refusalBadges(snap);
  const lanes = tierLanes(snap);
  const summary = `${label}: ${counts.ready} servers serving, ${counts.starting} starting, ${counts.failed} failed; ${queued} requests waiting.`;

  return (
    <div ref={ref} className="relative w-full min-w-0" data-testid={`fleet-view-${runIndex}`}>
      <svg width={layout.width} height={layout.height} role="img" aria-label={summary} className="block">
        {snap.kind === 'mmc' ? (
          <>
            <Node box={layout.client} title="Arrivals" sub={c ? undefined : `Poisson λ = ${num(snap.summary.arrivalRate, 2)}/s`} compact={c} />
            <Node box={layout.gateway} title="Queue" sub={c ? undefined : `${snap.summary.queueLength} waiting`} compact={c} />
            <Node box={layout.balancer} title={c ? 'Next' : 'Dispatch'} sub={c ? undefined : 'first free server'} compact={c} />
          </>
        ) : (
          <>
            <Node box={layout.client} title="Clients" sub={c ? undefined : 'your app'} compact={c} />
            <Node box={layout.gateway} title="Gateway" sub={c ? undefined : quota} compact={c} />
            <Node box={layout.balancer} title={c ? 'LB' : 'Balancer'} sub={c ? undefined : balancer} compact={c} />
            <Badges badges={badges.filter((b) => b.at === 'gateway')} box={layout.gateway} compact={c} />
            <Badges badges={badges.filter((b) => b.at === 'servers' && (b.key !== 'client' || b.count > 0))} box={layout.balancer} compact={c} />
            {lanes && tiered ? <Lanes lanes={lanes} box={layout.gateway} compact={c} /> : null}
          </>
        )}
        {[layout.gateway, layout.balancer].map((b, i) => (
          <line key={i} x1={b.x - (c ? 10 : 24)} x2={b.x - 2} y1={layout.height / 2} y2={layout.height / 2} className="stroke-line" strokeWidth={2} />
        ))}
        {layout.regions.map((r) => (
          <g key={`region-${r.index}`} data-region={r.name} data-up={r.up}>
            <rect x={r.box.x} y={r.box.y} width={r.box.w} height={r.box.h} rx={10} className={r.up ? 'fill-none stroke-muted' : 'fill-none stroke-danger'} strokeWidth={1.25} strokeDasharray={r.up ? '6 3' : '3 3'} />
            <text x={r.box.x + 10} y={r.box.y + (c ? 11 : 13)} className={`font-bold ${r.up ? 'fill-fg' : 'fill-danger'} ${c ? 'text-[11px]' : 'text-[12px]'}`}>
              {c ? `${r.name}${r.up ? '' : ' down'}` : `Region ${r.name}${r.up ? '' : ' — DOWN'}`}
            </text>
          </g>
        ))}
        {layout.batch ? (
          <g data-testid="batch-source">
            <rect x={layout.batch.x} y={layout.batch.y} width={layout.batch.w} height={layout.batch.h} rx={6} className="fill-surface-2 stroke-chart-6" strokeWidth={1.5} />
            <text x={layout.batch.x + layout.batch.w / 2} y={layout.batch.y + layout.batch.h / 2} dy="0.32em" textAnchor="middle" className={`fill-fg font-semibold ${c ? 'text-[9px]' : 'text-[11px]'}`}>
              {c ? 'Batch' : 'Batch job'}
            </text>
          </g>
        ) : null}
        {layout.zones.map((z) => (
          <g key={z.id} data-zone={z.name} data-up={z.up}>
            <line x1={layout.balancer.x + layout.balancer.w} y1={layout.height / 2} x2={z.box.x} y2={z.box.y + z.box.h / 2} className="stroke-line" strokeWidth={1.5} />
            <rect x={z.box.x} y={z.box.y} width={z.box.w} height={z.box.h} rx={8} className={z.up ? 'fill-surface-2 stroke-line' : 'fill-danger-soft stroke-danger'} strokeWidth={1} strokeDasharray={z.up ? undefined : '5 3'} />
            <text x={z.box.x + 8} y={z.box.y + (c ? 12 : 14)} className="fill-fg text-[11px] font-semibold">
              {snap.kind === 'mmc' ? `${snap.summary.servers} servers · ${snap.summary.busyServers} busy · ${snap.summary.queueLength} waiting` : `${layout.regions.length > 0 ? '' : 'Zone '}${z.name}${z.up ? '' : c ? ' down' : ' — DOWN'}`}
              {z.hidden > 0 ? ` (+${z.hidden} more)` : ''}
            </text>
            {z.tiles.map((t) => (
              <ServerTile key={t.id} t={t} compact={c} />
            ))}
          </g>
        ))}
      </svg>
      <canvas ref={canvas} aria-hidden="true" className="pointer-events-none absolute left-0 top-0" style={{ width: layout.width, height: layout.height }} data-testid="request-dots" />
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-[12px] text-muted" aria-hidden="true">
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-2 w-2 bg-chart-4" /> request{reducedMotion ? ' (dots off: reduced motion)' : perDot > 1 ? ` (1 dot ≈ ${num(perDot, 0)} requests)` : ''}
        </span>
        {snap.kind === 'fleet' ? (
          <span className="flex items-center gap-1.5">
            <span className="inline-block h-2 w-2 rounded-full bg-danger" /> throttled, HTTP 429 (at the gateway)
          </span>
        ) : null}
        {snap.kind === 'fleet' ? (
          <span className="flex items-center gap-1.5">
            <span className="inline-block h-2 w-2 bg-chart-3" /> 503 servers' queues full
            <span className="ml-2 inline-block h-2 w-2 rotate-45 bg-chart-2" /> 408 waited too long
          </span>
        ) : null}
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-sm border-[1.5px] border-chart-1 bg-[linear-gradient(to_top,var(--chart-1)_50%,transparent_50%)] opacity-80" /> {snap.kind === 'fleet' ? 'server, batch half full' : 'server (full = busy)'}
        </span>
        {snap.kind === 'fleet' ? (
          <>
            <span className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm border-[1.5px] border-dashed border-chart-3" /> booting / loading weights
            </span>
            <span className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm border-[1.5px] border-muted bg-surface-2 opacity-60" /> failed
            </span>
          </>
        ) : null}
        {snap.kind === 'fleet' ? (
          <span className="flex items-center gap-1.5">
            <span className="inline-block h-2.5 w-3.5 rounded-full bg-chart-3" /> requests waiting
          </span>
        ) : null}
        {rollout || versions.new > 0 ? (
          <>
            <span className="flex items-center gap-1.5 font-medium text-fg" data-testid="legend-versions">
              <span className="inline-block h-3 w-3 rounded-sm border-[1.5px] border-chart-1 bg-[linear-gradient(to_top,var(--chart-1)_50%,transparent_50%)]" /> current version ({versions.old})
            </span>
            <span className="flex items-center gap-1.5 font-medium text-fg">
              <span className="inline-block h-3 w-3 rounded-sm border-[1.5px] border-chart-5 bg-[linear-gradient(to_top,var(--chart-5)_50%,transparent_50%)]" /> new version ({versions.new})
            </span>
            {reducedMotion ? null : (
              <span className="flex items-center gap-1.5 font-medium text-fg">
                <span className="inline-block h-2 w-2 bg-chart-5" /> request to the new version
              </span>
            )}
          </>
        ) : null}
        {hasBatch ? (
          <>
            <span className="flex items-center gap-1.5 font-medium text-fg" data-testid="legend-batch">
              <span className="inline-block h-3 w-1.5 bg-chart-6" /> batch-job records a server holds
            </span>
            {reducedMotion ? null : (
              <span className="flex items-center gap-1.5 font-medium text-fg">
                <span className="inline-block h-2 w-2 bg-chart-6" /> batch record (not through the gateway)
              </span>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
