/** How the dashboard's heat map sorts: by a column, descending with a leading minus. */
export const HEAT_MAP_SORTS = [
  'name',
  'overall',
  'P',
  'I',
  'E',
  'S',
  'sector',
  'status',
  '-overall',
  '-P',
  '-I',
  '-E',
  '-S',
  '-name',
] as const;
export type HeatMapSort = (typeof HEAT_MAP_SORTS)[number];
