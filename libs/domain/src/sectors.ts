/** The sectors an agency can belong to. */
export const SECTORS = [
  'education',
  'early_years',
  'health',
  'police',
  'childrens_social_care',
  'local_authority',
  'voluntary_community_faith',
  'sport_leisure',
  'private_provider',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  education: 'Education',
  early_years: 'Early years',
  health: 'Health',
  police: 'Police',
  childrens_social_care: "Children's social care",
  local_authority: 'Local authority',
  voluntary_community_faith: 'Voluntary, community and faith',
  sport_leisure: 'Sport and leisure',
  private_provider: 'Private provider',
  other: 'Other',
};
