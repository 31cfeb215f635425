import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@pies/domain';
import { IsIn } from 'class-validator';
import { UuidField } from '../../common/dto/fields';
import { UserDto } from './user.dto';

const CHANGEABLE = ROLES.filter((r) => r !== 'platform_admin');

export class MembershipParams {
  @UuidField()
  membershipId!: string;
}

export class AccountParams {
  @UuidField()
  accountId!: string;
}

export class ChangeRoleDto {
  @ApiProperty({
    enum: CHANGEABLE,
    description:
      'Within the role’s kind: partnership admin or board member over a partnership; agency lead or contributor in an organisation.',
  })
  @IsIn(CHANGEABLE, { message: `role must be one of: ${CHANGEABLE.join(', ')}` })
  role!: Exclude<Role, 'platform_admin'>;
}

/** A person on a partnership's people page. */
export class PartnershipPersonDto extends UserDto {
  @ApiProperty({
    description:
      'Every role this person holds or is offered is in this partnership: its admins may deactivate the account.',
  })
  accountInPartnership!: boolean;
}

/** A role offered in the partnership (or one of its organisations) and not yet answered. */
export class PendingInvitationDto {
  @ApiProperty({ format: 'uuid', description: 'The membership offered.' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  organisationName!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who sent it.' })
  invitedByName!: string | null;

  @ApiProperty()
  invitedAt!: Date;
}
