/**
 * One-at-a-time sensitivity of the break-even volume: each input moves across its plausible range
 * while the others stay put (a tornado chart). Ranges and their sources live in defaults.ts.
 */
import { DEFAULTS } from './defaults.ts';
import { breakEven, type SelfHostInputs } from './self-hosting.ts';

export type SensitivityRow = {
  key: string;
  label: string;
  lowValue: number;
  highValue: number;
  unit: string;
  /** Break-even tokens/month with the input at its low and high end; Infinity = never breaks even. */
  atLow: number;
  atHigh: number;
  rangeSource: string;
  assumption: boolean;
};

type Knob = {
  key: string;
  label: string;
  unit: string;
  modes: readonly SelfHostInputs['mode'][];
  range: (i: SelfHostInputs) => { low: number; high: number; source: string };
  apply: (i: SelfHostInputs, v: number) => SelfHostInputs;
  /** The knob scales the API price instead of a self-hosting input. */
  price?: boolean;
  assumption?: boolean;
};

const both = ['rent', 'buy'] as const;

const KNOBS: readonly Knob[] = [
  {
    key: 'throughput',
    label: 'Throughput per server',
    unit: 'tokens/s',
    modes: both,
    range: (i) => ({
      low: i.throughputTokensPerSecond * DEFAULTS.throughputPerGpuOutput.range.low,
      high: i.throughputTokensPerSecond * DEFAULTS.throughputPerGpuOutput.range.high,
      source: DEFAULTS.throughputPerGpuOutput.range.source,
    }),
    apply: (i, v) => ({ ...i, throughputTokensPerSecond: v }),
  },
  {
    key: 'gpuPrice',
    label: 'GPU price per hour',
    unit: '$/GPU-h',
    modes: ['rent'],
    range: () => DEFAULTS.gpuPricePerHour.range,
    apply: (i, v) => ({ ...i, rentBasis: 'gpu', gpuPricePerHour: v }),
  },
  {
    key: 'serverPrice',
    label: 'Server price',
    unit: '$',
    modes: ['buy'],
    range: () => DEFAULTS.serverPrice.range,
    apply: (i, v) => ({ ...i, serverPrice: v }),
  },
  {
    key: 'amortization',
    label: 'Amortization',
    unit: 'years',
    modes: ['buy'],
    range: () => DEFAULTS.amortizationYears.range,
    apply: (i, v) => ({ ...i, amortizationYears: v }),
  },
  { key: 'pue', label: 'PUE', unit: '', modes: ['buy'], range: () => DEFAULTS.pue.range, apply: (i, v) => ({ ...i, pue: v }) },
  {
    key: 'electricity',
    label: 'Electricity price',
    unit: '$/kWh',
    modes: ['buy'],
    range: () => DEFAULTS.electricityPerKwh.range,
    apply: (i, v) => ({ ...i, electricityPerKwh: v }),
  },
  {
    key: 'colo',
    label: 'Colocation',
    unit: '$/kW-month',
    modes: ['buy'],
    range: () => DEFAULTS.coloPerKwMonth.range,
    apply: (i, v) => ({ ...i, coloPerKwMonth: v }),
  },
  { key: 'maxLoad', label: 'Max load', unit: '', modes: both, range: () => DEFAULTS.maxLoad.range, apply: (i, v) => ({ ...i, maxLoad: v }), assumption: true },
  {
    key: 'peak',
    label: 'Peak-to-average ratio',
    unit: '×',
    modes: both,
    range: () => DEFAULTS.peakToAverage.range,
    apply: (i, v) => ({ ...i, peakToAverage: v }),
    assumption: true,
  },
  {
    key: 'redundant',
    label: 'Redundant servers',
    unit: '',
    modes: both,
    range: () => DEFAULTS.redundantServers.range,
    apply: (i, v) => ({ ...i, redundantServers: v }),
  },
  { key: 'staff', label: 'Ops staff', unit: 'FTE', modes: both, range: () => DEFAULTS.staffFte.range, apply: (i, v) => ({ ...i, staffFte: v }), assumption: true },
  {
    key: 'fteCost',
    label: 'Cost per FTE',
    unit: '$/year',
    modes: both,
    range: () => DEFAULTS.costPerFtePerYear.range,
    apply: (i, v) => ({ ...i, costPerFtePerYear: v }),
  },
  {
    key: 'apiPrice',
    label: 'Bedrock price',
    unit: '× price',
    modes: both,
    range: () => DEFAULTS.apiPriceFactor.range,
    apply: (i) => i,
    price: true,
  },
];

function volume(i: SelfHostInputs, price: number): number {
  const b = breakEven(i, price);
  return b.kind === 'never' ? Infinity : b.tokensPerMonth;
}

/** Rows sorted by swing, widest first; a row that reaches "never" counts as the widest. */
export function sensitivity(i: SelfHostInputs, pricePer1M: number): { base: number; rows: SensitivityRow[] } {
  const base = volume(i, pricePer1M);
  const rows: SensitivityRow[] = KNOBS.filter((k) => k.modes.includes(i.mode)).map((k) => {
    const r = k.range(i);
    const at = (v: number) => (k.price ? volume(i, pricePer1M * v) : volume(k.apply(i, v), pricePer1M));
    return {
      key: k.key,
      label: k.label,
      lowValue: r.low,
      highValue: r.high,
      unit: k.unit,
      atLow: at(r.low),
      atHigh: at(r.high),
      rangeSource: r.source,
      assumption: k.assumption ?? false,
    };
  });
  const swing = (row: SensitivityRow) => {
    const a = row.atLow;
    const b = row.atHigh;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
    return Math.abs(a - b);
  };
  rows.sort((a, b) => {
    const sa = swing(a);
    const sb = swing(b);
    return sa === sb ? 0 : sb > sa ? 1 : -1;
  });
  return { base, rows };
}
