/**
 * The break-even in plain language, at the user's own volume: which side is cheaper and by how much,
 * where self-hosting first breaks even and from where it stays ahead. Two figures exist because
 * servers come whole: the self-hosting cost is a staircase, so just above a step it can fall behind
 * a straight per-token price again before it stays ahead for good.
 */
import type { BreakEven } from './self-hosting.ts';
import { requestsPerDay } from './self-hosting.ts';

export type VerdictInput = {
  requestsPerDay: number;
  tokensPerRequest: number;
  hoursPerMonth: number;
  /** Self-hosting cost per month at the user's volume; NaN when no throughput is known. */
  selfMonthly: number;
  bedrockMonthly: number;
  bedrockPricePer1M: number;
  breakEven: BreakEven | null;
  /** What the Bedrock side is called in the sentence, e.g. "Bedrock" or "Claude Sonnet 4.6 on Bedrock". */
  bedrockName: string;
};

export type Cheaper = 'bedrock' | 'self-hosting' | 'about-equal' | 'unknown';

export type Verdict = {
  cheaper: Cheaper;
  /** The dearer side's monthly cost over the cheaper side's (≥ 1); NaN when unknown. */
  ratio: number;
  /** "31×" or "23 %": how much cheaper the cheaper side is. */
  ratioText: string;
  /** Where self-hosting first costs less, in requests a day; null when it never does. */
  firstBreakEvenRequestsPerDay: number | null;
  /** From here on self-hosting stays cheaper at every larger volume; null when it never does. */
  sustainedRequestsPerDay: number | null;
  /** One sentence: who is cheaper at the user's volume, and where the break-even lies. */
  sentence: string;
  /** Why there are two figures; null when the two coincide or there is no break-even. */
  whyTwoFigures: string | null;
};

/** Two significant figures, as a person says a ratio: 31×, 4.2×, 120×. */
function ratioFigure(r: number): string {
  const digits = r >= 10 ? 0 : 1;
  return `${Number(r.toFixed(digits)).toLocaleString('en-US')}×`;
}

/** A volume as a person says it: 2,500 / 41,000 / 2.1 million / 350 million requests. */
export function roundVolume(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (n < 1000) return Math.round(n).toLocaleString('en-US');
  const p = 10 ** (Math.floor(Math.log10(n)) - 1);
  const rounded = Math.round(n / p) * p;
  if (rounded >= 1e9) return `${Number((rounded / 1e9).toPrecision(2))} billion`;
  if (rounded >= 1e6) return `${Number((rounded / 1e6).toPrecision(2))} million`;
  return rounded.toLocaleString('en-US');
}

function price(p: number): string {
  return p >= 1 ? `$${p.toFixed(2)}` : `$${Number(p.toPrecision(3))}`;
}

export const WHY_TWO_FIGURES =
  'Two figures because servers come whole: each added server raises the monthly cost in one step, so just above a step your GPUs can fall behind Bedrock’s per-token price again before they stay ahead.';

export function verdict(i: VerdictInput): Verdict {
  const at = `At ${Math.round(i.requestsPerDay).toLocaleString('en-US')} requests a day`;
  const toRequests = (tokens: number) => requestsPerDay(tokens, i.tokensPerRequest, i.hoursPerMonth);
  const be = i.breakEven;

  let cheaper: Cheaper = 'unknown';
  let ratio = Number.NaN;
  if (Number.isFinite(i.selfMonthly) && i.selfMonthly > 0 && i.bedrockMonthly > 0) {
    ratio = Math.max(i.selfMonthly, i.bedrockMonthly) / Math.min(i.selfMonthly, i.bedrockMonthly);
    cheaper = ratio < 1.005 ? 'about-equal' : i.bedrockMonthly < i.selfMonthly ? 'bedrock' : 'self-hosting';
  } else if (i.bedrockMonthly === 0 && Number.isFinite(i.selfMonthly)) {
    cheaper = 'bedrock';
    ratio = Infinity;
  }
  const ratioText = !Number.isFinite(ratio) ? '' : ratio >= 1.95 ? ratioFigure(ratio) : `${Math.round((1 - 1 / ratio) * 100)} %`;

  const first = be?.kind === 'volume' ? toRequests(be.tokensPerMonth) : null;
  const sustained = be?.kind === 'volume' ? toRequests(be.sustainedFromTokensPerMonth) : null;
  const twoFigures = first !== null && sustained !== null && sustained > first * 1.0001;

  let lead: string;
  if (cheaper === 'unknown') lead = `${at} ${i.bedrockName} costs $${Math.round(i.bedrockMonthly).toLocaleString('en-US')} a month; enter a throughput per server to compare`;
  else if (cheaper === 'about-equal') lead = `${at} ${i.bedrockName} and your own GPUs cost about the same`;
  else if (cheaper === 'bedrock') lead = Number.isFinite(ratio) ? `${at} ${i.bedrockName} is ${ratioText} cheaper` : `${at} ${i.bedrockName} costs nothing`;
  else lead = `${at} your own GPUs are ${ratioText} cheaper than ${i.bedrockName}`;

  let tail: string;
  if (be?.kind === 'never') {
    tail = `, and your own GPUs never break even: a full server’s tokens cost ${price(be.costPer1MAtMaxLoad)} per 1M at its safe load, more than ${price(i.bedrockPricePer1M)}.`;
  } else if (first !== null && sustained !== null) {
    const subject = cheaper === 'self-hosting' ? 'they' : 'your own GPUs';
    tail = twoFigures
      ? `; ${subject} first break even near ${roundVolume(first)} requests a day and win at every volume above ${roundVolume(sustained)}.`
      : `; ${subject} break even near ${roundVolume(first)} requests a day and win at every volume above it.`;
  } else {
    tail = '.';
  }

  return {
    cheaper,
    ratio,
    ratioText,
    firstBreakEvenRequestsPerDay: first,
    sustainedRequestsPerDay: sustained,
    sentence: lead + tail,
    whyTwoFigures: twoFigures ? WHY_TWO_FIGURES : null,
  };
}
