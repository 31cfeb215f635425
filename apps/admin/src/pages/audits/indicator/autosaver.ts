import { ApiError, isApiErrorBody } from '@pies/api-client';
import { api } from '../../../api/client';
import { errorText, lowerFirst } from '../../../errors/error-text';
import type { AuditResponse } from '../audit-data';
import { type Answer, answerOf, readDraft, sameAnswer, saveBody, writeDraft } from './answer';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; attempt: number; inSeconds: number }
  /** Someone else saved this answer since the user loaded it: `theirs` is the current one. */
  | { kind: 'conflict'; theirs: AuditResponse; yours: Answer }
  /** The API refused the answer (400): fix it and it saves again. */
  | { kind: 'invalid'; error: ApiError }
  /** The API takes no change (403, 404, or the audit no longer changes). */
  | { kind: 'refused'; message: string };

/** Pause after the last change before saving. */
export const SAVE_DELAY_MS = 800;
const MAX_RETRY_MS = 30_000;

type PutResult = Awaited<ReturnType<typeof put>>;

/**
 * Autosave of one indicator's answer, outside React. Each change is kept in localStorage until
 * the API acknowledges it (a reload or a closed tab loses nothing), sent after a short pause with
 * the version the user last saw, one request at a time, retried with backoff when the network or
 * the server fails; a 409 becomes a conflict for the user to settle, never a silent overwrite.
 */
export class Autosaver {
  answer: Answer;
  state: SaveState = { kind: 'idle' };
  /** Bumped on every change of the answer or the state (for React to re-render). */
  revision = 0;
  private acked: Answer;
  private version: number;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private blocked = false; // in conflict or refused: waits for the user
  private paused = false; // refused as invalid (400) or signed out (401): waits for a change
  private listeners = new Set<() => void>();

  constructor(
    private readonly auditId: string,
    private readonly code: string,
    server: AuditResponse | undefined,
    editable: boolean,
    private readonly onSaved: (saved: AuditResponse) => void,
  ) {
    this.acked = answerOf(server);
    this.answer = this.acked;
    this.version = server?.version ?? 0;
    const stored = editable ? readDraft(auditId, code) : null;
    if (stored && !sameAnswer(stored.answer, this.acked)) {
      // Left from before (a reload, a closed tab, a failed save): made on top of its version.
      this.answer = stored.answer;
      this.version = stored.version;
      this.state = { kind: 'pending' };
    } else if (stored) {
      writeDraft(auditId, code, null);
    }
  }

  get dirty(): boolean {
    return !sameAnswer(this.answer, this.acked);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: SaveState) {
    this.state = state;
    this.revision += 1;
    for (const l of this.listeners) l();
  }

  private keep() {
    writeDraft(this.auditId, this.code, {
      answer: this.answer,
      version: this.version,
      changedAt: new Date().toISOString(),
    });
  }

  /** The user changed the answer. */
  update(next: Answer) {
    this.answer = next;
    this.paused = false;
    if (this.blocked) {
      // In a conflict, what the user types meanwhile is kept too (a reload conflicts again).
      if (this.state.kind === 'conflict') this.keep();
      return this.set({ ...this.state });
    }
    if (!this.dirty) {
      writeDraft(this.auditId, this.code, null);
      clearTimeout(this.timer);
      return this.set(this.state.kind === 'pending' ? { kind: 'idle' } : this.state);
    }
    this.keep();
    if (this.attempt > 0) return this.set({ ...this.state }); // the retry sends the latest
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), SAVE_DELAY_MS);
    this.set({ kind: 'pending' });
  }

  /** Sends the answer now (after the request in flight, if any). */
  async send(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.blocked || this.paused) return;
    this.inFlight = this.attemptSave();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    if (this.dirty && !this.blocked && !this.paused && this.attempt === 0) return this.send();
  }

  /** Saves now, retrying at once; true when everything the user changed is acknowledged. */
  async flush(): Promise<boolean> {
    this.attempt = 0;
    this.paused = false;
    await this.send();
    return !this.dirty;
  }

  /** Settles a conflict: keep the user's answer (sent on top of theirs) or take theirs. */
  resolve(keep: 'mine' | 'theirs') {
    if (this.state.kind !== 'conflict') return;
    const theirs = this.state.theirs;
    this.version = theirs.version;
    this.acked = answerOf(theirs);
    this.blocked = false;
    this.onSaved(theirs);
    if (keep === 'theirs') {
      this.answer = this.acked;
      writeDraft(this.auditId, this.code, null);
      this.set({ kind: 'saved', at: new Date(theirs.updatedAt) });
    } else {
      this.keep();
      void this.send();
    }
  }

  /**
   * The network is back: try again now. Only what failed on the way is retried; an answer the
   * API refused (400) or a signed-out save (401) waits for a change or a flush, as before.
   */
  retryNow() {
    if (!this.dirty || this.blocked || this.paused) return;
    this.attempt = 0;
    void this.send();
  }

  private async attemptSave(): Promise<void> {
    const sending = this.answer;
    this.set({ kind: 'saving' });
    let result: PutResult | undefined;
    try {
      result = await put(this.auditId, this.code, saveBody(sending, this.version));
    } catch {
      result = undefined; // offline, or the connection dropped
    }
    if (result?.data) {
      this.attempt = 0;
      this.version = result.data.version;
      this.acked = answerOf(result.data);
      this.onSaved(result.data);
      if (sameAnswer(this.answer, sending)) {
        this.answer = this.acked;
        writeDraft(this.auditId, this.code, null);
        this.set({ kind: 'saved', at: new Date() });
      } else {
        this.keep(); // changed while saving: on top of the new version
      }
      return;
    }
    const status = result?.response.status ?? 0;
    const body: unknown = result?.error;
    const code = isApiErrorBody(body) ? body.code : undefined;
    const details = isApiErrorBody(body) ? (body.details as { current?: AuditResponse }) : null;
    if (code === 'RESPONSE_VERSION_CONFLICT' && details?.current) {
      this.blocked = true;
      this.set({ kind: 'conflict', theirs: details.current, yours: this.answer });
    } else if (status === 400 && result) {
      this.paused = true;
      this.set({ kind: 'invalid', error: ApiError.from(result.response, body) });
    } else if (status === 401) {
      this.paused = true;
      this.set({ kind: 'pending' }); // signing in again; the draft stays in this browser
    } else if (status === 403 || status === 404 || status === 409) {
      this.blocked = true;
      this.set({
        kind: 'refused',
        message:
          result && code
            ? lowerFirst(errorText(ApiError.from(result.response, body)))
            : 'this answer cannot be changed',
      });
    } else {
      this.attempt += 1;
      const wait = Math.min(MAX_RETRY_MS, 1000 * 2 ** (this.attempt - 1));
      this.set({ kind: 'retrying', attempt: this.attempt, inSeconds: wait / 1000 });
      this.timer = setTimeout(() => void this.send(), wait);
    }
  }

  /** Stops timers (leaving the page); what is pending is sent once more, and stays stored. */
  dispose() {
    clearTimeout(this.timer);
    if (this.dirty && !this.blocked) void this.send();
  }
}

function put(auditId: string, code: string, body: ReturnType<typeof saveBody>) {
  return api.PUT('/api/audits/{auditId}/responses/{indicatorCode}', {
    params: { path: { auditId, indicatorCode: code } },
    body,
  });
}
