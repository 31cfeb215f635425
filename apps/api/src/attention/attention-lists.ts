import { WITH_AGENCY_STATES } from '@pies/domain';
import type { DataSource } from 'typeorm';
import {
  actionOwnerSql,
  currentAuditSql,
  openActionSql,
  overdueActionSql,
} from '../actions/action-rules.sql';
import {
  auditDueSoonSql,
  auditOverdueSql,
  boardVisibleSql,
  oneOfSql,
  responseAnsweredSql,
} from '../audits/audit-rules.sql';
import { openChallengeSql } from '../challenges/challenge-rules.sql';
import { queryRows } from '../database/typed-query';
import type {
  ActionDueDto,
  AgencyAuditDto,
  AssignedAuditDto,
  AwaitingDecisionCycleDto,
  AwaitingDecisionDto,
  AwaitingDecisionListDto,
  ChallengeReplyDto,
  FailedMailDto,
  NotStartedDto,
} from './dto/attention.dto';

/** Each list shows this many items, with the count of all. */
export const ATTENTION_ITEMS = 10;
/** An action needs its lead when overdue or due within this many days. */
export const ACTION_DUE_DAYS = 30;

export interface Listed<T> {
  count: number;
  items: T[];
}

/**
 * Runs a list query whose rows carry `total` (count(*) OVER (), before the LIMIT) and whose last
 * parameter is the limit: the count of all and the first ATTENTION_ITEMS.
 */
async function listed<T>(db: DataSource, sql: string, params: unknown[]): Promise<Listed<T>> {
  const rows = await queryRows<T & { total: number }>(
    db,
    `${sql} LIMIT ${ATTENTION_ITEMS}`,
    params,
  );
  return {
    count: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...item }) => item as T),
  };
}

const DUE_ON = `to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn"`;
const TOTAL = 'count(*) OVER ()::int AS total';

/** Submitted audits of the partnership `$1`, waiting for the board to return or accept them. */
const AWAITING_DECISION = `c.partnership_id = $1 AND ${boardVisibleSql('a')} AND a.status = 'submitted'`;

/** The board's review queue: the first audits awaiting a decision, and how many there are in each cycle. */
export const awaitingDecision = async (
  db: DataSource,
  partnershipId: string,
): Promise<AwaitingDecisionListDto> => {
  const [list, cycles] = await Promise.all([
    listed<AwaitingDecisionDto>(
      db,
      `SELECT a.id AS "auditId", o.name AS "organisationName", c.name AS "cycleName",
              a.submitted_at AS "submittedAt", a.reviewer_id AS "reviewerId", u.name AS "reviewerName", ${TOTAL}
         FROM audits a JOIN cycles c ON c.id = a.cycle_id JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN users u ON u.id = a.reviewer_id
        WHERE ${AWAITING_DECISION}
        ORDER BY a.submitted_at, o.name, a.id`,
      [partnershipId],
    ),
    queryRows<AwaitingDecisionCycleDto>(
      db,
      `SELECT c.id AS "cycleId", c.name AS "cycleName", count(*)::int AS count
         FROM audits a JOIN cycles c ON c.id = a.cycle_id
        WHERE ${AWAITING_DECISION}
        GROUP BY c.id ORDER BY c.opens_on DESC, c.id`,
      [partnershipId],
    ),
  ]);
  return { ...list, cycles };
};

/**
 * Open challenges the person raised on the partnership's audits, with the replies of others
 * written after the person's own last message on it (the question itself being the first).
 */
export const challengeReplies = (db: DataSource, partnershipId: string, userId: string) =>
  listed<ChallengeReplyDto>(
    db,
    `SELECT ch.id AS "challengeId", a.id AS "auditId", o.name AS "organisationName",
            c.name AS "cycleName", ch.indicator_code AS "indicatorCode", r.replies,
            r.first AS "firstReplyAt", ${TOTAL}
       FROM challenges ch
       JOIN audits a ON a.id = ch.audit_id
       JOIN cycles c ON c.id = a.cycle_id
       JOIN organisations o ON o.id = a.organisation_id
       CROSS JOIN LATERAL (SELECT max(m.created_at) AS at FROM challenge_messages m
                            WHERE m.challenge_id = ch.id AND m.author_id = $2) mine
       JOIN LATERAL (SELECT count(*)::int AS replies, min(m.created_at) AS first FROM challenge_messages m
                      WHERE m.challenge_id = ch.id AND m.author_id IS DISTINCT FROM $2
                        AND (mine.at IS NULL OR m.created_at > mine.at)) r ON r.replies > 0
      WHERE c.partnership_id = $1 AND ch.raised_by_id = $2 AND ${openChallengeSql('ch')}
        AND ${boardVisibleSql('a')}
      ORDER BY r.first, ch.id`,
    [partnershipId, userId],
  );

/**
 * The organisation's audits in open cycles of its partnerships that need its lead: with the
 * agency (to do, returned, due soon or overdue), or with board challenges open.
 */
