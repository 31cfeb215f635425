import { Batcher } from './batcher';

/** A batch function whose batches finish only when the test says so. */
function controlled<I>() {
  const batches: { items: I[]; finish: (results: unknown[] | Error) => void }[] = [];
  const run = (items: I[]) =>
    new Promise<unknown[]>((resolve, reject) => {
      batches.push({
        items,
        finish: (r) => (r instanceof Error ? reject(r) : resolve(r)),
      });
    });
  return { batches, run };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('Batcher', () => {
  it('sends a lone call at once, as a batch of one', async () => {
    const { batches, run } = controlled<number>();
    const b = new Batcher<number, unknown>(run as never, 2, 10);
    const p = b.call(1);
    expect(batches.map((x) => x.items)).toEqual([[1]]);
    batches[0].finish(['one']);
    await expect(p).resolves.toBe('one');
  });

  it('gathers the calls made while every slot is busy into the next batch, in order', async () => {
    const { batches, run } = controlled<number>();
    const b = new Batcher<number, unknown>(run as never, 2, 10);
    const calls = [1, 2, 3, 4, 5].map((n) => b.call(n));
    expect(batches.map((x) => x.items)).toEqual([[1], [2]]);
    expect(b.queued).toBe(3);
    batches[1].finish(['two']);
    await tick();
    expect(batches.map((x) => x.items)).toEqual([[1], [2], [3, 4, 5]]);
    batches[2].finish(['three', 'four', 'five']);
    batches[0].finish(['one']);
    await expect(Promise.all(calls)).resolves.toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(b.queued).toBe(0);
  });

  it('sends at most maxSize items in a batch', async () => {
    const { batches, run } = controlled<number>();
    const b = new Batcher<number, unknown>(run as never, 1, 2);
    const calls = [1, 2, 3, 4, 5, 6].map((n) => b.call(n));
    for (let i = 0; i < 4; i++) {
      batches[i].finish(batches[i].items.map((n) => n * 10));
      await tick();
    }
    expect(batches.map((x) => x.items)).toEqual([[1], [2, 3], [4, 5], [6]]);
    await expect(Promise.all(calls)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('rejects only the call whose result is an Error', async () => {
    const { batches, run } = controlled<number>();
    const b = new Batcher<number, unknown>(run as never, 1, 10);
    const first = b.call(0);
    const calls = [1, 2, 3].map((n) => b.call(n));
    batches[0].finish(['zero']);
    await first;
    await tick();
    batches[1].finish(['one', new Error('two failed'), 'three']);
    const settled = await Promise.allSettled(calls);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe('two failed');
  });

  it('rejects every call of a batch that fails, and goes on with the next', async () => {
    const { batches, run } = controlled<number>();
    const b = new Batcher<number, unknown>(run as never, 1, 10);
    const first = b.call(0);
    const failing = [1, 2].map((n) => b.call(n));
    batches[0].finish(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await tick();
    batches[1].finish(new Error('still down'));
    for (const c of failing) await expect(c).rejects.toThrow('still down');
    const later = b.call(3);
    batches[2].finish(['three']);
    await expect(later).resolves.toBe('three');
  });

  it('rejects a batch whose results do not match its items one for one', async () => {
    const { batches, run } = controlled<number>();
    const b = new Batcher<number, unknown>(run as never, 1, 10);
    const p = b.call(1);
    batches[0].finish(['one', 'extra']);
    await expect(p).rejects.toThrow('2 results for 1 items');
  });

  it('rejects the batch when the batch function throws before returning a promise', async () => {
    const b = new Batcher<number, unknown>(
      () => {
        throw new Error('bad SQL');
      },
      1,
      10,
    );
    await expect(b.call(1)).rejects.toThrow('bad SQL');
    await expect(b.call(2)).rejects.toThrow('bad SQL'); // the slot was freed
  });
});
