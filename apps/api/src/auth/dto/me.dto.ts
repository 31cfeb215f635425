import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@pies/domain';

export class MembershipView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  partnershipId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  partnershipName!: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  organisationName!: string | null;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: [MembershipView] })
  memberships!: MembershipView[];

  @ApiProperty({
    description:
      'Signed in with a password shorter than the policy asks: until it is changed (POST /api/auth/password), other routes answer 403 PASSWORD_CHANGE_REQUIRED.',
  })
  mustChangePassword!: boolean;

  @ApiProperty({ description: 'Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE.' })
  csrfToken!: string;
}

export class CsrfDto {
  @ApiProperty({ description: 'Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE.' })
  csrfToken!: string;
}
