import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SaveResponseFunction1796092204637 } from './1796092204637-save-response-function';
import { SaveResponsesFunction1796117112251 } from './1796117112251-save-responses-function';

/**
 * Saves are decided in TypeScript now (ResponsesService, with the rules in @pies/domain), so
 * the PL/pgSQL functions that held those rules go. The audit trail's append-only trigger stays.
 */
export class DropSaveFunctions1796405084204 implements MigrationInterface {
  name = 'DropSaveFunctions1796405084204';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION save_responses(jsonb)`);
    await queryRunner.query(
      `DROP FUNCTION save_response(uuid, text, uuid, boolean, integer, jsonb, integer[], boolean)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await new SaveResponseFunction1796092204637().up(queryRunner);
    await new SaveResponsesFunction1796117112251().up(queryRunner);
  }
}
