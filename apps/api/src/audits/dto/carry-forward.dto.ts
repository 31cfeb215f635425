import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { AuditParams } from './audit.dto';

export class StandardParams extends AuditParams {
  @ApiProperty({ example: 'P1', description: "A standard of the audit's framework." })
  @Matches(/^[A-Z][0-9]+$/, { message: 'standardCode must look like P1' })
  standardCode!: string;
}

export class ConfirmStandardDto {
  @ApiProperty({
    type: [String],
    example: ['P1.1', 'P1.2'],
    description:
      "The carried-forward answers the person saw together and confirms: every one of the standard's answers waiting for confirmation (409 with the current list if they differ).",
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'indicatorCodes must name at least one indicator' })
  @ArrayMaxSize(200)
  @Matches(/^[A-Z][0-9]+\.[0-9]+$/, {
    each: true,
    message: 'indicatorCodes must each look like P1.3',
  })
  indicatorCodes!: string[];
}
