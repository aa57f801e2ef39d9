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
  { title: 'Your application', text: 'Builds the request and signs it with SigV4' },
  { title: 'Regional endpoint', text: 'Terminates TLS and validates the request in your Region' },
  { title: 'IAM and quota', text: 'May this principal invoke the model? Tokens per minute left?' },
  { title: 'Routing', text: 'On-demand pool, provisioned units, or a cross-region profile' },
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
          Amazon Bedrock is a <strong className="text-fg">serverless model gateway</strong>: one regional API
          (<code className="font-mono text-base">bedrock-runtime.&lt;region&gt;.amazonaws.com</code>) in front of many foundation
          models. You send a signed HTTPS request; the service checks who you are and your token quota, routes the request
          to a fleet of GPU servers running the model in an account the service operates for each provider, and streams the answer back.
          You never see or manage those servers — you pay per token, or rent dedicated capacity.
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

      <section aria-labelledby="modes" className="grid gap-4 md:grid-cols-2">
        <h2 id="modes" className="sr-only">
          Two ways to buy inference
        </h2>
        <div className="rounded-xl border border-line bg-surface p-5">
          <h3 className="text-xl font-semibold text-fg">On-demand</h3>
          <p className="mt-2 text-muted">
            Pay per input and output token from a shared pool. Throughput is limited by per-model, per-Region
            <strong className="text-fg"> tokens-per-minute quotas</strong>; above them requests fail with
            <code className="font-mono"> ThrottlingException</code> (HTTP 429). Batch jobs cost less for many models
            (often 50 %), and cross-region inference profiles spread load across Regions of a geography or the globe.
          </p>
        </div>
        <div className="rounded-xl border border-line bg-surface p-5">
          <h3 className="text-xl font-semibold text-fg">Provisioned throughput</h3>
          <p className="mt-2 text-muted">
            Rent <strong className="text-fg">model units</strong> by the hour, usually with a 1- or 6-month commitment that
            bills for the whole term. Each unit gives a fixed token throughput — a figure AWS does not publish and quotes through
            your account team. It pays off only at high, steady load.
          </p>
        </div>
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
