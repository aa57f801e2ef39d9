import { Link } from 'react-router';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice.tsx';
import { useUrlState } from '../../ui/use-url-state.ts';

// The overview has no settings; a link that carries some still says what it ignored.
const OVERVIEW_PARAMS = {};

const VIEWS = [
  {
    to: '/journey',
    title: 'The journey of a prompt',
    text: 'Follow one request from your code through signing, IAM, quotas and routing to the GPUs in the model provider’s deployment account, and back as a stream. See who can read the prompt at each step and where the time goes.',
  },
  {
    to: '/simulate',
    title: 'The fleet under load',
    text: 'A discrete-event model of the serving fleet: token quotas, load balancing, continuous batching on GPU servers, autoscaling and AZ failures, with live charts.',
  },
  {
    to: '/pricing',
    title: 'What a workload costs',
    text: 'Token prices across the model catalog with batch, prompt caching, geographic and global profiles, and provisioned throughput. Every price with its source and date.',
  },
  {
    to: '/break-even',
    title: 'When to commit, when to self-host',
    text: 'The volume at which provisioned throughput beats on-demand, and at which your own GPUs beat the API — with the formulas shown.',
  },
] as const;

const PATH = [
  { title: 'Your application', text: 'Builds the request; signs it with SigV4 or sends an API key' },
  { title: 'Regional endpoint', text: 'bedrock-runtime or bedrock-mantle: TLS ends, the request is validated' },
  { title: 'IAM and quota', text: 'May this principal invoke the model? The quota reserves input + max tokens' },
  { title: 'Routing', text: 'Service tier lane, provisioned units, or a cross-Region profile' },
  { title: 'Model deployment account', text: 'Run by the service; the provider cannot see prompts' },
  { title: 'GPU servers', text: 'Tokenize, prefill, then decode token by token' },
  { title: 'Streamed answer', text: 'Chunks back to you; usage recorded for billing' },
] as const;

export default function OverviewPage() {
  const { ignored, dismissIgnored } = useUrlState(OVERVIEW_PARAMS);
  return (
    <div className="space-y-8">
      <IgnoredParamsNotice ignored={ignored} onDismiss={dismissIgnored} />
      <section className="max-w-4xl pt-2">
        <h1 className="text-3xl font-bold tracking-tight text-fg sm:text-4xl">How a serverless model gateway serves your prompt</h1>
        <p className="mt-3 text-lg text-muted">
          Amazon Bedrock is a <strong className="text-fg">serverless model gateway</strong>: regional endpoints in front of many
          foundation models — <code className="font-mono text-base">bedrock-runtime</code> (InvokeModel, Converse and an
          OpenAI-compatible API) and <code className="font-mono text-base">bedrock-mantle</code> (the OpenAI Responses and Chat
          Completions APIs and the Anthropic Messages API), each with its own quotas. You send an HTTPS request signed with SigV4 or
          carrying an API key; the service checks who you are, reserves your token quota, queues the request in its service tier,
          runs it on a fleet of accelerators in an account the service operates for each provider, and streams the answer back.
          You never see or manage those servers — you pay per token, reserve tokens per minute, or rent dedicated capacity.
        </p>
      </section>

      <section aria-labelledby="path">
        <h2 id="path" className="text-xl font-semibold text-fg">
          The path of one request
        </h2>
        <ol className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-7">
          {PATH.map((step, i) => (
            <li key={step.title} className="relative rounded-lg border border-line bg-surface p-3">
              <span className="flex h-7 w-7 items-center justify-center rounded-full bg-accent text-sm font-bold text-on-accent" aria-hidden="true">
                {i + 1}
              </span>
              <span className="mt-2 block font-semibold text-fg">{step.title}</span>
              <span className="mt-1 block text-sm text-muted [overflow-wrap:anywhere]">{step.text}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="modes" data-tour="overview-modes">
        <h2 id="modes" className="text-xl font-semibold text-fg">
          Ways to buy inference
        </h2>
        <div className="mt-3 grid gap-4 lg:grid-cols-3">
          <div className="rounded-xl border border-line bg-surface p-5">
            <h3 className="text-xl font-semibold text-fg">On-demand, in service tiers</h3>
            <p className="mt-2 text-muted">
              Pay per token from a shared pool, limited by per-model, per-Region <strong className="text-fg">tokens-per-minute quotas</strong>;
              above them requests fail with <code className="font-mono">ThrottlingException</code> (HTTP 429). A request picks a tier:
              <strong className="text-fg"> Standard</strong> (list price), <strong className="text-fg">Priority</strong> (a premium, served
              first) or <strong className="text-fg">Flex</strong> (a discount, served last), all sharing the on-demand quota.
              <strong className="text-fg"> Batch</strong> jobs run asynchronously at half the on-demand price where a batch price is published.
            </p>
          </div>
          <div className="rounded-xl border border-line bg-surface p-5">
            <h3 className="text-xl font-semibold text-fg">Reserved tier</h3>
            <p className="mt-2 text-muted">
              Reserve input and output <strong className="text-fg">tokens per minute</strong> (at least 100,000 and 10,000) for 1 or 3
              months at a fixed monthly price per 1,000 TPM, arranged through the AWS account team; traffic above the reservation
              overflows to Standard. AWS does not publish the rates.
            </p>
          </div>
          <div className="rounded-xl border border-line bg-surface p-5">
            <h3 className="text-xl font-semibold text-fg">Provisioned throughput</h3>
            <p className="mt-2 text-muted">
              Rent <strong className="text-fg">model units</strong> by the hour, 24/7, with a 1- or 6-month commitment that bills for the
              whole term. Each unit gives a fixed token throughput — a figure AWS does not publish and quotes through your account team.
              It pays off only at high, steady load.
            </p>
          </div>
        </div>
        <p className="mt-2 text-xs text-muted">
          Sources: Amazon Bedrock user guide, “Service tiers” and “Quotas” (2026 copies); AWS pricing page and Price List (batch);
          Provisioned Throughput terms from the CreateProvisionedModelThroughput API. See the pricing view for each price’s source and date.
        </p>
      </section>

      <section aria-labelledby="views">
        <h2 id="views" className="text-xl font-semibold text-fg">
          Four views over one model of the system
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {VIEWS.map((view) => (
            <li key={view.to}>
              <Link
                to={view.to}
                className="block h-full rounded-xl border border-line bg-surface p-5 transition-colors hover:border-accent hover:bg-surface-2"
              >
                <span className="text-lg font-semibold text-accent-strong">{view.title} →</span>
                <span className="mt-2 block text-muted">{view.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <p className="text-sm text-muted">
        Facts come from the AWS API models (botocore), the Bedrock user guide and public price data, each cited where shown.
        Nothing you type leaves this browser: the app makes no request to any other site.
      </p>
    </div>
  );
}
