import { mergeAnswer } from '@pies/domain';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { LOCK_AUDIT_SQL } from '../../apps/api/src/audits/audit-lock';
import type { ResponseDto } from '../../apps/api/src/audits/dto/audit.dto';
import {
  READ_RESPONSE_SQL,
  UPSERT_RESPONSE_SQL,
  upsertParams,
} from '../../apps/api/src/audits/responses.service';
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
   * The same save as `next(w)`, as the statements the API runs for it (lock the audit, read
   * the answer, upsert the next version with its event), straight through pg in one
   * transaction on `client`: the floor. The lead may edit every answer; anything but a write
   * throws.
   */
  floorSave = async (w: number, client: PoolClient) => {
    const { auditId, userId } = this.writers[w];
    const code = this.code(w);
    const { version: _, ...sent } = this.answer(w);
    await client.query('BEGIN');
    try {
      await client.query(LOCK_AUDIT_SQL, [auditId]);
      const [current] = (await client.query<ResponseDto>(READ_RESPONSE_SQL, [auditId, code])).rows;
      const next = mergeAnswer(current ?? null, sent);
      const [saved] = (
        await client.query<ResponseDto>(
          UPSERT_RESPONSE_SQL,
          upsertParams(auditId, code, userId, current ?? null, next, new Date()),
        )
      ).rows;
      if (!saved) throw new Error(`floor save: ${code} changed meanwhile`);
      await client.query('COMMIT');
      this.versions.set(this.key(w), saved.version);
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
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
