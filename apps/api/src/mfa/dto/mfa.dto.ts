import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { IsBoolean, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MeDto } from '../../auth/dto/me.dto';

const CODE = /^\d{6}$/;
/** 16 letters of the recovery alphabet, in any case, with hyphens or spaces anywhere. */
const RECOVERY_CODE = /^[\s-]*(?:[a-zA-Z2-9][\s-]*){16}$/;

const CodeField = () =>
  applyDecorators(
    ApiProperty({
      example: '123456',
      description: 'The 6-digit code the authenticator app shows.',
    }),
    IsString(),
    Matches(CODE, { message: 'must be the 6 digits the authenticator app shows' }),
  );

export class MfaCodeDto {
  @CodeField()
  code!: string;
}

/** The second step of a sign-in: a code from the app, or one of the recovery codes. */
export class MfaVerifyDto {
  @ApiPropertyOptional({
    example: '123456',
    description: 'The 6-digit code the authenticator app shows. Give this or `recoveryCode`.',
  })
  @ValidateIf((o: MfaVerifyDto) => o.recoveryCode === undefined)
  @IsString()
  @Matches(CODE, { message: 'must be the 6 digits the authenticator app shows' })
  code?: string;

  @ApiPropertyOptional({
    example: 'abcd-efgh-jkmn-pqrs',
    description: 'One of the recovery codes shown at set-up; each works once.',
  })
  @ValidateIf((o: MfaVerifyDto) => o.code === undefined)
  @IsString()
  @MaxLength(64)
  @Matches(RECOVERY_CODE, { message: 'must be a recovery code: 16 letters and digits' })
  recoveryCode?: string;
}

export class MfaDisableDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;

  @CodeField()
  code!: string;
}

export class MfaStepDto {
  @ApiProperty({
    enum: ['mfa', 'mfa-enrol'],
    description:
      "The password was right; 'mfa': send a code (POST /api/auth/mfa/verify); 'mfa-enrol': a partnership requires a second factor, so set one up first (POST /api/auth/mfa/enrolment).",
  })
  step!: 'mfa' | 'mfa-enrol';
}

export class MfaEnrolmentDto {
  @ApiProperty({ description: 'The TOTP secret (base32), to type into the app: shown only now.' })
  secret!: string;

  @ApiProperty({ description: 'The otpauth:// URI the QR code holds.' })
  otpauthUri!: string;

  @ApiProperty({ description: 'The QR code, an SVG as a data: URL, for an <img>.' })
  qrCode!: string;
}

export class MfaRecoveryCodesDto {
  @ApiProperty({
    type: [String],
    description: 'Ten single-use recovery codes, shown only now: only their hashes are kept.',
  })
  recoveryCodes!: string[];
}

export class MfaEnrolledSignInDto extends MeDto {
  @ApiProperty({ type: [String], description: 'Ten single-use recovery codes, shown only now.' })
  recoveryCodes!: string[];
}

export class MfaStatusDto {
  @ApiProperty({ description: 'Codes are asked at each sign-in.' })
  enabled!: boolean;

  @ApiProperty({
    description:
      'A partnership you hold a board or admin role in requires it: it cannot be turned off.',
  })
  required!: boolean;

  @ApiProperty({ description: 'Recovery codes not yet used.' })
  recoveryCodesLeft!: number;
}

export class MfaPolicyDto {
  @ApiProperty({
    description:
      "The partnership's board members and partnership admins must sign in with a second factor; those without one set it up at their next sign-in.",
  })
  @IsBoolean()
  required!: boolean;
}
