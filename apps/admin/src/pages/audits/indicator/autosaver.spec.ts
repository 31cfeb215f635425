import type { SchemaSaveResponseDto } from '@pies/api-client';
import type { AuditResponse } from '../audit-data';
import { type Answer, EMPTY_ANSWER, readDraft, writeDraft } from './answer';
import { Autosaver, SAVE_DELAY_MS } from './autosaver';

/**
 * The autosaver against a scripted API: one answer stored with a version, a PUT on top of an
 * older version answered 409 with the current answer (as the API does), and failures injected
 * per request. Each request can be held open to change the answer while it is in flight.
 */
type Reply =
  { kind: 'network' } | { kind: 'status'; status: number; body?: unknown } | { kind: 'server' }; // the fake server decides: 200, or 409 on a stale version

interface Sent {
  body: SchemaSaveResponseDto;
}

class FakeApi {
  stored: AuditResponse | undefined;
  sent: Sent[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private script: Reply[] = [];
  private held: (() => void)[] = [];
  holdReplies = false;

  then(...replies: Reply[]) {
    this.script.push(...replies);
  }

  /** Lets the held requests answer, in order. */
  release() {
    this.holdReplies = false;
    for (const go of this.held.splice(0)) go();
  }

  async put(
    path: string,
    options: {
      params: { path: { auditId: string; indicatorCode: string } };
      body: SchemaSaveResponseDto;
    },
  ) {
    expect(path).toBe('/api/audits/{auditId}/responses/{indicatorCode}');
    expect(options.params.path).toEqual({ auditId: AUDIT, indicatorCode: CODE });
    this.sent.push({ body: options.body });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.holdReplies) await new Promise<void>((go) => this.held.push(go));
      const reply = this.script.shift() ?? { kind: 'server' };
      if (reply.kind === 'network') throw new TypeError('Failed to fetch');
      if (reply.kind === 'status') {
        return { error: reply.body, response: new Response(null, { status: reply.status }) };
      }
      return this.save(options.body);
    } finally {
      this.inFlight -= 1;
    }
  }

  private save(body: SchemaSaveResponseDto) {
    const current = this.stored?.version ?? 0;
    if (body.version !== current) {
      return {
        error: {
          statusCode: 409,
          code: 'RESPONSE_VERSION_CONFLICT',
          error: 'Conflict',
          message: 'This answer was changed by someone else.',
          details: { current: this.stored },
        },
        response: new Response(null, { status: 409 }),
      };
    }
    this.stored = response({
      level: body.level ?? null,
      notApplicable: body.notApplicable,
      notApplicableReason: body.notApplicableReason ?? '',
      commentary: body.commentary ?? '',
      version: current + 1,
    });
    return { data: this.stored, response: new Response(null, { status: 200 }) };
  }
}

const AUDIT = 'a0000000-0000-4000-8000-000000000001';
const CODE = 'P1.1';
const mockApi = new FakeApi();
jest.mock('../../../api/client', () => ({
  api: { PUT: (...args: Parameters<FakeApi['put']>) => mockApi.put(...args) },
}));

function response(a: Answer & { version: number }): AuditResponse {
  return {
    indicatorCode: CODE,
    level: a.level,
    notApplicable: a.notApplicable,
    notApplicableReason: a.notApplicableReason || null,
    commentary: a.commentary || null,
    version: a.version,
    changedSinceLast: false,
    prefilled: false,
    updatedBy: null,
    updatedAt: new Date().toISOString(),
  };
}

const answer = (commentary: string, level: number | null = 2): Answer => ({
  ...EMPTY_ANSWER,
  level,
  commentary,
});

/** Browser storage for the drafts (the app's only browser API here). */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
  clear = () => this.items.clear();
}
Object.defineProperty(globalThis, 'localStorage', {
  value: new MemoryStorage(),
  configurable: true,
});

let saved: AuditResponse[];
function saver(server = mockApi.stored, editable = true) {
  saved = [];
  return new Autosaver(AUDIT, CODE, server, editable, (s) => saved.push(s));
}

