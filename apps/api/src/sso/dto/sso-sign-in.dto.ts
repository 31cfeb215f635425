import { ApiProperty } from '@nestjs/swagger';
import { EmailAddress } from '../../common/dto/formats';

export class SsoDiscoverDto {
  @ApiProperty({ example: 'lead@riverside.example.org' })
  @EmailAddress()
  email!: string;
}

export class SsoDiscoveryDto {
  @ApiProperty({
    description:
      "The email's domain is served by an approved SSO configuration. Says nothing of whether an account exists.",
  })
  sso!: boolean;
}

export class SsoStartQuery {
  @ApiProperty({ example: 'lead@riverside.example.org' })
  @EmailAddress()
  email!: string;
}
