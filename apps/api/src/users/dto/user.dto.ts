import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_ROLES, type OrganisationRole, ROLES, type Role } from '@pies/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EmailAddress } from '../../common/dto/formats';
import { RequiredText, UuidField } from '../../common/dto/fields';

const PARTNERSHIP_ASSIGNABLE = [
  'partnership_admin',
  'board_member',
  ...ORGANISATION_ROLES,
] as const;

export class MembershipInput {
  @ApiProperty({ enum: PARTNERSHIP_ASSIGNABLE })
  @IsIn(PARTNERSHIP_ASSIGNABLE, {
    message: `role must be one of: ${PARTNERSHIP_ASSIGNABLE.join(', ')}`,
  })
  role!: Exclude<Role, 'platform_admin'>;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for agency roles: an organisation of this partnership.',
  })
  @ValidateIf(
    (o: MembershipInput) =>
      (ORGANISATION_ROLES as readonly string[]).includes(o.role) || o.organisationId !== undefined,
  )
  @IsUUID('all', { message: 'organisationId must be a UUID (agency roles need one)' })
  organisationId?: string;
}

/**
 * A person to give roles to. There is no password: a new person sets their own from the link
 * mailed to them (sending one is a 400 naming the field).
 */
class NewUserFields {
  @ApiProperty({ example: 'jo.bloggs@riverside.example' })
  @EmailAddress()
  email!: string;

  @RequiredText(200, { example: 'Jo Bloggs' })
  name!: string;
}

export class CreatePartnershipUserDto extends NewUserFields {
  @ApiProperty({ type: [MembershipInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MembershipInput)
  memberships!: MembershipInput[];
}

export class AddMemberDto extends NewUserFields {
  @ApiProperty({ enum: ORGANISATION_ROLES })
  @IsIn(ORGANISATION_ROLES, { message: `role must be one of: ${ORGANISATION_ROLES.join(', ')}` })
  role!: OrganisationRole;
}

export class UserMembershipDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  partnershipId!: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  organisationName!: string | null;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({
    type: [UserMembershipDto],
    description: 'Memberships within the partnership or organisation asked about.',
  })
  memberships!: UserMembershipDto[];

  @ApiProperty()
  createdAt!: Date;

  @ApiPropertyOptional({ nullable: true, type: Date, description: 'Never signed in: null.' })
  lastSignInAt!: Date | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'Set while the account is deactivated (it cannot sign in).',
  })
  deactivatedAt!: Date | null;
}

export class AddedRoleDto {
  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  partnershipId!: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;
}

/**
 * The same answer whoever the email belongs to: a person already in the partnership or
 * organisation has the roles now, anyone else has them once they accept at their next sign-in.
 */
export class AddedPersonDto {
  @ApiProperty()
  email!: string;

  @ApiProperty({ type: [AddedRoleDto] })
  memberships!: AddedRoleDto[];
}

/** A role the signed-in person has been offered and has not answered yet. */
export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  organisationName!: string | null;

  @ApiProperty({
    type: [String],
    description:
      'The partnership of a partnership role; for an organisation role, its partnerships.',
  })
  partnershipNames!: string[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who sent it.' })
  invitedByName!: string | null;

  @ApiProperty()
  invitedAt!: Date;
}

export class InvitationParams {
  @UuidField()
  invitationId!: string;
}
