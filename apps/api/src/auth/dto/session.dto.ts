import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UuidField } from '../../common/dto/fields';

/** One of the person's signed-in sessions, as their account page lists it. */
export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The session this request was made in.' }) current!: boolean;
  @ApiProperty({ description: 'When they signed in.' }) createdAt!: Date;
  @ApiProperty({ description: 'When it was last used (marked at most once a minute).' })
  lastSeenAt!: Date;
  @ApiProperty({ description: 'When it ends, if not used or ended before.' }) expiresAt!: Date;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The address it signed in from.',
  })
  ip!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The browser it signed in with, as it said.',
  })
  userAgent!: string | null;
}

export class SessionParams {
  @UuidField()
  sessionId!: string;
}