export const agencyAudits = (db: DataSource, organisationId: string, today: string) =>
  listed<AgencyAuditDto>(
    db,
    `SELECT a.id AS "auditId", p.name AS "partnershipName", c.name AS "cycleName", a.status, ${DUE_ON},
            ${auditOverdueSql('a', 'c', '$2')} AS overdue, ${auditDueSoonSql('a', 'c', '$2')} AS "dueSoon",
            oc.open AS "openChallenges", CASE WHEN a.status = 'returned' THEN a.return_reason END AS "returnReason",
            ${TOTAL}
       FROM audits a
       JOIN cycles c ON c.id = a.cycle_id
       JOIN partnerships p ON p.id = c.partnership_id
       JOIN partnership_organisations po ON po.partnership_id = c.partnership_id AND po.organisation_id = a.organisation_id
       CROSS JOIN LATERAL (SELECT count(*)::int AS open FROM challenges ch
                            WHERE ch.audit_id = a.id AND ${openChallengeSql('ch')}) oc
      WHERE a.organisation_id = $1 AND c.status = 'open'
        AND (${oneOfSql('a.status', WITH_AGENCY_STATES)} OR oc.open > 0)
      ORDER BY c.due_on, p.name, a.id`,
    [organisationId, today],
  );

/**
 * The organisation's actions not done that are overdue or due within ACTION_DUE_DAYS, each once
 * (an action is the organisation's, whichever audits' plans show it), linked to the latest audit
 * whose plan shows it.
 */
export const actionsDue = (db: DataSource, organisationId: string, today: string) =>
  listed<ActionDueDto>(
    db,
    `SELECT ac.id AS "actionId", ${currentAuditSql('ac')} AS "auditId", ac.indicator_code AS "indicatorCode",
            ac.description, ${actionOwnerSql('ac')} AS owner, to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn",
            ${overdueActionSql('ac', '$2')} AS overdue, ${TOTAL}
       FROM actions ac
      WHERE ac.organisation_id = $1 AND ${openActionSql('ac')}
        AND ac.due_on < $2::date + ${ACTION_DUE_DAYS}
      ORDER BY ac.due_on, ac.created_at, ac.id`,
    [organisationId, today],
  );

/**
 * The organisation's audits still with the agency in which indicators assigned to the person
 * (one by one, or a whole area) are not answered, with how many.
 */
export const assignedUnanswered = (db: DataSource, organisationId: string, userId: string) =>
  listed<AssignedAuditDto>(
    db,
    `SELECT a.id AS "auditId", p.name AS "partnershipName", c.name AS "cycleName", ${DUE_ON},
            count(DISTINCT f.code)::int AS unanswered, ${TOTAL}
       FROM assignments s
       JOIN audits a ON a.id = s.audit_id
       JOIN cycles c ON c.id = a.cycle_id
       JOIN partnerships p ON p.id = c.partnership_id
       JOIN framework_indicators f ON f.framework_version_id = c.framework_version_id
        AND (f.code = s.indicator_code OR f.area_code = s.area_code)
      WHERE s.user_id = $2 AND a.organisation_id = $1 AND ${oneOfSql('a.status', WITH_AGENCY_STATES)}
        AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.audit_id = a.id AND r.indicator_code = f.code
                           AND ${responseAnsweredSql('r')})
      GROUP BY a.id, p.name, c.name, c.due_on
      ORDER BY c.due_on, p.name, a.id`,
    [organisationId, userId],
  );

/** The partnership's agencies whose audit in an open cycle is not started, due soon or overdue. */
export const notStarted = (db: DataSource, partnershipId: string, today: string) =>
  listed<NotStartedDto>(
    db,
    `SELECT a.id AS "auditId", o.id AS "organisationId", o.name AS "organisationName",
            c.name AS "cycleName", ${DUE_ON}, ${auditOverdueSql('a', 'c', '$2')} AS overdue, ${TOTAL}
       FROM audits a JOIN cycles c ON c.id = a.cycle_id JOIN organisations o ON o.id = a.organisation_id
       -- Agencies still in the partnership: one that left has nothing more to do here.
       JOIN partnership_organisations po ON po.partnership_id = c.partnership_id AND po.organisation_id = a.organisation_id
      WHERE c.partnership_id = $1 AND c.status = 'open' AND a.status = 'not_started'
        AND (${auditOverdueSql('a', 'c', '$2')} OR ${auditDueSoonSql('a', 'c', '$2')})
      ORDER BY c.due_on, o.name, a.id`,
    [partnershipId, today],
  );

/** The partnership's mail the server refused for good or that ran out of retries. */
export const failedMail = (db: DataSource, partnershipId: string) =>
  listed<FailedMailDto>(
    db,
    `SELECT id, to_address AS "to", subject, created_at AS "createdAt", ${TOTAL}
       FROM mail_outbox WHERE partnership_id = $1 AND status = 'failed'
      ORDER BY created_at, id`,
    [partnershipId],
  );
