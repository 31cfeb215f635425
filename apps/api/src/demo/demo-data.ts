import type { Role, Sector } from '@pies/domain';

export const DEMO_PASSWORD = 'safeguarding-demo';
export const DEMO_PARTNERSHIP = {
  name: 'Demo Safeguarding Children Partnership',
  area: 'Riverside and Eastfield (fictional)',
};

/** Fictional agencies across the sectors a partnership works with. */
export const DEMO_ORGANISATIONS: { name: string; sector: Sector; contactEmail: string }[] = [
  {
    name: 'Riverside Academy',
    sector: 'education',
    contactEmail: 'dsl@riverside-academy.demo.test',
  },
  {
    name: "St Anne's Church of England Primary School",
    sector: 'education',
    contactEmail: 'office@st-annes.demo.test',
  },
  {
    name: 'Eastfield College',
    sector: 'education',
    contactEmail: 'safeguarding@eastfield-college.demo.test',
  },
  {
    name: 'Little Acorns Day Nursery',
    sector: 'early_years',
    contactEmail: 'manager@little-acorns.demo.test',
  },
  {
    name: 'Riverside and Eastfield NHS Foundation Trust',
    sector: 'health',
    contactEmail: 'safeguarding@rent.demo.test',
  },
  {
    name: 'Northgate Primary Care Network',
    sector: 'health',
    contactEmail: 'practice.manager@northgate-pcn.demo.test',
  },
  {
    name: 'Riverside Constabulary',
    sector: 'police',
    contactEmail: 'public.protection@riverside-police.demo.test',
  },
  {
    name: "Riverside County Council Children's Services",
    sector: 'childrens_social_care',
    contactEmail: 'mash@riverside-cc.demo.test',
  },
  {
    name: 'Riverside County Council Education Services',
    sector: 'local_authority',
    contactEmail: 'education.safeguarding@riverside-cc.demo.test',
  },
  {
    name: 'Riverside Youth Justice Service',
    sector: 'local_authority',
    contactEmail: 'yjs@riverside-cc.demo.test',
  },
  {
    name: 'Youth Unlimited Riverside',
    sector: 'voluntary_community_faith',
    contactEmail: 'hello@youth-unlimited.demo.test',
  },
  {
    name: 'Eastfield Faith and Community Centre',
    sector: 'voluntary_community_faith',
    contactEmail: 'welfare@eastfield-fcc.demo.test',
  },
  {
    name: 'Riverside Swimming Club',
    sector: 'sport_leisure',
    contactEmail: 'welfare.officer@riverside-sc.demo.test',
  },
  {
    name: 'Brightpath Children’s Homes Ltd',
    sector: 'private_provider',
    contactEmail: 'registered.manager@brightpath.demo.test',
  },
  {
    name: 'Riverside Housing Association',
    sector: 'other',
    contactEmail: 'safeguarding@riverside-housing.demo.test',
  },
];

export interface DemoLogin {
  email: string;
  name: string;
  role: Role;
  /** Organisation name for agency roles. */
  organisation?: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'platform@demo.test', name: 'Priya Shah', role: 'platform_admin' },
  { email: 'admin@demo.test', name: 'Alex Morgan', role: 'partnership_admin' },
  { email: 'board@demo.test', name: 'Bernadette Okafor', role: 'board_member' },
  {
    email: 'lead@demo.test',
    name: 'Liam Turner',
    role: 'agency_lead',
    organisation: 'Riverside Academy',
  },
  {
    email: 'contributor@demo.test',
    name: 'Chloe Evans',
    role: 'agency_contributor',
    organisation: 'Riverside Academy',
  },
];

/** Fictional leads of the other agencies, so reminders and notices have someone to reach. */
const LEAD_NAMES = [
  'Grace Whitfield',
  'Tom Adeyemi',
  'Sarah Lindqvist',
  'Imran Hussain',
  'Megan Price',
  'Daniel Kowalski',
  'Fatima Begum',
  'Owen Hughes',
  'Rachel Stone',
  'Samuel Osei',
  'Hannah Clarke',
  'Joseph Nwosu',
  'Emily Chen',
  'Mark Davies',
  'Aisha Rahman',
];

/** One lead for each demo agency without a demo login of its own (emails at its domain). */
export const DEMO_AGENCY_LEADS: DemoLogin[] = DEMO_ORGANISATIONS.filter(
  (o) => !DEMO_LOGINS.some((l) => l.role === 'agency_lead' && l.organisation === o.name),
).map((o, i) => {
  const name = LEAD_NAMES[i % LEAD_NAMES.length];
  const domain = o.contactEmail.split('@')[1];
  return {
    email: `${name.toLowerCase().replace(/ /g, '.')}@${domain}`,
    name,
    role: 'agency_lead',
    organisation: o.name,
  };
});
