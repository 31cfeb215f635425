/**
 * What an agency changed between two submissions of one audit (the one the board returned and
 * the one that came back), indicator by indicator. Pure: it reads the two immutable snapshots
 * and nothing else, so the board sees exactly what was submitted each time.
 */

/** One indicator's answer as a submission snapshot froze it. */
export interface SnapshotResponse {
  indicatorCode: string;
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  commentary: string | null;
  /** Links as snapshots before the evidence library held them froze them: on the answer. */
  evidenceLinks?: readonly { url: string; title?: string }[];
}

/** An evidence item as a submission snapshot froze it: a file, or (with a url) a link. */
export interface SnapshotEvidenceFile {
  id: string;
  indicatorCode: string | null;
  fileName: string;
  sha256?: string | null;
  url?: string | null;
}

/** An action as a submission snapshot froze it. */
export interface SnapshotActionItem {
  id: string;
  indicatorCode: string | null;
  description: string;
  owner: string | null;
  dueOn: string | null;
  status: string;
}

/** The parts of a submission snapshot the comparison reads. */
export interface ComparableSnapshot {
  responses: readonly SnapshotResponse[];
  evidence: readonly SnapshotEvidenceFile[];
  actions: readonly SnapshotActionItem[];
}

/** An answer's level, or not applicable with its reason. */
export interface LevelState {
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
}

export interface BeforeAfter<T> {
  before: T;
  after: T;
}

/** The action fields a change is reported on. */
export const ACTION_FIELDS = ['description', 'owner', 'dueOn', 'status'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export interface ActionChange {
  id: string;
  change: 'added' | 'changed' | 'removed';
  /** The action as it stands after (or, when removed, as it stood before). */
  description: string;
  /** The fields that differ, with before and after; empty unless changed. */
  fields: { field: ActionField; before: string | null; after: string | null }[];
}

export interface IndicatorChanges {
  indicatorCode: string;
  /** Set when the level, or not applicable and its reason, differ. */
  level?: BeforeAfter<LevelState>;
  /** Set when the commentary differs: the whole text before and after. */
  commentary?: BeforeAfter<string | null>;
  /** Files, added and removed. */
  evidence: {
    added: { id: string; fileName: string }[];
    removed: { id: string; fileName: string }[];
  };
  /** Links by URL, added and removed (from the library, or on the answer in older snapshots). */
  links: { added: string[]; removed: string[] };
  actions: ActionChange[];
}

/** Actions not tied to an indicator are reported under this key (the audit as a whole). */
export const WHOLE_AUDIT = '';

const levelOf = (r: SnapshotResponse | undefined): LevelState => ({
  level: r && !r.notApplicable ? r.level : null,
  notApplicable: r?.notApplicable ?? false,
  notApplicableReason: r?.notApplicable ? (r.notApplicableReason ?? null) : null,
});

const sameLevel = (a: LevelState, b: LevelState) =>
  a.level === b.level &&
  a.notApplicable === b.notApplicable &&
  a.notApplicableReason === b.notApplicableReason;

/** Commentary compared as the reader sees it: trailing spaces and line endings do not count. */
const text = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\r\n/g, '\n').trim();
  return t ? t : null;
};

function entry(changes: Map<string, IndicatorChanges>, code: string): IndicatorChanges {
  let c = changes.get(code);
  if (!c) {
    c = {
      indicatorCode: code,
      evidence: { added: [], removed: [] },
      links: { added: [], removed: [] },
      actions: [],
    };
    changes.set(code, c);
  }
  return c;
}

/** A snapshot's files: its evidence items that are not links. */
const filesOf = (s: ComparableSnapshot) => s.evidence.filter((e) => !e.url);

/**
 * A snapshot's links by indicator, as sets of URLs: its link items, and the links older
 * snapshots kept on each answer.
 */
function linksOf(s: ComparableSnapshot): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  const add = (code: string, url: string) =>
    links.set(code, (links.get(code) ?? new Set()).add(url));
  for (const r of s.responses) for (const l of r.evidenceLinks ?? []) add(r.indicatorCode, l.url);
  for (const e of s.evidence) if (e.url) add(e.indicatorCode ?? WHOLE_AUDIT, e.url);
  return links;
}

