/** What a batch job shows: its own file so the snapshot types need nothing of the feeder. */
export type BatchJobStatus = 'queued' | 'running' | 'complete' | 'late';

export type BatchJobView = {
  index: number;
  submittedAt: number;
  deadline: number;
  records: number;
  done: number;
  inFlight: number;
  /** Records sent back to the job's queue (evicted, timed out in a queue, or their server failed). */
  requeued: number;
  inputTokens: number;
  outputTokens: number;
  /** When the last record finished (null = not yet). */
  completedAt: number | null;
  status: BatchJobStatus;
  /** What the job's tokens cost at the batch price (null = no price given). */
  batchCost: number | null;
  /** Where the batch price comes from, or why the job is not priced (null or absent = not said). */
  priceNote?: string | null;
};
