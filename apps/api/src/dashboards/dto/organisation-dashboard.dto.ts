import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  type ActionStatus,
  AUDIT_STATUSES,
  type AuditStatus,
  SECTORS,
  type Sector,
} from '@pies/domain';
import type { Rag } from '@pies/scoring';
import { ComplianceDto } from '../../organisations/dto/organisation.dto';
import { RAGS, ScoreCellDto } from './partnership-dashboard.dto';

/** The body of GET /api/organisations/{organisationId}/dashboard. */

export class DashboardOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
}

export class AuditCycleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

export class RadarAreaDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: Number }) score!: number | null;
  @ApiProperty({ nullable: true, enum: RAGS }) rag!: Rag | null;
  @ApiProperty({ nullable: true, type: Number }) partnershipAverage!: number | null;
  @ApiProperty({ nullable: true, type: Number }) benchmark!: number | null;
}

export class RadarDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ type: () => AuditCycleDto }) cycle!: AuditCycleDto;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: AuditStatus;
  @ApiProperty({ type: () => RadarAreaDto, isArray: true }) areas!: RadarAreaDto[];
}

export class HistoryEntryDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ type: () => AuditCycleDto }) cycle!: AuditCycleDto;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: AuditStatus;
  @ApiProperty({ type: () => ScoreCellDto }) overall!: ScoreCellDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'Area code → score (one decimal), null when the area has no answers.',
  })
  areas!: Record<string, number | null>;
}

export class OrganisationActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dueOn!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Null without a due date.' })
  overdue!: boolean | null;
}

export class OrganisationChallengeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() raisedAt!: Date;
  @ApiProperty({ nullable: true, type: String }) question!: string | null;
}

export class OrganisationDashboardDto {
  @ApiProperty({ type: () => DashboardOrganisationDto }) organisation!: DashboardOrganisationDto;
  @ApiProperty({ type: () => ComplianceDto, isArray: true }) compliance!: ComplianceDto[];
  @ApiProperty({ description: "True for the agency's own members: drafts count." })
  includesDrafts!: boolean;
  @ApiProperty({
    type: () => RadarDto,
    nullable: true,
    description: 'The latest audit against the partnership average and benchmark.',
  })
  radar!: RadarDto | null;
  @ApiProperty({ type: () => HistoryEntryDto, isArray: true, description: 'Newest first.' })
  history!: HistoryEntryDto[];
  @ApiProperty({ type: () => OrganisationActionDto, isArray: true, description: 'Latest audit.' })
  openActions!: OrganisationActionDto[];
  @ApiProperty({ type: () => OrganisationChallengeDto, isArray: true })
  openChallenges!: OrganisationChallengeDto[];
}
