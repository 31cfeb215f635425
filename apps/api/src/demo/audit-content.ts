import type { Sector } from '@pies/domain';
import { allIndicators, type FrameworkDefinition } from '@pies/framework';

/** A small deterministic PRNG (mulberry32), so demo and scale data are the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Where agencies of each sector tend to be strong or weak, by PIES area (added to a base level). */
const SECTOR_BIAS: Record<Sector, Record<string, number>> = {
  education: { P: 0.3, I: 0.4, E: 0.5, S: 0.1 },
  early_years: { P: 0.1, I: -0.3, E: 0, S: -0.2 },
  health: { P: 0.3, I: 0.2, E: -0.1, S: 0.2 },
  police: { P: 0.4, I: 0.5, E: -0.2, S: 0.3 },
  childrens_social_care: { P: 0.4, I: 0, E: 0.1, S: 0.3 },
  local_authority: { P: 0.3, I: 0.3, E: 0, S: 0.2 },
  voluntary_community_faith: { P: -0.2, I: -0.5, E: -0.1, S: -0.4 },
  sport_leisure: { P: -0.1, I: -0.6, E: -0.2, S: -0.5 },
  private_provider: { P: 0, I: -0.2, E: -0.1, S: -0.1 },
  other: { P: 0, I: -0.1, E: -0.2, S: -0.1 },
};

const OPENERS = [
  'We judge ourselves',
  'Our self-assessment is',
  'The safeguarding lead and deputy agreed we are',
  'After reviewing our records we are',
];

const NA_REASONS = [
  'We do not provide devices or internet access to children or young people; our contact is face to face only.',
  'We deliver no remote or online sessions, so this does not apply to our service.',
  'Children do not use our premises or systems; staff work in partner settings under their policies.',
];

export interface GeneratedResponse {
  code: string;
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  commentary: string | null;
}

export interface GeneratedAction {
  code: string;
  description: string;
  owner: string;
  dueInDays: number;
  status: 'not_started' | 'in_progress' | 'done';
}

const OWNERS = [
  'Designated safeguarding lead',
  'IT manager',
  'Head of service',
  'Training coordinator',
  'Deputy safeguarding lead',
  'Data protection officer',
];

/**
 * Plausible answers to every indicator for an agency: levels drawn around the agency's maturity
 * and its sector's strengths, commentary written from the indicator's own descriptor and
 * evidence examples, not-applicable (with a reason) only where the framework allows it, and
 * improvement actions for indicators below benchmark.
 */
export function generateAudit(
  f: FrameworkDefinition,
  sector: Sector,
  maturity: number,
  r: () => number,
  answeredShare = 1,
): { responses: GeneratedResponse[]; actions: GeneratedAction[] } {
  const levels = f.scale.levels.map((l) => l.value);
  const [min, max] = [levels[0], levels[levels.length - 1]];
  const responses: GeneratedResponse[] = [];
  const actions: GeneratedAction[] = [];
  for (const ind of allIndicators(f)) {
    if (r() > answeredShare) continue;
    if (ind.allowNotApplicable && r() < 0.05) {
      responses.push({
        code: ind.code,
        level: null,
        notApplicable: true,
        notApplicableReason: pick(r, NA_REASONS),
        commentary: null,
      });
      continue;
    }
    const raw = maturity + (SECTOR_BIAS[sector][ind.code[0]] ?? 0) + (r() - 0.5) * 1.6;
    const level = Math.max(min, Math.min(max, Math.round(raw)));
    const label = f.scale.levels.find((l) => l.value === level)!.label.toLowerCase();
    const evidence = pick(r, ind.evidenceExamples);
    responses.push({
      code: ind.code,
      level,
      notApplicable: false,
      notApplicableReason: null,
      commentary: `${pick(r, OPENERS)} ${label}. ${ind.descriptors[level]} Evidence held: ${evidence.replace(/\.$/, '')}.`,
    });
    if (level < ind.benchmark && r() < 0.6) {
      actions.push({
        code: ind.code,
        description: pick(r, ind.improvementActions),
        owner: pick(r, OWNERS),
        dueInDays: Math.round(30 + r() * 300),
        status: r() < 0.3 ? 'in_progress' : 'not_started',
      });
    }
  }
  return { responses, actions };
}
