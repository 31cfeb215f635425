import { ApiProperty } from '@nestjs/swagger';
import type {
  AreaScore,
  AuditScore,
  IndicatorScore,
  IndicatorStatus,
  OverallScore,
  Rag,
  ScoreSummary,
  StandardScore,
} from '@pies/scoring';

/**
 * The body of GET /api/audits/{auditId}/score: libs/scoring's AuditScore. Each class implements
 * the library's type and the service returns the DTO type, so a field added on either side
 * fails to compile until both agree.
 */

const RAGS = ['red', 'amber', 'green'] as const;
const INDICATOR_STATUSES = ['answered', 'not_applicable', 'unanswered'] as const;

export class IndicatorScoreDto implements IndicatorScore {
  @ApiProperty() code!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty() standardCode!: string;
  @ApiProperty({ enum: INDICATOR_STATUSES }) status!: IndicatorStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'Null unless answered.' })
  level!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "The level's score (0-100)." })
  score!: number | null;
  @ApiProperty() benchmark!: number;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Level ≥ benchmark.' })
  benchmarkMet!: boolean | null;
  @ApiProperty({ nullable: true, enum: RAGS }) rag!: Rag | null;
  @ApiProperty() weight!: number;
}

export class ScoreSummaryDto implements ScoreSummary {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Weighted mean (0-100, full precision); null when nothing is answered.',
  })
  score!: number | null;
  @ApiProperty({ nullable: true, enum: RAGS, description: 'Band of the score to one decimal.' })
  rag!: Rag | null;
  @ApiProperty() answered!: number;
  @ApiProperty() notApplicable!: number;
  @ApiProperty() unanswered!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Answered at or above benchmark.' }) benchmarkMet!: number;
  @ApiProperty({ description: 'Answered below benchmark.' }) belowBenchmark!: number;
}

export class StandardScoreDto extends ScoreSummaryDto implements StandardScore {
  @ApiProperty() code!: string;
  @ApiProperty() areaCode!: string;
}

export class AreaScoreDto extends ScoreSummaryDto implements AreaScore {
  @ApiProperty() code!: string;
  @ApiProperty() weight!: number;
}

export class OverallScoreDto extends ScoreSummaryDto implements OverallScore {
  @ApiProperty({ description: 'No indicator is unanswered.' }) complete!: boolean;
}

export class AuditScoreDto implements AuditScore {
  @ApiProperty({ type: () => IndicatorScoreDto, isArray: true, description: 'Framework order.' })
  indicators!: IndicatorScoreDto[];
  @ApiProperty({ type: () => StandardScoreDto, isArray: true, description: 'Framework order.' })
  standards!: StandardScoreDto[];
  @ApiProperty({ type: () => AreaScoreDto, isArray: true, description: 'Framework order.' })
  areas!: AreaScoreDto[];
  @ApiProperty({ type: () => OverallScoreDto }) overall!: OverallScoreDto;
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'Codes of responses that match no indicator (ignored), sorted.',
  })
  unknownCodes!: string[];
}
