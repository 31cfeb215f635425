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
