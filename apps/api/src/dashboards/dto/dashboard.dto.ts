import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  BOARD_COUNTED_STATES,
  type BoardCountedState,
  HEAT_MAP_SORTS,
  SECTORS,
  type Sector,
} from '@pies/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PagingQuery } from '../../common/dto/paging.dto';

/** The audit states the board's figures may count. */
export const COUNTED = BOARD_COUNTED_STATES;
export type CountedState = BoardCountedState;
export const SORTS = HEAT_MAP_SORTS;

/** A sector filter and a page: what every partnership list takes. */
export class SectorPageQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS, { message: `sector must be one of: ${SECTORS.join(', ')}` })
  sector?: Sector;
}

/** The partnership dashboard; the page is the heat map's. */
export class DashboardQuery extends SectorPageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Default: the newest open cycle, else the newest.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'cycleId must be a UUID' })
  cycleId?: string;

  @ApiPropertyOptional({
    enum: COUNTED,
    description: 'Count only audits in this state (default: all three board-visible states).',
  })
  @IsOptional()
  @IsIn(COUNTED, { message: `state must be one of: ${COUNTED.join(', ')}` })
  state?: CountedState;

  @ApiPropertyOptional({
    enum: SORTS,
    default: 'name',
    description: 'Heat map order; a leading - sorts descending.',
  })
  @IsOptional()
  @IsIn(SORTS, { message: `sort must be one of: ${SORTS.join(', ')}` })
  sort: (typeof SORTS)[number] = 'name';
}
