/**
 * Intelligent prompt routing: one endpoint that predicts each model's response quality for a request
 * and routes it within a model family. Families and behaviour: bedrock-2026-facts.md §5.2 (AWS docs
 * prompt-routing and the product page); how the router scores a prompt is not published.
 */
import { DEMO_ACCOUNT } from './model-profile.ts';

export const ROUTER_SOURCE =
  'AWS docs prompt-routing: “route requests between different foundational models within the same model family … predict the response quality of each model for each request”; families on the product page: Anthropic (Claude 3 Haiku, 3.5 Haiku, 3.5 Sonnet v1/v2), Meta Llama (3.1 8B/70B, 3.2 11B/90B, 3.3 70B), Amazon Nova (Lite, Pro); “can reduce costs by up to 30%”. Invoked with a prompt-router ARN as modelId on bedrock-runtime.';

type Family = { id: string; label: string; match: RegExp; smaller: string; larger: string };

const FAMILIES: readonly Family[] = [
  { id: 'anthropic.claude', label: 'Anthropic Claude', match: /claude-3-(5-)?(haiku|sonnet)/, smaller: 'Claude 3.5 Haiku', larger: 'Claude 3.5 Sonnet v2' },
  { id: 'meta.llama', label: 'Meta Llama', match: /llama3-(1-(8b|70b)|2-(11b|90b)|3-70b)/, smaller: 'Llama 3.1 8B', larger: 'Llama 3.3 70B' },
  { id: 'amazon.nova', label: 'Amazon Nova', match: /nova-(lite|pro)-v1/, smaller: 'Nova Lite', larger: 'Nova Pro' },
];

export type RouterChoice = { arn: string; family: string; picked: string; other: string; why: string } | { unavailable: string };

/**
 * The router's pick for this prompt. The real router scores quality per model; here a short prompt
 * goes to the smaller model and a long one to the larger (the fallback) — a labelled stand-in.
 */
export function routeWithRouter(modelId: string, region: string, promptTokens: number): RouterChoice {
  const f = FAMILIES.find((x) => x.match.test(modelId));
  if (!f) return { unavailable: 'Intelligent prompt routing covers Claude 3 Haiku, 3.5 Haiku and 3.5 Sonnet, Llama 3.1/3.2/3.3 and Nova Lite/Pro; this model is in none of those families, so the request goes to it directly.' };
  const small = promptTokens < 200;
  return {
    arn: `arn:aws:bedrock:${region}:${DEMO_ACCOUNT}:default-prompt-router/${f.id}:1`,
    family: f.label,
    picked: small ? f.smaller : f.larger,
    other: small ? f.larger : f.smaller,
    why: small
      ? `For this short prompt the router predicts the cheaper ${f.smaller} answers about as well as ${f.larger}, so it picks it.`
      : `For this longer prompt the router predicts a quality gap beyond its threshold and keeps the fallback, ${f.larger}.`,
  };
}
