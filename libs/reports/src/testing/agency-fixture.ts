import { createHash } from 'node:crypto';
import type { Sector } from '@pies/domain';
import type { FrameworkDefinition, LocatedIndicator } from '@pies/framework';
import { scoreAudit, type AuditScore, type ScoringResponse } from '@pies/scoring';
import type {
  AgencyAction,
  AgencyChallenge,
  AgencyEvidence,
  AgencyIndicatorDetail,
  AgencyReportModel,
} from '../models/agency-report-model';
import { DEFAULT_PROTECTIVE_MARKING, type FrameworkRef } from '../models/common';
import { commentaryFor, EVIDENCE_FILES, EVIDENCE_LINKS, notApplicableReason } from './commentary';
import { piesFramework } from './framework';
import { hashSeed, Random } from './random';

export interface AgencyFixtureOptions {
  seed?: number;
  organisation?: { name: string; sector: Sector };
  partnershipName?: string;
  /** Typical level (1-4) the agency answers around. Default 2.9. */
  strength?: number;
  /** Replaces the generated commentary of these indicators, e.g. with hostile text. */
  commentary?: Record<string, string>;
  generatedAt?: string;
}

export const FIXTURE_GENERATED_AT = '2026-11-23T10:30:00Z';
export const FIXTURE_CYCLE = { name: '2025-27', opensOn: '2025-09-01', dueOn: '2026-10-31' };

/** The framework's scale and bands as the report models carry them. */
export function frameworkRef(framework: FrameworkDefinition): FrameworkRef {
  return {
    title: framework.title,
    version: framework.version,
    levels: framework.scale.levels.map((level) => ({ ...level })),
    bands: framework.scoring.bands.map((band) => ({ ...band })),
  };
}

/**
 * Levels answered around `strength`, a few indicators not applicable where allowed. Some
 * indicators are harder than others everywhere (a fixed offset per code), as in real audits.
 */
export function answerAudit(
  indicators: readonly LocatedIndicator[],
  random: Random,
  strength: number,
): ScoringResponse[] {
  return indicators.map((indicator) => {
    if (indicator.allowNotApplicable && random.chance(0.04)) {
      return { code: indicator.code, notApplicable: true };
    }
    const difficulty = ((hashSeed(indicator.code) % 1000) / 1000 - 0.5) * 1.4;
    const level = Math.round(strength - difficulty + (random.next() + random.next() - 1) * 1.6);
    return { code: indicator.code, level: Math.min(4, Math.max(1, level)) };
  });
}

function evidenceFor(random: Random): AgencyEvidence[] {
  const items: AgencyEvidence[] = [];
  for (let i = random.int(0, 3); i > 0; i--) {
    if (random.chance(0.65))
      items.push({ kind: 'file', name: random.pick(EVIDENCE_FILES), url: null });
    else items.push({ kind: 'link', ...random.pick(EVIDENCE_LINKS) });
  }
  return items;
}

function areaScoreOf(score: AuditScore, code: string) {
  return score.areas.find((area) => area.code === code);
}

/**
 * A complete, submitted and accepted agency audit of the real PIES framework (57
 * indicators), scored by @pies/scoring, with realistic commentary, evidence, actions,
 * challenges and a previous audit to compare with. Deterministic for a given seed.
 */
