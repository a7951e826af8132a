import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationsAndPasswordResets1795451214420 implements MigrationInterface {
  name = 'InvitationsAndPasswordResets1795451214420';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_323290a9239ad3d397ad78018e" ON "password_resets"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f7a4c3bc48f24df007936d217b" ON "password_resets"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(16) NOT NULL, "delegation_id" uuid, "locale" character varying(8) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_sent_at" TIMESTAMP WITH TIME ZONE, "send_error" character varying(500), "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2ab7d73129d1ccc19ff30f0d87" ON "invitations"  ("network_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_872ac94a64b3d44fc4b554780c" ON "invitations"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_2ab7d73129d1ccc19ff30f0d87c" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_7c5303351d6bc1a387031fab3bc" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_d4de0403dd012cf87b430af70ef" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "invitations" DROP CONSTRAINT "FK_d4de0403dd012cf87b430af70ef"',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" DROP CONSTRAINT "FK_7c5303351d6bc1a387031fab3bc"',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" DROP CONSTRAINT "FK_2ab7d73129d1ccc19ff30f0d87c"',
    );
    await queryRunner.query(
      'ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_872ac94a64b3d44fc4b554780c"');
    await queryRunner.query('DROP INDEX "public"."IDX_2ab7d73129d1ccc19ff30f0d87"');
    await queryRunner.query('DROP TABLE "invitations"');
    await queryRunner.query('DROP INDEX "public"."IDX_f7a4c3bc48f24df007936d217b"');
    await queryRunner.query('DROP INDEX "public"."IDX_323290a9239ad3d397ad78018e"');
    await queryRunner.query('DROP TABLE "password_resets"');
  }
}
