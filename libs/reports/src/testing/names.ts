import type { Sector } from '@pies/domain';
import type { Random } from './random';

/** Fictional places, so fixtures never name a real agency. */
const PLACES = [
  'Riverside',
  'Northgate',
  'Eastbrook',
  'Westmoor',
  'Ashby Green',
  'Millbrook',
  'Kingsmead',
  'Hollowell',
  'Brackenfield',
  'Oakhurst',
  'Fenwick',
  'Stourton',
  'Larkhill',
  'Marston Vale',
  'Cold Ashton',
  'Thornbury Heath',
  'Wrenfield',
  'Elmstead',
  'Harrowdene',
  'Penmorrow',
  'Silverdale',
  'Brampton Cross',
  'Linfield',
  'Greyfriars',
  'Aldermoor',
  'Caswell Bay',
  'Highcliffe',
  'Foxley',
  'Sandhurst Vale',
  'Copperfield',
  'Ravensworth',
  'Willowby',
];

const SAINTS = ['Mary', 'John', 'Peter', 'Anne', 'Augustine', 'Bede', 'Hilda', 'Chad'];

const PATTERNS: Record<Sector, ((place: string, random: Random) => string)[]> = {
  education: [
    (p) => `${p} Primary School`,
    (p) => `${p} Academy`,
    (p, r) => `St ${r.pick(SAINTS)}'s CE Primary School, ${p}`,
    (p) => `${p} Sixth Form College`,
    (p) => `${p} Community School`,
  ],
  early_years: [(p) => `${p} Day Nursery`, (p) => `Little Acorns Pre-school, ${p}`],
  health: [
    (p) => `${p} Community Health NHS Trust`,
    (p) => `${p} Medical Practice`,
    (p) => `${p} Child and Adolescent Mental Health Service`,
  ],
  police: [(p) => `${p} Neighbourhood Policing Team`],
  childrens_social_care: [(p) => `${p} Children's Services`, (p) => `${p} Fostering Service`],
  local_authority: [(p) => `${p} District Council`, (p) => `${p} Library and Youth Service`],
  voluntary_community_faith: [
    (p) => `${p} Youth Trust`,
    (p) => `${p} Scout Group`,
    (p) => `${p} Baptist Church Youth Work`,
    (p) => `${p} Young Carers Project`,
  ],
  sport_leisure: [(p) => `${p} Football Club Foundation`, (p) => `${p} Swimming Club`],
  private_provider: [(p) => `${p} Children's Homes Ltd`, (p) => `${p} Tuition Centre`],
  other: [(p) => `${p} Community Transport`],
};

/** Sectors in rough proportion to a partnership's membership. */
const SECTOR_WEIGHTS: [Sector, number][] = [
  ['education', 38],
  ['early_years', 12],
  ['health', 10],
  ['police', 3],
  ['childrens_social_care', 6],
  ['local_authority', 5],
  ['voluntary_community_faith', 13],
  ['sport_leisure', 6],
  ['private_provider', 5],
  ['other', 2],
];

export function pickSector(random: Random): Sector {
  const total = SECTOR_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [sector, weight] of SECTOR_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return sector;
  }
  return 'other';
}

/** `count` distinct agency names with sectors. */
export function agencyNames(count: number, random: Random): { name: string; sector: Sector }[] {
  const seen = new Set<string>();
  const agencies: { name: string; sector: Sector }[] = [];
  while (agencies.length < count) {
    const sector = pickSector(random);
    const name = random.pick(PATTERNS[sector])(random.pick(PLACES), random);
    if (seen.has(name)) continue;
    seen.add(name);
    agencies.push({ name, sector });
  }
  return agencies;
}
