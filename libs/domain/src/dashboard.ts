import type { AuditStatus } from './audit-status';

/** The audit states the board's figures count: what agencies have submitted, never drafts. */
export const BOARD_COUNTED_STATES = [
  'submitted',
  'returned',
  'accepted',
] as const satisfies readonly AuditStatus[];
export type BoardCountedState = (typeof BOARD_COUNTED_STATES)[number];

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
