import {
  type ProblemCode,
  type SchemaAuditDto,
  type SchemaResponseDto,
  unwrap,
} from '@pies/api-client';
import {
  type AnswerGap,
  answerGaps,
  type AttachedEvidence,
  type AuditStatus,
  carryState,
  type CarryState,
} from '@pies/domain';
import type { FrameworkDefinition, Indicator } from '@pies/framework';
import { api } from '../../api/client';
import type { Me } from '../../auth/session';
import { GAP_TEXT } from '../../errors/error-text';

export type Audit = SchemaAuditDto;
export type AuditResponse = SchemaResponseDto;
export type IndicatorStatus = 'not_started' | 'in_progress' | 'completed';

/** One indicator in framework order, with where it sits. */
export interface IndicatorEntry {
  indicator: Indicator;
  areaCode: string;
  areaTitle: string;
  standardCode: string;
  standardTitle: string;
}

/** Framework definitions by version id: immutable once published, so kept for the session. */
const frameworks = new Map<string, Promise<FrameworkDefinition>>();

/** The framework version an audit's cycle uses (the audit read names only its id). */
export function loadFramework(frameworkVersionId: string): Promise<FrameworkDefinition> {
  let cached = frameworks.get(frameworkVersionId);
  if (!cached) {
    cached = (async () => {
      const list = await unwrap(api.GET('/api/frameworks'));
      const summary = list.flatMap((f) => f.versions).find((v) => v.id === frameworkVersionId);
      if (!summary) throw new Error(`framework version ${frameworkVersionId} not found`);
      const version = await unwrap(
        api.GET('/api/frameworks/{frameworkId}/versions/{version}', {
          params: { path: { frameworkId: summary.frameworkId, version: summary.version } },
        }),
      );
      return version.definition as unknown as FrameworkDefinition;
    })();
    cached.catch(() => frameworks.delete(frameworkVersionId));
    frameworks.set(frameworkVersionId, cached);
  }
  return cached;
}

export interface AuditWithFramework {
  audit: Audit;
  framework: FrameworkDefinition;
}

export async function loadAudit(auditId: string): Promise<AuditWithFramework> {
  const audit = await unwrap(api.GET('/api/audits/{auditId}', { params: { path: { auditId } } }));
  return { audit, framework: await loadFramework(audit.cycle.frameworkVersionId) };
}

export function indicatorsOf(framework: FrameworkDefinition): IndicatorEntry[] {
  return framework.areas.flatMap((area) =>
    area.standards.flatMap((standard) =>
      standard.indicators.map((indicator) => ({
        indicator,
        areaCode: area.code,
        areaTitle: area.title,
        standardCode: standard.code,
        standardTitle: standard.title,
      })),
    ),
  );
}

/** The evidence attached to one indicator of the audit. */
export const evidenceAt = (audit: Audit, code: string) =>
  audit.evidence.filter((e) => e.indicatorCode === code);

/**
 * Submitting's rule (answerGaps, with the indicator's evidence): complete when nothing is
 * missing. Anything saved short of that is in progress.
 */
export function statusOf(
  response: AuditResponse | undefined,
  evidence: readonly AttachedEvidence[] = [],
): IndicatorStatus {
  if (!response) return 'not_started';
  if (answerGaps(response, evidence).length === 0) return 'completed';
  const touched = response.notApplicable || response.level != null || !!response.commentary?.trim();
  return touched ? 'in_progress' : 'not_started';
}

/** Each gap as the API names it when submitting is refused, so both read the same words. */
const GAP_PROBLEM: Record<AnswerGap, ProblemCode> = {
  notApplicableReason: 'notApplicableReasonRequired',
  level: 'levelRequired',
  commentary: 'commentaryRequired',
  confirmation: 'confirmationRequired',
  freshAnswer: 'freshAnswerRequired',
  evidenceStillCurrent: 'evidenceConfirmationRequired',
};

/** What a carried-forward answer still needs: confirming, a fresh answer, or nothing. */
export const carryOf = (response: AuditResponse | undefined): CarryState =>
  carryState(response ?? null);

/** What still stops submitting, in the user's words. */
export function missingParts(
  response: AuditResponse | undefined,
  evidence: readonly AttachedEvidence[] = [],
): string[] {
  return answerGaps(response ?? null, evidence).map((gap) => GAP_TEXT[GAP_PROBLEM[gap]] ?? gap);
}

export const responsesByCode = (audit: Audit) =>
  new Map(audit.responses.map((r) => [r.indicatorCode, r]));

export const isReadOnlyStatus = (status: AuditStatus) =>
  status === 'submitted' || status === 'accepted';

/** The user's role in the audit's organisation. */
export function agencyRole(me: Me, organisationId: string): 'lead' | 'contributor' | null {
  const roles = me.memberships.filter((m) => m.organisationId === organisationId);
  if (roles.some((m) => m.role === 'agency_lead')) return 'lead';
  if (roles.some((m) => m.role === 'agency_contributor')) return 'contributor';
  return null;
}

export interface Assignment {
  userId: string;
  areaCode?: string | null;
  indicatorCode?: string | null;
}

/** Whether an assignment covers an indicator (directly, or through its whole area). */
export const covers = (a: Assignment, code: string) =>
  a.indicatorCode === code || (!!a.areaCode && code.startsWith(a.areaCode));

export function levelLabel(framework: FrameworkDefinition, level: number | null | undefined) {
  if (level == null) return undefined;
  const l = framework.scale.levels.find((x) => x.value === level);
  return l ? `${l.value}: ${l.label}` : String(level);
}

/** The start of a long text, cut at a word: "The agency has a written…". */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.(]+$/, '')}…`;
}
