/** One request's token mix as the break-even and provisioned-throughput views describe a workload. */
export type TokenWorkload = {
  /** All input tokens of one request, cached or not. */
  inputTokens: number;
  outputTokens: number;
  /** Share (0..1) of input tokens read from the prompt cache. */
  cacheReadShare: number;
  /** Share (0..1) of input tokens written to the prompt cache. */
  cacheWriteShare: number;
  /** Share (0..1) of requests sent as batch jobs. */
  batchShare: number;
};
