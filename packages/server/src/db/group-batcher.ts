/** What the batch decided for one item: its result, or the error its caller gets. */
export type BatchOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit. While one batch is being processed, new items queue; when it is done, everything
 * queued (up to `maxBatchSize`) becomes the next batch. Under load batches grow by themselves and at
 * rest an item goes alone at once: no timer, no added latency.
 *
 * Every submitted promise settles exactly once, after `processBatch` has finished the batch it is in
 * (for the intake: after the batch's transaction committed), even when `processBatch` throws.
 */
export class GroupBatcher<T, R> {
  private readonly queue: Waiting<T, R>[] = [];
  private busy = false;

  constructor(
    private readonly processBatch: (items: T[]) => Promise<BatchOutcome<R>[]>,
    private readonly maxBatchSize = 200,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.busy) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatchSize);
        let outcomes: BatchOutcome<R>[];
        try {
          outcomes = await this.processBatch(batch.map((w) => w.item));
        } catch (error) {
          outcomes = batch.map(() => ({ ok: false, error }));
        }
        batch.forEach((waiting, i) => {
          const outcome = outcomes[i];
          if (!outcome) waiting.reject(new Error('The batch returned no outcome for this item'));
          else if (outcome.ok) waiting.resolve(outcome.value);
          else waiting.reject(outcome.error);
        });
      }
    } finally {
      this.busy = false;
    }
  }
}
