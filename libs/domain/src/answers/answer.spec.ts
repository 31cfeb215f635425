import fc from 'fast-check';
import { AUDIT_STATUSES } from '../audit-status';
import {
  type Answer,
  type AnswerChange,
  decideSave,
  mergeAnswer,
  type StoredAnswer,
} from './answer';

const text = fc.option(fc.string({ maxLength: 8 }), { nil: null });
/** An answer as the database can hold it: no level when not applicable, no reason otherwise. */
const stored: fc.Arbitrary<StoredAnswer> = fc
  .record({
    level: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    notApplicable: fc.boolean(),
    notApplicableReason: text,
    commentary: text,
    version: fc.integer({ min: 1, max: 5 }),
    prefilled: fc.boolean(),
  })
  .map((a) => (a.notApplicable ? { ...a, level: null } : { ...a, notApplicableReason: null }));
/** What a client may send: any field left out (undefined) or null, where the API allows. */
const change: fc.Arbitrary<AnswerChange> = fc.record(
  {
    level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    notApplicable: fc.option(fc.boolean(), { nil: null }),
    notApplicableReason: text,
    commentary: text,
  },
  { requiredKeys: [] },
);
const answerOf = ({ version: _, prefilled: __, ...a }: StoredAnswer): Answer => a;

describe('mergeAnswer', () => {
  it('keeps every field left out, and the answer whole when nothing is sent', () => {
    fc.assert(fc.property(stored, (cur) => expect(mergeAnswer(cur, {})).toEqual(answerOf(cur))));
    expect(mergeAnswer(null, {})).toEqual({
      level: null,
      notApplicable: false,
      notApplicableReason: null,
      commentary: null,
    });
  });

  it('replaces each field sent, null clearing it', () => {
    const cur: Answer = {
      level: 2,
      notApplicable: false,
      notApplicableReason: null,
      commentary: 'Draft',
    };
    expect(mergeAnswer(cur, { commentary: 'Reviewed' })).toEqual({
      ...cur,
      commentary: 'Reviewed',
    });
    expect(mergeAnswer(cur, { commentary: null, level: null })).toEqual({
      ...cur,
      commentary: null,
      level: null,
    });
  });

  it('makes a not-applicable answer applicable when a level is chosen, dropping its reason', () => {
    const na: Answer = {
      level: null,
      notApplicable: true,
      notApplicableReason: 'No devices',
      commentary: null,
    };
    expect(mergeAnswer(na, { level: 3 })).toMatchObject({
      level: 3,
      notApplicable: false,
      notApplicableReason: null,
    });
    // clearing the level keeps it not applicable, with its reason
    expect(mergeAnswer(na, { level: null })).toEqual(na);
  });

  it('clears the level when marked not applicable, and keeps a reason only while it is', () => {
    fc.assert(
      fc.property(stored, change, (cur, sent) => {
        const next = mergeAnswer(cur, { ...sent, notApplicable: true });
        expect(next.level).toBeNull();
        expect(next.notApplicable).toBe(true);
        const applicable = mergeAnswer(cur, { ...sent, notApplicable: false });
        expect(applicable.notApplicableReason).toBeNull();
      }),
    );
  });

  it('never makes an answer both levelled and not applicable', () => {
    fc.assert(
      fc.property(fc.option(stored, { nil: null }), change, (cur, sent) => {
        const next = mergeAnswer(cur, sent);
        expect(next.notApplicable && next.level !== null).toBe(false);
        if (!next.notApplicable) expect(next.notApplicableReason).toBeNull();
      }),
    );
  });

  it('is idempotent: saving the same fields again changes nothing', () => {
    fc.assert(
      fc.property(fc.option(stored, { nil: null }), change, (cur, sent) => {
        const once = mergeAnswer(cur, sent);
        expect(mergeAnswer(once, sent)).toEqual(once);
      }),
    );
  });
});

