import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailAddress } from '../../common/dto/formats';

export class LoginDto {
  @ApiProperty({ example: 'lead@demo.test' })
  @EmailAddress()
  email!: string;

  @ApiProperty({ example: 'safeguarding-demo', format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({
    format: 'password',
    minLength: 12,
    description:
      "At least 12 characters, not a commonly used password, not containing the product's or a partnership's name.",
  })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
