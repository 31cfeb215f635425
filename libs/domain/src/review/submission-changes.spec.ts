import {
  type ComparableSnapshot,
  type SnapshotResponse,
  submissionChanges,
  WHOLE_AUDIT,
} from './submission-changes';

const answer = (code: string, over: Partial<SnapshotResponse> = {}): SnapshotResponse => ({
  indicatorCode: code,
  level: 2,
  notApplicable: false,
  notApplicableReason: null,
  commentary: `About ${code}`,
  ...over,
});

const snapshot = (over: Partial<ComparableSnapshot> = {}): ComparableSnapshot => ({
  responses: [answer('P1.1'), answer('P1.2'), answer('P1.10')],
  evidence: [{ id: 'f1', indicatorCode: 'P1.1', fileName: 'policy.pdf' }],
  actions: [
    {
      id: 'a1',
      indicatorCode: 'P1.2',
      description: 'Train staff',
      owner: 'DSL',
      dueOn: '2027-01-31',
      status: 'not_started',
    },
  ],
  ...over,
});

describe('submissionChanges', () => {
  it('finds nothing between a snapshot and itself', () => {
    expect(submissionChanges(snapshot(), snapshot())).toEqual([]);
  });

  it('reports a changed level with before and after', () => {
    const after = snapshot({
      responses: [answer('P1.1', { level: 3 }), answer('P1.2'), answer('P1.10')],
    });
    const [c] = submissionChanges(snapshot(), after);
    expect(c.indicatorCode).toBe('P1.1');
    expect(c.level).toEqual({
      before: { level: 2, notApplicable: false, notApplicableReason: null },
      after: { level: 3, notApplicable: false, notApplicableReason: null },
    });
    expect(c.commentary).toBeUndefined();
  });

  it('reports a move to not applicable with its reason', () => {
    const after = snapshot({
      responses: [
        answer('P1.1', { level: null, notApplicable: true, notApplicableReason: 'No devices' }),
        answer('P1.2'),
        answer('P1.10'),
      ],
    });
    expect(submissionChanges(snapshot(), after)[0].level?.after).toEqual({
      level: null,
      notApplicable: true,
      notApplicableReason: 'No devices',
    });
  });

  it('reports commentary as the whole text before and after, ignoring only outer spaces and line endings', () => {
    const after = snapshot({
      responses: [
        answer('P1.1', { commentary: 'About P1.1  \r\n' }),
        answer('P1.2', { commentary: 'Now with a named lead' }),
        answer('P1.10'),
      ],
    });
    const changes = submissionChanges(snapshot(), after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      indicatorCode: 'P1.2',
      commentary: { before: 'About P1.2', after: 'Now with a named lead' },
    });
  });

  it('reports evidence files added and removed by id, under their indicator', () => {
    const after = snapshot({
      evidence: [
        { id: 'f2', indicatorCode: 'P1.1', fileName: 'policy-2026.pdf' },
        { id: 'f3', indicatorCode: 'P1.10', fileName: 'training-log.xlsx' },
      ],
    });
    const changes = submissionChanges(snapshot(), after);
    expect(changes.map((c) => c.indicatorCode)).toEqual(['P1.1', 'P1.10']);
    expect(changes[0].evidence).toEqual({
      added: [{ id: 'f2', fileName: 'policy-2026.pdf' }],
      removed: [{ id: 'f1', fileName: 'policy.pdf' }],
    });
    expect(changes[1].evidence.added).toEqual([{ id: 'f3', fileName: 'training-log.xlsx' }]);
  });

  it('reports links added and removed by URL, from the library and from older snapshots', () => {
    const link = (id: string, url: string) => ({ id, indicatorCode: 'P1.1', fileName: url, url });
    // A snapshot from before links joined the library (on the answer) and one after (items):
    // the same address on both sides is no change, and no link is a file added or removed.
    const older = snapshot({
      responses: [
        answer('P1.1', {
          evidenceLinks: [{ url: 'https://a.example/kept' }, { url: 'https://a.example/old' }],
        }),
      ],
    });
    const newer = snapshot({
      evidence: [
        ...snapshot().evidence,
        link('l1', 'https://a.example/kept'),
        link('l2', 'https://a.example/new'),
      ],
    });
    const [changes] = submissionChanges(older, newer);
    expect(changes.links).toEqual({
      added: ['https://a.example/new'],
      removed: ['https://a.example/old'],
    });
    expect(changes.evidence).toEqual({ added: [], removed: [] });
    // Between two snapshots of items.
    expect(submissionChanges(newer, snapshot())[0].links).toEqual({
      added: [],
      removed: ['https://a.example/kept', 'https://a.example/new'],
    });
  });

  it('reports links on the answer added and removed by URL', () => {
    const before = snapshot({
      responses: [answer('P1.1', { evidenceLinks: [{ url: 'https://a.example/old' }] })],
    });
    const after = snapshot({
      responses: [answer('P1.1', { evidenceLinks: [{ url: 'https://a.example/new' }] })],
    });
    expect(submissionChanges(before, after)[0].links).toEqual({
      added: ['https://a.example/new'],
      removed: ['https://a.example/old'],
    });
  });

  it('reports actions added, changed (field by field) and removed', () => {
    const before = snapshot({
      actions: [
        ...snapshot().actions,
        {
          id: 'a2',
          indicatorCode: 'P1.1',
          description: 'Old idea',
          owner: null,
          dueOn: null,
          status: 'not_started',
        },
      ],
    });
    const after = snapshot({
      actions: [
        { ...snapshot().actions[0], dueOn: '2027-03-31', status: 'in_progress' },
        {
          id: 'a3',
          indicatorCode: null,
          description: 'Review the whole plan',
          owner: 'Head',
          dueOn: null,
          status: 'not_started',
        },
      ],
    });
    const changes = submissionChanges(before, after);
    expect(changes.map((c) => c.indicatorCode)).toEqual(['P1.1', 'P1.2', WHOLE_AUDIT]);
    expect(changes[0].actions).toEqual([
      { id: 'a2', change: 'removed', description: 'Old idea', fields: [] },
    ]);
    expect(changes[1].actions).toEqual([
      {
        id: 'a1',
        change: 'changed',
        description: 'Train staff',
        fields: [
          { field: 'dueOn', before: '2027-01-31', after: '2027-03-31' },
          { field: 'status', before: 'not_started', after: 'in_progress' },
        ],
      },
    ]);
    expect(changes[2].actions[0]).toMatchObject({ id: 'a3', change: 'added' });
  });

  it('orders indicators by code, numerically', () => {
    const after = snapshot({
      responses: [
        answer('P1.1', { level: 1 }),
        answer('P1.2', { level: 1 }),
        answer('P1.10', { level: 1 }),
      ],
    });
    expect(submissionChanges(snapshot(), after).map((c) => c.indicatorCode)).toEqual([
      'P1.1',
      'P1.2',
      'P1.10',
    ]);
  });

  it('reports an indicator answered only in one of the two', () => {
    const after = snapshot({
      responses: [answer('P1.1'), answer('P1.2'), answer('P1.10'), answer('S1.1')],
    });
    const [c] = submissionChanges(snapshot(), after);
    expect(c).toMatchObject({
      indicatorCode: 'S1.1',
      level: { before: { level: null }, after: { level: 2 } },
      commentary: { before: null, after: 'About S1.1' },
    });
  });
});
