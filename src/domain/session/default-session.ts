import type { Session } from './session-schema.ts';

/**
 * "Bedrock under the hood in 60 minutes": the session a trainer can run without preparing one.
 * Each chapter is a view with its scenario in the view's own link parameters. The narration states
 * only what that view shows for that scenario; the notes are for the trainer. The e2e walk of this
 * session (e2e/session.spec.ts) fails when a view stops accepting a chapter's parameters.
 */
export const DEFAULT_SESSION: Session = {
  title: 'Bedrock under the hood in 60 minutes',
  chapters: [
    {
      title: 'A serverless model gateway',
      view: '/',
      query: '',
      target: 'overview-modes',
      narration: [
        'Bedrock is one regional API in front of many foundation models: you send a signed HTTPS request and the answer streams back.',
        'Behind it, the service checks who you are and your token quota, then routes the request to GPU servers it runs for each model provider.',
        'Two ways to buy: on-demand, per token from a shared pool within a tokens-per-minute quota, or provisioned model units rented by the hour.',
      ],
      notes:
        'Set the scene (3 min). Ask who has called a model API before. Read the seven steps of "The path of one request" left to right: the rest of the session opens each of them. Point at the two capacity modes; we come back to them in the last two chapters.',
    },
    {
      title: 'The journey of one prompt',
      view: '/journey',
      query: 'model=claude-sonnet-4-6',
      target: 'journey-diagram',
      narration: [
        'One ConverseStream call to Claude Sonnet 4.6 in us-east-1, followed stage by stage from your code to the GPUs and back.',
        'Each stage says what is checked, who can read the prompt, and how long it takes.',
        'Watch the badge above the diagram: it names who can read the prompt at this stage.',
      ],
      notes:
        'PageDown walks the stages one by one (the journey registers its stages with the session). Stop at IAM, the quota and the model deployment account. The waterfall below the diagram shows where the time goes: almost all of it is the model decoding.',
    },
    {
      title: 'No permission: 403',
      view: '/journey',
      query: 'model=claude-sonnet-4-6&fail=access-denied&step=4',
      target: 'journey-narration',
      narration: [
        'The same request, from a role whose policy does not allow the invoke action.',
        'The signature is valid, so IAM knows who is calling, but no policy allows the action: AccessDeniedException, HTTP 403.',
        'The request stops at IAM. It never reaches the quota or a model, and the SDK does not retry it.',
      ],
      notes:
        'Ask: which IAM action does ConverseStream need? The stage text answers it (Converse and ConverseStream are authorised by the same InvokeModel actions). The timeline is short: the error comes back in milliseconds.',
    },
    {
      title: 'Over the quota: 429 and retries',
      view: '/journey',
      query: 'model=claude-sonnet-4-6&fail=throttled-recovers&step=5',
      target: 'journey-narration',
      narration: [
        'Now the account is over its tokens-per-minute quota, so Bedrock answers 429 ThrottlingException.',
        'The SDK retries with exponential backoff and full jitter; here a later attempt finds room in the quota and the request goes on.',
        'The waiting shows in the waterfall: the retries add to the time before the first token.',
      ],
      notes:
        'The quota counts tokens, not requests. Contrast with "Over quota, SDK gives up" in "Inject a failure" if the room asks what happens when every attempt is throttled.',
    },
    {
      title: 'A private path: VPC endpoint',
      view: '/journey',
      query: 'model=claude-sonnet-4-6&net=vpc-endpoint&step=2',
      target: 'journey-diagram',
      narration: [
        'With a VPC interface endpoint, the request never crosses the public internet.',
        'It goes from your VPC to the regional endpoint over the AWS network; the diagram draws the endpoint inside your VPC.',
      ],
      notes: 'Flip "Network path" back to Public internet to compare. The endpoint changes the path and the network time, not who can read the prompt.',
    },
    {
      title: 'A cross-Region inference profile',
      view: '/journey',
      query: 'model=claude-sonnet-4-6&cris=geo&step=7',
      target: 'journey-narration',
      narration: [
        'With a geographic inference profile, the service picks a destination Region with spare capacity within the geography.',
        'The prompt may be processed in another Region of that geography, travelling encrypted; data stays stored only in the source Region.',
      ],
      notes: 'Switch "Cross-Region profile" to Global to show the wider choice of Regions. The routing stage lists the destination Regions the profile can use.',
    },
    {
      title: 'Who can read the prompt',
      view: '/journey',
      query: 'model=claude-sonnet-4-6&step=6',
      target: 'journey-privacy',
      narration: [
        'Records are written at every request: metadata for billing and CloudTrail, never the prompt.',
        'The model provider runs no part of the path: the deployment account is operated by the Bedrock service, and the provider has no access.',
        'The prompt is logged only if you turn on invocation logging, and then only to your own bucket.',
      ],
      notes:
        'Turn on "Invocation logging" in Options to show the extra stage that writes to your bucket. Ask the room where they would want the log to go.',
    },
    {
      title: 'The fleet under a launch spike',
      view: '/simulate',
      query: 'preset=launch-spike',
      target: 'simulate-fleet',
      narration: [
        'A simulated fleet: traffic jumps four-fold at 15 minutes for 10 minutes.',
        'The gateway throttles with 429s once the token quota runs out; the SDK retries until each client’s retry quota runs dry.',
        'The servers fall back to about 60 % busy, so the autoscaler never adds any: the fix is a higher quota, not more servers.',
      ],
      notes:
        'The run plays at 60× (one simulated minute per second). The preset text on the left says what to watch; its assumptions are labelled. Point at "Servers ready and booting" when the spike starts.',
    },
    {
      title: 'An Availability Zone fails',
      view: '/simulate',
      query: 'preset=az-outage&rate=60&outage=1',
      target: 'simulate-charts',
      narration: [
        'Zone a fails at 20 minutes and stays down: a third of the servers are gone at once.',
        'The load balancer learns it only after failed health checks, so for a few seconds requests still go to dead servers and are retried.',
        'The two survivors run near 90 % busy; after the autoscaler’s window a replacement boots in another zone.',
      ],
      notes: 'Watch utilization and servers ready after 20 minutes. Recovery takes minutes of boot and weight loading.',
    },
    {
      title: 'A retry storm',
      view: '/simulate',
      query: 'preset=retry-storm',
      target: 'simulate-charts',
      narration: [
        'A quota of 400,000 tokens a minute (a historical default; current defaults are not published), traffic under it, then a 2.5× burst for 5 minutes.',
        'Fifty SDK clients make up to 5 attempts each, so each 429 comes back as more attempts.',
        'The servers stay nearly idle: the gateway does all the refusing, and requests that exhaust their retries are lost.',
      ],
      notes: 'The quota is an assumption (current defaults are not published); the preset text says so. The fix is a quota increase or client-side rate limiting, not more servers.',
    },
    {
      title: 'What a workload costs',
      view: '/pricing',
      query: 'model=claude-sonnet-4-6',
      target: 'pricing-cost',
      narration: [
        'The price of a workload is its tokens times the model’s prices: input and output tokens priced separately.',
        'Every price carries its source and as-of date.',
      ],
      notes: 'Change "Requests per day" to the room’s own workload. The formula card shows the arithmetic with the numbers.',
    },
    {
      title: 'Prompt caching and batch',
      view: '/pricing',
      // Nova Pro publishes both a cache-read and a batch price in us-east-1; Claude Sonnet 4.6 (the
      // previous chapter's model) has no batch price, so the page would apply none.
      query: 'model=nova-pro&cacheRead=60&batch=50',
      target: 'pricing-formula',
      narration: [
        'Amazon Nova Pro, whose prompt-cache and batch prices are both published: 60 % of the input is read from the prompt cache and half of the requests are sent as batch.',
        'Each part is priced at its own rate: a cache read at a quarter of the input price, a batch token at half the on-demand price. The formula shows every term.',
      ],
      notes: 'Set both back to 0 to show the difference: $0.0024 per request without, $0.00162 with. Batch requests carry no cache tokens. On Claude Sonnet 4.6 the page says no batch price is published and applies none: a good question for the room.',
    },
    {
      title: 'Service tiers: Flex and Priority',
      view: '/pricing',
      query: 'model=qwen3-coder-30b-a3b&scope=unknown-region-unknown-region-standard&cmp=qwen3-coder-30b-a3b%3Aunknown-region-unknown-region-standard%3Astandard%7Eqwen3-coder-30b-a3b%3Aunknown-region-unknown-region-standard%3Aflex%7Eqwen3-coder-30b-a3b%3Aunknown-region-unknown-region-standard%3Apriority%7Eqwen3-coder-30b-a3b%3Aunknown-region-unknown-region-standard%3Abatch',
      target: 'pricing-compare',
      narration: [
        'The same workload on one model at four service tiers, side by side.',
        'Flex and Batch cost half of Standard here; Priority costs 75 % more.',
        'Priority buys faster service; Flex costs less and may wait.',
      ],
      notes: 'Few models publish all tiers; this one does in a single source with the Region not stated, and the page labels it. The journey shows the tiers as lanes (link key tier=).',
    },
    {
      title: 'Provisioned throughput',
      view: '/break-even',
      query: 'model=claude-sonnet-4-6',
      target: 'break-even-provisioned',
      narration: [
        'Provisioned throughput rents model units by the hour, and a 1- or 6-month commitment bills for the whole term.',
        'It pays off only when your load stays above the break-even around the clock.',
      ],
      notes: 'The section "On-demand vs provisioned throughput" is ringed on arrival. The model-unit capacity is not published by AWS; the page says so and asks for it.',
    },
    {
      title: 'When self-hosting pays',
      view: '/break-even',
      // The default zoom reaches past the break-even, so the crossover the narration names is on the chart.
      query: 'model=claude-sonnet-4-6',
      target: 'break-even-chart',
      narration: [
        'Your own GPUs bill every hour whether busy or idle; Bedrock bills the tokens served.',
        'The chart shows monthly cost against volume: self-hosting steps up a server at a time and crosses on-demand only at high, steady volume.',
        'The tornado chart shows which input moves the break-even most.',
      ],
      notes: 'Ask the room for their volume and type it into "Requests per day". Every figure with a source shows it; assumptions are labelled.',
    },
  ],
};
