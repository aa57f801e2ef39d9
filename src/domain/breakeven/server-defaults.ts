/**
 * What a server of the chosen accelerator costs by default: its sourced EC2 on-demand price per
 * accelerator-hour (src/domain/gpu/accelerators.ts), and for owning, the purchase price and power
 * the TCO reference sources for an 8×H100 server. Where nothing is sourced the default is null (the
 * page asks for the user's figure) or, for power, a labelled assumption scaled from DGX H100.
 */
import { H100_SXM, pricePerAcceleratorHour, type AcceleratorSpec } from '../gpu/accelerators.ts';
import { DEFAULTS } from './defaults.ts';

export type ServerDefault = { value: number; basis: string; source: string; asOf: string; assumption: boolean };

export type ServerDefaults = {
  gpuPerHour: ServerDefault | null;
  instancePerHour: ServerDefault | null;
  serverPrice: ServerDefault | null;
  powerKw: ServerDefault | null;
  /** Why a default is missing, per field, for the page to say. */
  gaps: { gpuPerHour?: string; serverPrice?: string; powerKw?: string };
};

const DGX_H100_GPUS = 8;
/** DGX H100: 10.2 kW maximum for 8 × 700 W of GPUs, 1.82× the GPUs' own power (computed). */
export const SERVER_TO_GPU_POWER = DEFAULTS.powerKw.value / ((DGX_H100_GPUS * (H100_SXM.tdpWatts ?? 700)) / 1000);

function money(x: number): string {
  return `$${x.toLocaleString('en-US', { maximumFractionDigits: 4 })}`;
}

export function serverDefaults(a: AcceleratorSpec, acceleratorsPerServer: number): ServerDefaults {
  // The instance whose size matches the server, else the largest (a tensor-parallel server's).
  const exact = a.ec2.find((o) => o.accelerators === acceleratorsPerServer);
  const price = exact ? { usd: exact.onDemandPerHour / exact.accelerators, offer: exact } : pricePerAcceleratorHour(a);
  const short = a.name.replace(/^NVIDIA |^AWS /, '');
  const gaps: ServerDefaults['gaps'] = {};
  let gpuPerHour: ServerDefault | null = null;
  let instancePerHour: ServerDefault | null = null;
  if (price) {
    const o = price.offer;
    const single = o.confidence === 'single-source' ? ' (single source)' : '';
    gpuPerHour = {
      value: price.usd,
      basis: `${o.instance} on-demand ${money(o.onDemandPerHour)}/h ÷ ${o.accelerators}`,
      source: `${o.instance}, us-east-1 on-demand: ${o.source}${single}.`,
      asOf: o.asOf,
      assumption: false,
    };
    instancePerHour = {
      value: price.usd * acceleratorsPerServer,
      basis: acceleratorsPerServer === o.accelerators ? `${o.instance} on-demand` : `${o.instance} price per ${short} × ${acceleratorsPerServer}`,
      source: gpuPerHour.source,
      asOf: o.asOf,
      assumption: false,
    };
  } else {
    gaps.gpuPerHour = `No EC2 price for ${a.name} in the sources found: enter your rate.`;
  }

  let serverPrice: ServerDefault | null = null;
  if (a.id === H100_SXM.id && acceleratorsPerServer === DGX_H100_GPUS) {
    serverPrice = { value: DEFAULTS.serverPrice.value, basis: 'An 8×H100 HGX server with InfiniBand (a 2024 quote)', source: DEFAULTS.serverPrice.source, asOf: DEFAULTS.serverPrice.asOf, assumption: false };
  } else {
    gaps.serverPrice = `No sourced purchase price for a ${acceleratorsPerServer} × ${short} server: enter your quote.`;
  }

  let powerKw: ServerDefault | null = null;
  if (a.id === H100_SXM.id && acceleratorsPerServer === DGX_H100_GPUS) {
    powerKw = { value: DEFAULTS.powerKw.value, basis: 'DGX H100 maximum draw', source: DEFAULTS.powerKw.source, asOf: DEFAULTS.powerKw.asOf, assumption: false };
  } else if (a.tdpWatts !== null) {
    const kw = (acceleratorsPerServer * a.tdpWatts * SERVER_TO_GPU_POWER) / 1000;
    powerKw = {
      value: Number(kw.toFixed(2)),
      basis: `${acceleratorsPerServer} × ${a.tdpWatts} W × ${SERVER_TO_GPU_POWER.toFixed(2)}, scaled from DGX H100`,
      source: `Assumption: the server draws what DGX H100 draws per watt of GPU (10.2 kW for 8 × 700 W, ×${SERVER_TO_GPU_POWER.toFixed(2)}, computed); ${short} board power ${a.tdpWatts} W (${a.source}).`,
      asOf: DEFAULTS.powerKw.asOf,
      assumption: true,
    };
  } else {
    gaps.powerKw = `No published power for ${a.name}: enter your server’s draw.`;
  }
  return { gpuPerHour, instancePerHour, serverPrice, powerKw, gaps };
}
