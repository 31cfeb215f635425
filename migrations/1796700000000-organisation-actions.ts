import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Actions belong to the organisation: one action across cycles, no copies carried forward.
 * `organisation_id` (its audit's organisation) and `raised_in_audit_id` (the audit it was raised
 * in) replace `audit_id`; `carried_from_id` goes. Each carried chain (an action and its copies in
 * later audits, through `carried_from_id`) becomes one action, nothing lost:
 * - the chain's first action is kept (its id, so links and audit-trail subjects stay, where it
 *   was raised, who raised it and when);
 * - it takes the latest state among the chain (the member changed last: status, description,
 *   owner, due date, when it was closed);
 * - every copy's history (`action_updates`) moves onto it; then the copies are removed.
 * An action whose `carried_from_id` names a removed action starts a chain of its own.
 * The owner is a person (`owner_id`, a member of the organisation) or a name (`owner`): exactly
 * one; today's owners are names.
 *
 * `down` puts each action back in the audit it was raised in with its name as owner: later
 * audits no longer show it (their copies are not recreated), its history stays with it.
 */
export class OrganisationActions1796700000000 implements MigrationInterface {
  name = 'OrganisationActions1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "actions" ADD "organisation_id" uuid, ADD "raised_in_audit_id" uuid, ADD "owner_id" uuid`,
    );
    await queryRunner.query(`ALTER TABLE "actions" ALTER COLUMN "owner" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE TEMPORARY TABLE "action_chains" AS
       WITH RECURSIVE chain AS (
         SELECT ac.id, ac.id AS root_id FROM actions ac
          WHERE ac.carried_from_id IS NULL OR NOT EXISTS (SELECT 1 FROM actions f WHERE f.id = ac.carried_from_id)
         UNION ALL
         SELECT ac.id, chain.root_id FROM actions ac JOIN chain ON ac.carried_from_id = chain.id
       ) SELECT id, root_id FROM chain`,
    );
    // The action kept: where the chain started, with the latest state among its members.
    await queryRunner.query(
      `UPDATE "actions" k SET "organisation_id" = a."organisation_id", "raised_in_audit_id" = k."audit_id"
         FROM "audits" a WHERE a."id" = k."audit_id"`,
    );
    await queryRunner.query(
      `UPDATE "actions" k SET "status" = l."status", "description" = l."description", "owner" = l."owner",
              "due_on" = l."due_on", "closed_at" = l."closed_at", "updated_at" = l."updated_at"
         FROM (SELECT DISTINCT ON (c.root_id) c.root_id, m.*
                 FROM "action_chains" c JOIN "actions" m ON m."id" = c."id" JOIN "audits" ma ON ma."id" = m."audit_id"
                ORDER BY c.root_id, m."updated_at" DESC, ma."created_at" DESC, m."created_at" DESC, m."id" DESC) l
        WHERE k."id" = l.root_id AND l."id" <> k."id"`,
    );
    await queryRunner.query(
      `UPDATE "action_updates" u SET "action_id" = c.root_id
         FROM "action_chains" c WHERE u."action_id" = c."id" AND c."id" <> c.root_id`,
    );
    await queryRunner.query(
      `DELETE FROM "actions" WHERE "id" IN (SELECT "id" FROM "action_chains" WHERE "id" <> root_id)`,
    );
    await queryRunner.query(`DROP TABLE "action_chains"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP COLUMN "carried_from_id"`);
    await queryRunner.query(
      `ALTER TABLE "actions" DROP CONSTRAINT "FK_cfce62a27ef7e648fe6d295c8b3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."actions_audit_idx"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP COLUMN "audit_id"`);
    await queryRunner.query(
      `ALTER TABLE "actions" ALTER COLUMN "organisation_id" SET NOT NULL, ALTER COLUMN "raised_in_audit_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_check" CHECK ((owner_id IS NULL) <> (owner IS NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX "actions_organisation_idx" ON "actions"  ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "actions_raised_in_audit_idx" ON "actions"  ("raised_in_audit_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_3a6eae761a2df8d0c1e3642cb88" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_06068b8e170e6447d680766608b" FOREIGN KEY ("raised_in_audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_ddb2f8ec375b8341af97eb02386" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "actions" DROP CONSTRAINT "FK_ddb2f8ec375b8341af97eb02386"`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" DROP CONSTRAINT "FK_06068b8e170e6447d680766608b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" DROP CONSTRAINT "FK_3a6eae761a2df8d0c1e3642cb88"`,
    );
    await queryRunner.query(`DROP INDEX "public"."actions_raised_in_audit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."actions_organisation_idx"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_owner_check"`);
    await queryRunner.query(
      `ALTER TABLE "actions" ADD "audit_id" uuid, ADD "carried_from_id" uuid`,
    );
    await queryRunner.query(
      `UPDATE "actions" ac SET "audit_id" = ac."raised_in_audit_id",
              "owner" = COALESCE(ac."owner", (SELECT u."name" FROM "users" u WHERE u."id" = ac."owner_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ALTER COLUMN "audit_id" SET NOT NULL, ALTER COLUMN "owner" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" DROP COLUMN "owner_id", DROP COLUMN "raised_in_audit_id", DROP COLUMN "organisation_id"`,
    );
    await queryRunner.query(`CREATE INDEX "actions_audit_idx" ON "actions"  ("audit_id") `);
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_cfce62a27ef7e648fe6d295c8b3" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
