/**
 * Coalesces concurrent calls into batches, so that under load many calls share one database
 * round trip. A call made while fewer than `concurrency` batches are in flight goes at once, as
 * a batch of one: a lone call waits for nothing. A call made while all of them are in flight
 * waits, and when one finishes everything waiting (up to `maxSize`) goes as the next batch. The
 * busier the server, the larger the batches; no timer, no added delay.
 *
 * `run` gets the items in the order they were called and returns one result per item, in the
 * same order; a result may be an Error, which rejects only that item's call. If `run` throws,
 * every call of that batch rejects with the error.
 */
export class Batcher<I, O> {
  private readonly waiting: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] =
    [];
  private inFlight = 0;

  constructor(
    private readonly run: (items: I[]) => Promise<(O | Error)[]>,
    private readonly concurrency: number,
    private readonly maxSize: number,
  ) {
    if (concurrency < 1 || maxSize < 1) throw new Error('Batcher: concurrency and maxSize ≥ 1');
  }

  call(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.next();
    });
  }

  /** Calls waiting for a batch to finish (for tests and diagnostics). */
  get queued(): number {
    return this.waiting.length;
  }

  private next(): void {
    while (this.inFlight < this.concurrency && this.waiting.length > 0)
      void this.send(this.waiting.splice(0, this.maxSize));
  }

  private async send(batch: typeof this.waiting): Promise<void> {
    this.inFlight++;
    try {
      const results = await this.run(batch.map((b) => b.item));
      if (results.length !== batch.length)
        throw new Error(`Batcher: ${results.length} results for ${batch.length} items`);
      batch.forEach((b, i) => {
        const r = results[i];
        if (r instanceof Error) b.reject(r);
        else b.resolve(r);
      });
    } catch (err) {
      batch.forEach((b) => b.reject(err));
    } finally {
      this.inFlight--;
      this.next();
    }
  }
}
