/**
 * A least-recently-used cache bounded both in entries and in bytes (the caller says what an
 * entry weighs). Values being computed are shared: concurrent callers asking for the same key
 * wait for one computation instead of each running it.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private readonly pending = new Map<string, Promise<V>>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key); // re-insert: Map order is recency order
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes) return; // never worth evicting everything for one value
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= e.bytes;
    }
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }

  /** The cached value, or the one `compute` produces (stored with `weigh`'s byte count). */
  async getOrCompute(
    key: string,
    compute: () => Promise<V>,
    weigh: (v: V) => number,
    usable: (v: V) => boolean = () => true,
  ): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined && usable(hit)) return hit;
    let run = this.pending.get(key);
    if (!run) {
      run = compute().then(
        (v) => {
          this.pending.delete(key);
          this.set(key, v, weigh(v));
          return v;
        },
        (err: unknown) => {
          this.pending.delete(key);
          throw err;
        },
      );
      this.pending.set(key, run);
    }
    return run;
  }
}