beforeEach(() => {
  jest.useFakeTimers();
  localStorage.clear();
  Object.assign(mockApi, {
    stored: undefined,
    sent: [],
    inFlight: 0,
    maxInFlight: 0,
    holdReplies: false,
  });
});
afterEach(() => jest.useRealTimers());

describe('Autosaver: saving after a pause', () => {
  it('waits for the pause, then saves once with the latest answer and the version it was made on', async () => {
    const s = saver();
    s.update(answer('first'));
    s.update(answer('second'));
    expect(s.state.kind).toBe('pending');
    expect(readDraft(AUDIT, CODE)?.answer.commentary).toBe('second'); // kept before any request
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(mockApi.sent).toHaveLength(0);

    await jest.advanceTimersByTimeAsync(1);
    expect(mockApi.sent.map((r) => r.body)).toEqual([
      expect.objectContaining({ version: 0, level: 2, commentary: 'second' }),
    ]);
    expect(s.state.kind).toBe('saved');
    expect(s.dirty).toBe(false);
    expect(readDraft(AUDIT, CODE)).toBeNull();
    expect(saved.map((r) => r.version)).toEqual([1]);
  });

  it('sends the next change on top of the version the last save returned', async () => {
    const s = saver();
    s.update(answer('one'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    s.update(answer('two'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(mockApi.sent.map((r) => [r.body.version, r.body.commentary])).toEqual([
      [0, 'one'],
      [1, 'two'],
    ]);
    expect(mockApi.stored).toMatchObject({ version: 2, commentary: 'two' });
  });

  it('changing the answer back to what is saved cancels the save and the draft', async () => {
    mockApi.stored = response({ ...answer('saved'), version: 3 });
    const s = saver();
    s.update(answer('typo'));
    s.update(answer('saved'));
    expect(s.state.kind).toBe('idle');
    expect(readDraft(AUDIT, CODE)).toBeNull();
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(mockApi.sent).toHaveLength(0);
  });

  it('flush saves at once and says whether everything is acknowledged', async () => {
    const s = saver();
    s.update(answer('now'));
    await expect(s.flush()).resolves.toBe(true);
    expect(mockApi.sent).toHaveLength(1);

    s.update(answer('offline'));
    mockApi.then({ kind: 'network' });
    await expect(s.flush()).resolves.toBe(false);
    expect(readDraft(AUDIT, CODE)?.answer.commentary).toBe('offline');
  });
});

describe('Autosaver: one request at a time', () => {
  it('a change made while a save is in flight goes in the next request, after the first is acknowledged', async () => {
    const s = saver();
    mockApi.holdReplies = true;
    s.update(answer('first'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(s.state.kind).toBe('saving');

    s.update(answer('second'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(mockApi.sent).toHaveLength(1); // still waiting for the first answer

    mockApi.release();
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(mockApi.sent.map((r) => [r.body.version, r.body.commentary])).toEqual([
      [0, 'first'],
      [1, 'second'],
    ]);
    expect(mockApi.maxInFlight).toBe(1);
    expect(s.state.kind).toBe('saved');
    expect(mockApi.stored).toMatchObject({ version: 2, commentary: 'second' });
    expect(readDraft(AUDIT, CODE)).toBeNull();
  });

  it('calls to send while a request is in flight wait for it and never overlap', async () => {
    const s = saver();
    mockApi.holdReplies = true;
    s.update(answer('a'));
    const first = s.send();
    s.update(answer('b'));
    const second = s.send();
    const third = s.send();
    await jest.advanceTimersByTimeAsync(0);
    mockApi.release();
    await Promise.all([first, second, third]);
    expect(mockApi.maxInFlight).toBe(1);
    expect(mockApi.stored?.commentary).toBe('b');
    expect(mockApi.sent.every((r, i) => r.body.version === i)).toBe(true); // never a stale version
  });
});

describe('Autosaver: retries', () => {
  it('retries a failed request with a doubling delay, capped at 30 s, and sends the latest answer', async () => {
    const s = saver();
    mockApi.then(...Array.from({ length: 7 }, () => ({ kind: 'network' }) as const));
    s.update(answer('x'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    const delays: number[] = [];
    while (s.state.kind === 'retrying') {
      const { attempt, inSeconds } = s.state;
      expect(attempt).toBe(delays.length + 1);
      delays.push(inSeconds);
      if (attempt === 3) s.update(answer('typed during the retries'));
      await jest.advanceTimersByTimeAsync(inSeconds * 1000);
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 30, 30]);
    expect(s.state.kind).toBe('saved');
    expect(mockApi.sent.at(-1)?.body).toMatchObject({
      version: 0,
      commentary: 'typed during the retries',
    });
    expect(mockApi.maxInFlight).toBe(1);
  });

  it('a server error (5xx) is retried; a change during the retry wait does not start a second timer', async () => {
    const s = saver();
    mockApi.then({ kind: 'status', status: 503 });
    s.update(answer('x'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(s.state).toEqual({ kind: 'retrying', attempt: 1, inSeconds: 1 });
    s.update(answer('y'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(mockApi.sent).toHaveLength(1); // waits for the retry, not the pause
    await jest.advanceTimersByTimeAsync(1000 - SAVE_DELAY_MS);
    expect(mockApi.sent.map((r) => r.body.commentary)).toEqual(['x', 'y']);
    expect(s.state.kind).toBe('saved');
  });

  it('retryNow (the browser is back online) sends at once instead of waiting out the backoff', async () => {
    const s = saver();
    mockApi.then({ kind: 'network' }, { kind: 'network' });
    s.update(answer('x'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS + 1000);
    expect(s.state).toMatchObject({ kind: 'retrying', attempt: 2, inSeconds: 2 });
    s.retryNow();
    await jest.advanceTimersByTimeAsync(0);
    expect(s.state.kind).toBe('saved');
    expect(mockApi.sent).toHaveLength(3);
  });
});

describe('Autosaver: conflicts and refusals', () => {
  it('a 409 becomes a conflict showing theirs and yours; nothing is sent until the user settles it', async () => {
    const s = saver(); // loaded before someone else's save
    mockApi.stored = response({ ...answer('theirs', 4), version: 5 });
    s.update(answer('mine'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(s.state).toMatchObject({
      kind: 'conflict',
      theirs: { version: 5, commentary: 'theirs' },
      yours: { commentary: 'mine' },
    });

    s.update(answer('mine, edited'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS * 5);
    expect(mockApi.sent).toHaveLength(1);
    expect(s.state.kind).toBe('conflict');
    expect(readDraft(AUDIT, CODE)?.answer.commentary).toBe('mine, edited');
  });

  it('keeping mine saves it on top of their version', async () => {
    const s = saver();
    mockApi.stored = response({ ...answer('theirs', 4), version: 5 });
    s.update(answer('mine'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    s.resolve('mine');
    await jest.advanceTimersByTimeAsync(0);
    expect(mockApi.sent.at(-1)?.body).toMatchObject({ version: 5, commentary: 'mine' });
    expect(mockApi.stored).toMatchObject({ version: 6, commentary: 'mine' });
    expect(s.state.kind).toBe('saved');
    expect(saved.map((r) => r.version)).toEqual([5, 6]);
  });

  it('taking theirs drops mine and its draft, without a request', async () => {
    const s = saver();
    mockApi.stored = response({ ...answer('theirs', 4), version: 5 });
    s.update(answer('mine'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    s.resolve('theirs');
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(mockApi.sent).toHaveLength(1);
    expect(s.answer).toMatchObject({ commentary: 'theirs', level: 4 });
    expect(s.dirty).toBe(false);
    expect(readDraft(AUDIT, CODE)).toBeNull();
    expect(s.state.kind).toBe('saved');
  });

  it('a 400 pauses saving with the error until the user changes the answer', async () => {
    const s = saver();
    mockApi.then({
      kind: 'status',
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        error: 'Bad Request',
        message: 'Validation failed',
        details: [],
      },
    });
    s.update(answer('x', 9));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(s.state).toMatchObject({ kind: 'invalid', error: { status: 400 } });
    await jest.advanceTimersByTimeAsync(60_000); // no retrying an answer the API refused
    s.retryNow(); // nor when the browser comes back online
    await jest.advanceTimersByTimeAsync(0);
    expect(mockApi.sent).toHaveLength(1);

    s.update(answer('x', 3));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(mockApi.sent).toHaveLength(2);
    expect(s.state.kind).toBe('saved');
  });

  it.each([
    [403, 'INDICATOR_NOT_ASSIGNED', 'this indicator is not assigned to you'],
    [404, 'RESOURCE_NOT_FOUND', 'it is no longer there'],
    [409, 'AUDIT_LOCKED', 'the audit has been submitted'],
    [403, 'SOMETHING_NEW', 'the API says no.'],
  ])(
    'a %i %s refuses the change for good, in words from its code; the draft stays',
    async (status, code, words) => {
      const s = saver();
      mockApi.then({
        kind: 'status',
        status,
        body: { statusCode: status, code, error: 'Refused', message: 'The API says no.' },
      });
      s.update(answer('x'));
      await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS);
      expect(s.state.kind).toBe('refused');
      expect((s.state as { message: string }).message).toContain(words);
      s.update(answer('y'));
      s.retryNow();
      await jest.advanceTimersByTimeAsync(60_000);
      expect(mockApi.sent).toHaveLength(1);
      // The refused answer stays in this browser: nothing typed is thrown away unseen.
      expect(readDraft(AUDIT, CODE)?.answer.commentary).toBe('x');
    },
  );

  it('a 401 (signed out) keeps the draft and waits; flush after signing in sends it', async () => {
    const s = saver();
    mockApi.then({ kind: 'status', status: 401 });
    s.update(answer('x'));
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS * 5);
    expect(s.state.kind).toBe('pending');
    expect(mockApi.sent).toHaveLength(1);
    expect(readDraft(AUDIT, CODE)?.answer.commentary).toBe('x');
    await expect(s.flush()).resolves.toBe(true);
    expect(mockApi.stored?.commentary).toBe('x');
  });
});

describe('Autosaver: drafts left in the browser', () => {
  it('a draft from before (reload, closed tab) is restored with its version and pending', () => {
    mockApi.stored = response({ ...answer('on the server'), version: 2 });
    writeDraft(AUDIT, CODE, { answer: answer('in the draft'), version: 2, changedAt: '' });
    const s = saver();
    expect(s.answer.commentary).toBe('in the draft');
    expect(s.state.kind).toBe('pending');
    expect(s.dirty).toBe(true);
  });

  it('a restored draft made on an old version conflicts instead of overwriting', async () => {
    mockApi.stored = response({ ...answer('newer on the server'), version: 4 });
    writeDraft(AUDIT, CODE, { answer: answer('old draft'), version: 2, changedAt: '' });
    const s = saver();
    await s.send();
    expect(mockApi.sent[0].body.version).toBe(2);
    expect(s.state.kind).toBe('conflict');
    expect(mockApi.stored?.commentary).toBe('newer on the server');
  });

  it('a draft equal to the saved answer is dropped; a read-only page ignores drafts', () => {
    mockApi.stored = response({ ...answer('same'), version: 1 });
    writeDraft(AUDIT, CODE, { answer: answer('same'), version: 1, changedAt: '' });
    expect(saver().state.kind).toBe('idle');
    expect(readDraft(AUDIT, CODE)).toBeNull();

    writeDraft(AUDIT, CODE, { answer: answer('other'), version: 1, changedAt: '' });
    const readOnly = saver(mockApi.stored, false);
    expect(readOnly.answer.commentary).toBe('same');
    expect(readOnly.dirty).toBe(false);
  });

  it('dispose (leaving the page) sends what is pending once more and stops the timers', async () => {
    const s = saver();
    s.update(answer('leaving'));
    s.dispose();
    await jest.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(mockApi.sent.map((r) => r.body.commentary)).toEqual(['leaving']);
  });
});