export function buildAgencyReportModel(options: AgencyFixtureOptions = {}): AgencyReportModel {
  const { framework, indicators } = piesFramework();
  const random = new Random(options.seed ?? 2026);
  const strength = options.strength ?? 2.9;
  const generatedAt = options.generatedAt ?? FIXTURE_GENERATED_AT;
  const organisation = options.organisation ?? { name: 'Riverside Academy', sector: 'education' };

  const responses = answerAudit(indicators, random, strength);
  const previousResponses = responses.map((response) =>
    response.level && random.chance(0.35)
      ? { code: response.code, level: Math.max(1, response.level - 1) }
      : response,
  );
  const score = scoreAudit(framework, responses);
  const previous = scoreAudit(framework, previousResponses);
  const atBenchmark = scoreAudit(
    framework,
    indicators.map((indicator) => ({ code: indicator.code, level: indicator.benchmark })),
  );
  const byCode = new Map(responses.map((response) => [response.code, response]));
  const previousByCode = new Map(previousResponses.map((r) => [r.code, r]));
  const levels = new Map(framework.scale.levels.map((level) => [level.value, level]));

  const detail = (indicator: LocatedIndicator): AgencyIndicatorDetail => {
    const response = byCode.get(indicator.code) as ScoringResponse;
    const level = response.level ?? null;
    const scaleLevel = level === null ? undefined : levels.get(level);
    return {
      code: indicator.code,
      statement: indicator.statement,
      level,
      levelLabel: scaleLevel?.label ?? null,
      descriptor: level === null ? null : indicator.descriptors[level],
      rag: scaleLevel?.rag ?? null,
      notApplicable: response.notApplicable === true,
      notApplicableReason: response.notApplicable ? notApplicableReason(random) : null,
      commentary:
        options.commentary?.[indicator.code] ??
        (level === null ? null : commentaryFor(indicator, level, random)),
      evidence: level === null ? [] : evidenceFor(random),
      changedSinceLast: random.chance(0.08),
      previousLevel: previousByCode.get(indicator.code)?.level ?? null,
      benchmark: indicator.benchmark,
      benchmarkLabel: levels.get(indicator.benchmark)?.label ?? String(indicator.benchmark),
      benchmarkMet: level === null ? null : level >= indicator.benchmark,
    };
  };

  const actions: AgencyAction[] = indicators
    .filter((indicator) => {
      const level = byCode.get(indicator.code)?.level;
      return level !== undefined && level !== null && level < indicator.benchmark;
    })
    .map((indicator, i) => {
      const dueOn = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const status = random.pick(['not_started', 'in_progress', 'in_progress', 'done'] as const);
      return {
        indicatorCode: indicator.code,
        description: indicator.improvementActions[0],
        owner: random.pick([
          'Designated safeguarding lead',
          'Head of IT',
          'HR manager',
          'Training lead',
        ]),
        dueOn,
        status,
        overdue: status !== 'done' && dueOn < generatedAt.slice(0, 10),
      };
    })
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));

  const challenges: AgencyChallenge[] = [
    {
      indicatorCode: 'I2.1',
      status: 'resolved',
      raisedBy: 'Dr Priya Shah',
      raisedAt: '2026-11-05T09:12:00Z',
      resolvedAt: '2026-11-14T16:40:00Z',
      messages: [
        {
          author: 'Dr Priya Shah',
          authorRole: 'Board member',
          at: '2026-11-05T09:12:00Z',
          body: 'You rate filtering as established. When was the filtering provision last tested, and who receives the monitoring alerts out of hours?',
        },
        {
          author: 'Sam Okafor',
          authorRole: organisation.name,
          at: '2026-11-12T11:03:00Z',
          body: 'Filtering was tested with the partnership test sites on 2 October. Alerts go to the DSL and deputy; out of hours the on-call senior leader receives them. The test record is now attached as evidence.',
        },
        {
          author: 'Dr Priya Shah',
          authorRole: 'Board member',
          at: '2026-11-14T16:40:00Z',
          body: 'Thank you: that answers the question.',
        },
      ],
    },
    {
      indicatorCode: 'E2.1',
      status: 'open',
      raisedBy: 'Mark Ellison',
      raisedAt: '2026-11-18T14:20:00Z',
      resolvedAt: null,
      messages: [
        {
          author: 'Mark Ellison',
          authorRole: 'Board member',
          at: '2026-11-18T14:20:00Z',
          body: 'What proportion of staff completed online safety training this year, and how are new starters covered before they begin work?',
        },
      ],
    },
  ];

  return {
    protectiveMarking: DEFAULT_PROTECTIVE_MARKING,
    generatedAt,
    partnership: { name: options.partnershipName ?? 'Demo Safeguarding Children Partnership' },
    organisation,
    cycle: FIXTURE_CYCLE,
    audit: {
      status: 'accepted',
      submittedAt: '2026-10-28T15:42:00Z',
      acceptedAt: '2026-11-20T10:05:00Z',
      submissionHash: createHash('sha256').update(JSON.stringify(responses)).digest('hex'),
      signOff: {
        name: 'Helen Marsh',
        role: 'Headteacher',
        signedAt: '2026-10-28T15:40:00Z',
        statement:
          'I confirm that this self-assessment is an accurate account of our online safeguarding arrangements and that the action plan has been agreed by the governing body.',
      },
    },
    framework: frameworkRef(framework),
    previousAudit: { cycleName: '2023-25', submittedAt: '2024-11-02T12:00:00Z' },
    summary: {
      overall: { ...score.overall, previousScore: previous.overall.score },
      areas: framework.areas.map((area) => {
        const s = areaScoreOf(score, area.code)!;
        return {
          ...s,
          title: area.title,
          partnershipAverage: Math.min(100, Math.max(0, (s.score ?? 60) + random.int(-14, 9))),
          benchmarkScore: areaScoreOf(atBenchmark, area.code)?.score ?? null,
          previousScore: areaScoreOf(previous, area.code)?.score ?? null,
        };
      }),
    },
    areas: framework.areas.map((area) => ({
      code: area.code,
      title: area.title,
      description: area.description,
      standards: area.standards.map((standard) => ({
        code: standard.code,
        title: standard.title,
        indicators: standard.indicators.map((indicator) =>
          detail({ ...indicator, areaCode: area.code, standardCode: standard.code }),
        ),
      })),
    })),
    actions,
    challenges,
  };
}