describe('decideSave', () => {
  const blank = mergeAnswer(null, {});
  const at = (a: Answer, version: number, prefilled = false): StoredAnswer => ({
    ...a,
    version,
    prefilled,
  });

  it('writes a change on the current version, and leaves an unchanged answer alone', () => {
    const next = mergeAnswer(null, { level: 2 });
    expect(decideSave('in_progress', null, next, 0)).toBe('write');
    expect(decideSave('in_progress', at(blank, 3), next, 3)).toBe('write');
    expect(decideSave('in_progress', at(next, 3), next, 3)).toBe('unchanged');
  });

  it('answers a retry of a save that landed with the stored answer, in any state', () => {
    fc.assert(
      fc.property(stored, change, fc.constantFrom(...AUDIT_STATUSES), (cur, sent, status) => {
        // the save landed as version + 1; its retry still carries the version it was made on
        const landed = at(mergeAnswer(cur, sent), cur.version + 1);
        const decision = decideSave(status, landed, mergeAnswer(landed, sent), cur.version);
        expect(decision).toBe('landed');
      }),
    );
  });

  it('refuses a stale version that would change the answer, in any state', () => {
    fc.assert(
      fc.property(
        stored,
        fc.constantFrom(...AUDIT_STATUSES),
        fc.integer({ min: 0, max: 9 }),
        (cur, status, version) => {
          fc.pre(version !== cur.version && !(cur.prefilled && cur.version === 1 && version === 0));
          const next = mergeAnswer(cur, { commentary: `${cur.commentary ?? ''}!` });
          expect(decideSave(status, cur, next, version)).toBe('conflict');
        },
      ),
    );
    expect(decideSave('in_progress', null, mergeAnswer(null, { level: 1 }), 1)).toBe('conflict');
  });

  it('lets the first save over a pre-filled answer through on version 0 (the client had not seen it)', () => {
    const prefilled = at(mergeAnswer(null, { level: 2, commentary: 'Last time' }), 1, true);
    const next = mergeAnswer(prefilled, { commentary: 'This time' });
    expect(decideSave('in_progress', prefilled, next, 0)).toBe('write');
    expect(decideSave('in_progress', { ...prefilled, version: 2 }, next, 0)).toBe('conflict');
    expect(decideSave('in_progress', { ...prefilled, prefilled: false }, next, 0)).toBe('conflict');
  });

  it('refuses to change a submitted or accepted audit, and starts or reopens the others first', () => {
    const next = mergeAnswer(null, { level: 2 });
    expect(decideSave('submitted', null, next, 0)).toBe('locked');
    expect(decideSave('accepted', null, next, 0)).toBe('locked');
    expect(decideSave('not_started', null, next, 0)).toBe('transition');
    expect(decideSave('returned', at(blank, 1), next, 1)).toBe('transition');
    // an unchanged answer on a returned audit still reopens it, as any save does
    expect(decideSave('returned', at(next, 1), next, 1)).toBe('transition');
  });
});

describe('decideSave on carried-forward answers', () => {
  const answer = mergeAnswer(null, { level: 2, commentary: 'Last time' });
  const carried: StoredAnswer = { ...answer, version: 1, prefilled: true, confirmedAt: null };

  it('writes a save of a carried answer as it is: saving confirms it', () => {
    expect(decideSave('in_progress', carried, answer, 1)).toBe('write');
    expect(decideSave('in_progress', { ...carried, confirmedAt: new Date() }, answer, 1)).toBe(
      'unchanged',
    );
  });

  it('leaves an unchanged save of a reworded indicator unconfirmed: it needs a new answer', () => {
    const reworded = { ...carried, changedSinceLast: true };
    expect(decideSave('in_progress', reworded, answer, 1)).toBe('unchanged');
    expect(decideSave('in_progress', reworded, { ...answer, commentary: 'New' }, 1)).toBe('write');
  });

  it('confirms it when a client that had not seen it (version 0) sends the same answer', () => {
    expect(decideSave('in_progress', carried, answer, 0)).toBe('write');
    const confirmed = { ...carried, confirmedAt: new Date() };
    expect(decideSave('in_progress', confirmed, answer, 0)).toBe('landed');
  });
});
