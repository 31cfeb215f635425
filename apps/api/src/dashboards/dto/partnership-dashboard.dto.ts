import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  type ActionStatus,
  AUDIT_STATUSES,
  type AuditStatus,
  BOARD_COUNTED_STATES,
  type BoardCountedState,
  CYCLE_STATUSES,
  type CycleStatus,
  SECTORS,
  type Sector,
} from '@pies/domain';
import type { Rag } from '@pies/scoring';
import { SORTS } from './dashboard.dto';

/**
 * The body of GET /api/partnerships/{partnershipId}/dashboard. The service returns these types,
 * so the compiler keeps the figures and openapi.json in step.
 */

export const RAGS = ['red', 'amber', 'green'] as const;

/** A score rounded to one decimal with its RAG band; both null when nothing counts. */
export class ScoreCellDto {
  @ApiProperty({ nullable: true, type: Number }) score!: number | null;
  @ApiProperty({ nullable: true, enum: RAGS }) rag!: Rag | null;
}

/** A map from area code to a score cell. */
export const AREA_CELLS = {
  type: 'object',
  additionalProperties: { $ref: getSchemaPath(ScoreCellDto) },
  description: 'Area code → score and RAG.',
} as const;

export class OverallFigureDto extends ScoreCellDto {
  @ApiProperty({ nullable: true, type: Number, description: 'In the previous cycle.' })
  previous!: number | null;
  @ApiProperty({ nullable: true, type: Number }) change!: number | null;
}

export class AreaFigureDto extends OverallFigureDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Every indicator at benchmark.' })
  benchmark!: number | null;
}

export class PartnershipFiguresDto {
  @ApiProperty() agenciesCounted!: number;
  @ApiProperty({ type: () => OverallFigureDto }) overall!: OverallFigureDto;
  @ApiProperty({ type: () => AreaFigureDto, isArray: true }) areas!: AreaFigureDto[];
}

export class HeatMapRowDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: AuditStatus;
  @ApiProperty({ type: () => ScoreCellDto }) overall!: ScoreCellDto;
  @ApiProperty(AREA_CELLS) areas!: Record<string, ScoreCellDto>;
  @ApiProperty({ nullable: true, type: Number, description: 'Overall in the previous cycle.' })
  previousOverall!: number | null;
  @ApiProperty({ nullable: true, type: Number }) change!: number | null;
}

export class HeatMapPageDto {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ enum: SORTS }) sort!: (typeof SORTS)[number];
  @ApiProperty({ type: () => HeatMapRowDto, isArray: true }) items!: HeatMapRowDto[];
}

export class SectorFigureDto {
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty() agencies!: number;
  @ApiProperty({ type: () => ScoreCellDto }) overall!: ScoreCellDto;
  @ApiProperty(AREA_CELLS) areas!: Record<string, ScoreCellDto>;
}

export class IndicatorFigureDto {
  @ApiProperty() code!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty() statement!: string;
  @ApiProperty({ description: 'Mean answered level, two decimals.' }) meanLevel!: number;
  @ApiProperty({ description: '0-1, three decimals.' }) belowBenchmarkShare!: number;
  @ApiProperty() responses!: number;
}

export class OverdueAgencyDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ nullable: true, type: Date }) lastAcceptedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) nextDueOn!: string | null;
}

export class DashboardOverdueAgenciesDto {
  @ApiProperty() total!: number;
  @ApiProperty({
    type: () => OverdueAgencyDto,
    isArray: true,
    description: 'The first 20 by name; all of them, paged, from .../dashboard/overdue-agencies.',
  })
  items!: OverdueAgencyDto[];
}

export class OverdueAgenciesPageDto extends DashboardOverdueAgenciesDto {
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class DashboardChallengeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() raisedAt!: Date;
  @ApiProperty({ nullable: true, type: String }) question!: string | null;
}

export class DashboardChallengesDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: () => DashboardChallengeDto, isArray: true, description: 'First 20.' })
  items!: DashboardChallengeDto[];
}

export class DashboardActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dueOn!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
}

export class DashboardActionsDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: () => DashboardActionDto, isArray: true, description: 'First 20.' })
  items!: DashboardActionDto[];
}

export class DashboardCycleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) opensOn!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: CYCLE_STATUSES }) status!: CycleStatus;
}

export class CycleNameDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class DashboardFiltersDto {
  @ApiProperty({ nullable: true, enum: SECTORS }) sector!: Sector | null;
  @ApiProperty({ nullable: true, enum: BOARD_COUNTED_STATES }) state!: BoardCountedState | null;
}

/** Audits of the cycle by state (all agencies, whatever `state` filters). */
export class CompletionDto {
  @ApiProperty() not_started!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() returned!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty({ description: 'Not yet submitted (or returned) after the due date.' })
  overdue!: number;
  @ApiProperty() total!: number;
}

export class PartnershipDashboardDto {
  @ApiProperty({ type: () => DashboardCycleDto }) cycle!: DashboardCycleDto;
  @ApiProperty({ type: () => CycleNameDto, nullable: true }) previousCycle!: CycleNameDto | null;
  @ApiProperty({ enum: BOARD_COUNTED_STATES, isArray: true }) countedStates!: BoardCountedState[];
  @ApiProperty({ type: () => DashboardFiltersDto }) filters!: DashboardFiltersDto;
  @ApiProperty({ type: () => CompletionDto }) completion!: CompletionDto;
  @ApiProperty({ type: () => PartnershipFiguresDto }) partnership!: PartnershipFiguresDto;
  @ApiProperty({ type: () => HeatMapPageDto }) heatMap!: HeatMapPageDto;
  @ApiProperty({ type: () => SectorFigureDto, isArray: true }) sectors!: SectorFigureDto[];
  @ApiProperty({ type: () => IndicatorFigureDto, isArray: true, description: 'Up to 10.' })
  weakestIndicators!: IndicatorFigureDto[];
  @ApiProperty({ type: () => IndicatorFigureDto, isArray: true, description: 'Up to 10.' })
  strongestIndicators!: IndicatorFigureDto[];
  @ApiProperty({ type: () => DashboardOverdueAgenciesDto })
  overdueAgencies!: DashboardOverdueAgenciesDto;
  @ApiProperty({ type: () => DashboardChallengesDto }) openChallenges!: DashboardChallengesDto;
  @ApiProperty({ type: () => DashboardActionsDto }) overdueActions!: DashboardActionsDto;
}
