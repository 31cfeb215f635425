import type { LocatedIndicator } from '@pies/framework';
import type { Random } from './random';

/**
 * Commentary of the kind an agency's safeguarding lead writes: what is in place, where the
 * evidence is, and what is still missing. Built from the indicator's own evidence examples
 * and improvement actions, so every indicator reads differently.
 */

const MONTHS = ['January', 'March', 'April', 'June', 'September', 'October', 'November'];
const OWNERS = [
  'the designated safeguarding lead',
  'the deputy safeguarding lead',
  'the head of IT',
  'the HR manager',
  'the governance lead',
  'the training coordinator',
];
const WHERE = [
  'in the safeguarding folder on SharePoint',
  'in the evidence log kept by the safeguarding team',
  'with the minutes of the safeguarding committee',
  'with the safeguarding lead, who can share them on request',
];

/** "Minutes of ..." → "minutes of ...", but "IT record" and "DSL log" keep their capitals. */
function lowerFirst(text: string): string {
  if (/^[A-Z]{2}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function stripStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

export function commentaryFor(indicator: LocatedIndicator, level: number, random: Random): string {
  const evidence = indicator.evidenceExamples.map(stripStop);
  const action = stripStop(random.pick(indicator.improvementActions));
  const month = random.pick(MONTHS);
  const year = random.pick([2025, 2026]);
  const owner = random.pick(OWNERS);
  const first = evidence[0] ?? 'Supporting documents';
  const second = evidence[1] ?? first;
  switch (level) {
    case 4:
      return (
        `This has been in place for several years and was last reviewed in ${month} ${year}, led by ${owner}. ` +
        `We keep ${lowerFirst(first)} and ${lowerFirst(second)} ${random.pick(WHERE)}. ` +
        `Our annual safeguarding audit sampled practice in ${random.int(3, 9)} teams and found it applied consistently; ` +
        `changes made after the last review are recorded in the version history.\n` +
        `We will keep this under review and share the approach with partner agencies.`
      );
    case 3:
      return (
        `In place and understood by staff. We hold ${lowerFirst(first)} ${random.pick(WHERE)}, ` +
        `and we last updated ${lowerFirst(second)} in ${month} ${year}. ` +
        `We have not yet tested how consistently this is applied across every site, so we have not rated it as embedded. ` +
        `Next step: ${lowerFirst(action)}.`
      );
    case 2:
      return (
        `Partly in place. We have a draft of ${lowerFirst(first)}, but it has not yet been approved and some staff are unsure where to find it. ` +
        `${owner.charAt(0).toUpperCase()}${owner.slice(1)} has been asked to ${lowerFirst(action)} by ${month} ${year + 1}. ` +
        `This is on our action plan.`
      );
    default:
      return (
        `Not yet in place. We identified this gap during the audit: there is no ${lowerFirst(first)} at present. ` +
        `We will ${lowerFirst(action)}; ${owner} owns this action and will report progress to the safeguarding committee.`
      );
  }
}

export function notApplicableReason(random: Random): string {
  return random.pick([
    'We do not provide devices or internet access to children; contact is face to face in community settings.',
    'This service has no direct contact with children; the policy for staff conduct online is covered under P1.',
    'The agency does not run its own network: connectivity is provided and filtered by the local authority, whose assurance is attached to I1.',
  ]);
}

export const EVIDENCE_FILES = [
  'Online safety policy v4.2 (approved).pdf',
  'Safeguarding committee minutes - March.docx',
  'Filtering and monitoring review.xlsx',
  'Staff training matrix.xlsx',
  'Incident log extract (anonymised).pdf',
  'Acceptable use agreement - staff.pdf',
  'Pupil voice survey results.pdf',
];

export const EVIDENCE_LINKS = [
  {
    name: 'Online safety page on our website',
    url: 'https://www.example.org.uk/safeguarding/online-safety',
  },
  { name: 'Partnership procedures manual', url: 'https://procedures.example.gov.uk/online-safety' },
  {
    name: 'Training records on the learning platform',
    url: 'https://learning.example.org.uk/reports/online-safety',
  },
];
