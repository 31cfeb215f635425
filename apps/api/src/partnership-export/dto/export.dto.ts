import { UuidField } from '../../common/dto/fields';

export class ExportParams {
  @UuidField()
  exportId!: string;
}
