import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailAddress } from '../../common/dto/formats';
import { InvitationDto } from '../../users/dto/user.dto';

const TOKEN = {
  description: 'The link from the mail: the part after /invitation/ or /reset-password/.',
  example: '6f1c…-…-….k3J…',
};
const NEW_PASSWORD = {
  format: 'password',
  minLength: 12,
  description:
    "At least 12 characters, not a commonly used password, not containing the product's or a partnership's name.",
};

/** A link's token, in a path. */
export class AccountLinkParams {
  @ApiProperty(TOKEN)
  @IsString()
  @MaxLength(200)
  token!: string;
}

/** What the invitation page shows the holder of a working invitation link. */
export class InvitationLinkDto {
  @ApiProperty({ description: 'The account the link sets the password of.' })
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'The link works until then.' })
  expiresAt!: Date;

  @ApiProperty({
    type: [InvitationDto],
    description: 'The roles offered: accepted or declined once signed in.',
  })
  invitations!: InvitationDto[];
}

/** Sets the password from a link (an invitation or a reset). */
export class SetPasswordFromLinkDto {
  @ApiProperty(TOKEN)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;

  @ApiProperty(NEW_PASSWORD)
  @IsString()
  @MaxLength(256)
  password!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'lead@demo.test' })
  @EmailAddress()
  email!: string;
}

/** The same answer whether or not the address has an account. */
export class PasswordResetRequestedDto {
  @ApiProperty()
  email!: string;
}
