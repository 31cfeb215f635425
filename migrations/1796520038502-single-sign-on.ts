import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on: organisations' OpenID Connect configurations (client secret sealed), the email
 * domains each serves (one approved configuration per domain), sign-ins in flight (state, nonce
 * and PKCE verifier, server-side) and the identities linked to accounts (unique by iss and sub).
 */
export class SingleSignOn1796520038502 implements MigrationInterface {
  name = 'SingleSignOn1796520038502';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_configurations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "partnership_id" uuid NOT NULL, "name" text NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret_sealed" text NOT NULL, "sso_only" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT 'proposed', "proposed_by_id" uuid, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "sso_configurations_status_check" CHECK (status IN ('proposed', 'approved')), CONSTRAINT "PK_18c1995dcb42355efb4cf9ca4d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sso_configurations_partnership_idx" ON "sso_configurations"  ("partnership_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_domains" ("configuration_id" uuid NOT NULL, "domain" text NOT NULL, "approved" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_a08546a0e4afe4d5a9e33153414" PRIMARY KEY ("configuration_id", "domain"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sso_domains_approved_domain_key" ON "sso_domains"  ("domain") WHERE approved`,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "configuration_id" uuid NOT NULL, "issuer" text NOT NULL, "subject" text NOT NULL, "linked_email" text NOT NULL, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a8d11d478e6dc2743d407a7456a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sso_identities_user_configuration_key" ON "sso_identities"  ("user_id", "configuration_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sso_identities_iss_sub_key" ON "sso_identities"  ("issuer", "subject") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_sign_ins" ("state_hash" text NOT NULL, "browser_hash" text NOT NULL, "configuration_id" uuid NOT NULL, "email" text NOT NULL, "nonce" text NOT NULL, "code_verifier" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7a6699c2799b5994b58fadae1ca" PRIMARY KEY ("state_hash"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_configurations" ADD CONSTRAINT "FK_703cd38cb105bc11a59dc77e018" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_configurations" ADD CONSTRAINT "FK_ba6e7fed29a7c0c8c0ad8a0637a" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_configurations" ADD CONSTRAINT "FK_e73c55b01e718971ef2f0e5402b" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_domains" ADD CONSTRAINT "FK_815b3c47070c9450ed98c312f84" FOREIGN KEY ("configuration_id") REFERENCES "sso_configurations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identities" ADD CONSTRAINT "FK_17b0ed9f37917807a7072f71f96" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identities" ADD CONSTRAINT "FK_d1711781db22a96fe27f7d100b9" FOREIGN KEY ("configuration_id") REFERENCES "sso_configurations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_sign_ins" ADD CONSTRAINT "FK_1b8e14a54995b00c8df708c0a17" FOREIGN KEY ("configuration_id") REFERENCES "sso_configurations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sso_sign_ins" DROP CONSTRAINT "FK_1b8e14a54995b00c8df708c0a17"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identities" DROP CONSTRAINT "FK_d1711781db22a96fe27f7d100b9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_identities" DROP CONSTRAINT "FK_17b0ed9f37917807a7072f71f96"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_domains" DROP CONSTRAINT "FK_815b3c47070c9450ed98c312f84"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_configurations" DROP CONSTRAINT "FK_e73c55b01e718971ef2f0e5402b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_configurations" DROP CONSTRAINT "FK_ba6e7fed29a7c0c8c0ad8a0637a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sso_configurations" DROP CONSTRAINT "FK_703cd38cb105bc11a59dc77e018"`,
    );
    await queryRunner.query(`DROP TABLE "sso_sign_ins"`);
    await queryRunner.query(`DROP INDEX "public"."sso_identities_iss_sub_key"`);
    await queryRunner.query(`DROP INDEX "public"."sso_identities_user_configuration_key"`);
    await queryRunner.query(`DROP TABLE "sso_identities"`);
    await queryRunner.query(`DROP INDEX "public"."sso_domains_approved_domain_key"`);
    await queryRunner.query(`DROP TABLE "sso_domains"`);
    await queryRunner.query(`DROP INDEX "public"."sso_configurations_partnership_idx"`);
    await queryRunner.query(`DROP TABLE "sso_configurations"`);
  }
}
