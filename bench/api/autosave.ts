import type { DataSource } from 'typeorm';
import { saveArgs, singleParams } from '../../apps/api/src/audits/responses.service';
import type { Writer } from './setup';
import type { HttpCall } from './stats';

/**
 * Agency leads saving answers: user `w` works through their own audit, indicator by
 * indicator, sending the version their last save returned (as the web app does), so no two
 * connections edit the same audit and a 409 would mean a fault, not two simulated users racing.
 * (autocannon cannot keep a user per connection: it clears a connection's context after every
 * request, which made earlier runs' writers collide on the same answers.) Every acknowledged
 * save of every phase is remembered for `lostWrites()`.
 */
export class AutosaveUsers {
  /** The last acknowledged save of each answer, across all phases. */
  private readonly acked = new Map<string, { version: number; commentary: string }>();
  private readonly versions = new Map<string, number>();
  private readonly position: number[];
  private seq = 0;
  acknowledged = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly writers: Writer[],
    private readonly codes: string[],
  ) {
    this.position = writers.map(() => 0);
  }

  async init() {
    const existing: { audit_id: string; indicator_code: string; version: number }[] =
      await this.ds.query(
        `SELECT audit_id, indicator_code, version FROM responses WHERE audit_id = ANY($1::uuid[]) AND indicator_code = ANY($2)`,
        [this.writers.map((w) => w.auditId), this.codes],
      );
    for (const e of existing) this.versions.set(`${e.audit_id}/${e.indicator_code}`, e.version);
  }

  private code(w: number) {
    return this.codes[this.position[w] % this.codes.length];
  }
  private key(w: number) {
    return `${this.writers[w].auditId}/${this.code(w)}`;
  }

  /** The answer user `w` sends next: its version, a level and a new commentary. */
  private answer(w: number) {
    const seq = ++this.seq;
    return {
      version: this.versions.get(this.key(w)) ?? 0,
      level: 1 + (seq % 4),
      commentary: `Autosave ${seq} at ${Date.now()}`,
    };
  }

  next = (w: number): HttpCall => {
    return {
      method: 'PUT',
      path: `/api/audits/${this.writers[w].auditId}/responses/${this.code(w)}`,
      headers: {
        'content-type': 'application/json',
        cookie: this.writers[w].cookie,
        'x-csrf-token': this.writers[w].csrf,
      },
      body: JSON.stringify(this.answer(w)),
    };
  };

  /**
   * The same save as `next(w)`, as the parameters of the statement the API runs for one save
   * on its own (`save_response`): the floor, that statement straight through pg. Levels are
   * the framework's 1 to 4; the lead may edit every answer.
   */
  saveParams = (w: number): unknown[] => {
    const { auditId, userId } = this.writers[w];
    const rules = { levels: [1, 2, 3, 4], allowNotApplicable: true };
    return singleParams(saveArgs(auditId, this.code(w), userId, true, this.answer(w), rules));
  };

  /** Records what `save_response` did with `saveParams(w)`; anything but a save throws. */
  onSaved = (w: number, row: { outcome: string; version: number }) => {
    if (row.outcome !== 'saved') throw new Error(`floor save: ${row.outcome}`);
    this.versions.set(this.key(w), row.version);
    this.position[w]++;
  };

  /** Records a response; `statuses` counts them for the phase. */
  onResponse(statuses: Record<number, number>) {
    return (w: number, status: number, body: string) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      const key = this.key(w);
      try {
        const parsed = JSON.parse(body);
        if (status === 200) {
          this.acknowledged++;
          this.versions.set(key, parsed.version);
          this.acked.set(key, { version: parsed.version, commentary: parsed.commentary });
        } else if (status === 409 && parsed.details?.current) {
          this.versions.set(key, parsed.details.current.version);
        }
      } catch {
        // counted by status above
      }
      this.position[w]++;
    };
  }

  /**
   * Acknowledged saves the database does not hold: an answer older than its last acknowledged
   * version, or at that version with other text. (A later acknowledged version of an answer
   * was built on the earlier ones, so checking the last covers all.)
   */
  async lostWrites(): Promise<{ lost: number; answers: number }> {
    const stored: { key: string; version: number; commentary: string }[] = await this.ds.query(
      `SELECT audit_id || '/' || indicator_code AS key, version, commentary FROM responses WHERE audit_id = ANY($1::uuid[]) AND indicator_code = ANY($2)`,
      [this.writers.map((w) => w.auditId), this.codes],
    );
    const byKey = new Map(stored.map((s) => [s.key, s]));
    let lost = 0;
    for (const [key, a] of this.acked) {
      const s = byKey.get(key);
      if (!s || s.version < a.version || (s.version === a.version && s.commentary !== a.commentary))
        lost++;
    }
    return { lost, answers: this.acked.size };
  }
}
