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
    enum: BOARD_COUNTED_STATES,
    description: 'Count only audits in this state (default: all three board-visible states).',
  })
  @IsOptional()
  @IsIn(BOARD_COUNTED_STATES, {
    message: `state must be one of: ${BOARD_COUNTED_STATES.join(', ')}`,
  })
  state?: BoardCountedState;

  @ApiPropertyOptional({
    enum: SORTS,
    default: 'name',
    description: 'Heat map order; a leading - sorts descending.',
  })
  @IsOptional()
  @IsIn(SORTS, { message: `sort must be one of: ${SORTS.join(', ')}` })
  sort: (typeof SORTS)[number] = 'name';
}