/**
 * The changes from `before` (the returned submission) to `after` (the resubmitted one), one
 * entry per indicator that changed, in indicator-code order (actions on the whole audit
 * last, under WHOLE_AUDIT). An evidence file is the same file when its id is; an action the same
 * action when its id is.
 */
export function submissionChanges(
  before: ComparableSnapshot,
  after: ComparableSnapshot,
): IndicatorChanges[] {
  const changes = new Map<string, IndicatorChanges>();
  const oldResponses = new Map(before.responses.map((r) => [r.indicatorCode, r]));
  const newResponses = new Map(after.responses.map((r) => [r.indicatorCode, r]));
  for (const code of new Set([...oldResponses.keys(), ...newResponses.keys()])) {
    const was = oldResponses.get(code);
    const now = newResponses.get(code);
    const [l0, l1] = [levelOf(was), levelOf(now)];
    if (!sameLevel(l0, l1)) entry(changes, code).level = { before: l0, after: l1 };
    const [c0, c1] = [text(was?.commentary), text(now?.commentary)];
    if (c0 !== c1) entry(changes, code).commentary = { before: c0, after: c1 };
  }
  const [links0, links1] = [linksOf(before), linksOf(after)];
  for (const code of new Set([...links0.keys(), ...links1.keys()])) {
    const [urls0, urls1] = [
      links0.get(code) ?? new Set<string>(),
      links1.get(code) ?? new Set<string>(),
    ];
    for (const url of urls1) if (!urls0.has(url)) entry(changes, code).links.added.push(url);
    for (const url of urls0) if (!urls1.has(url)) entry(changes, code).links.removed.push(url);
  }

  const [files0, files1] = [filesOf(before), filesOf(after)];
  const oldFiles = new Map(files0.map((f) => [f.id, f]));
  const newFiles = new Map(files1.map((f) => [f.id, f]));
  for (const f of files1)
    if (!oldFiles.has(f.id))
      entry(changes, f.indicatorCode ?? WHOLE_AUDIT).evidence.added.push({
        id: f.id,
        fileName: f.fileName,
      });
  for (const f of files0)
    if (!newFiles.has(f.id))
      entry(changes, f.indicatorCode ?? WHOLE_AUDIT).evidence.removed.push({
        id: f.id,
        fileName: f.fileName,
      });

  const oldActions = new Map(before.actions.map((a) => [a.id, a]));
  const newActions = new Map(after.actions.map((a) => [a.id, a]));
  for (const a of after.actions) {
    const was = oldActions.get(a.id);
    if (!was) {
      entry(changes, a.indicatorCode ?? WHOLE_AUDIT).actions.push({
        id: a.id,
        change: 'added',
        description: a.description,
        fields: [],
      });
      continue;
    }
    const fields = ACTION_FIELDS.filter((f) => (was[f] ?? null) !== (a[f] ?? null)).map((f) => ({
      field: f,
      before: was[f] ?? null,
      after: a[f] ?? null,
    }));
    // An action moved to another indicator is reported where it now is.
    if (fields.length || (was.indicatorCode ?? null) !== (a.indicatorCode ?? null))
      entry(changes, a.indicatorCode ?? WHOLE_AUDIT).actions.push({
        id: a.id,
        change: 'changed',
        description: a.description,
        fields,
      });
  }
  for (const a of before.actions)
    if (!newActions.has(a.id))
      entry(changes, a.indicatorCode ?? WHOLE_AUDIT).actions.push({
        id: a.id,
        change: 'removed',
        description: a.description,
        fields: [],
      });

  return [...changes.values()].sort((x, y) => {
    if (x.indicatorCode === WHOLE_AUDIT) return 1;
    if (y.indicatorCode === WHOLE_AUDIT) return -1;
    return x.indicatorCode.localeCompare(y.indicatorCode, 'en', { numeric: true });
  });
}
