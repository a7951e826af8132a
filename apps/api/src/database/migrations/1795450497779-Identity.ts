import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795450497779 implements MigrationInterface {
  name = 'Identity1795450497779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(120) NOT NULL, "locale" character varying(8) NOT NULL DEFAULT \'en\', "time_zone" character varying(64) NOT NULL DEFAULT \'UTC\', "is_admin" boolean NOT NULL DEFAULT false, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "slug" character varying(64) NOT NULL, "description" text NOT NULL DEFAULT \'\', "visibility" character varying(16) NOT NULL DEFAULT \'members\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6522dab459fb6c3cd36c54f4542" UNIQUE ("slug"), CONSTRAINT "PK_61b1ee921bf79550d9d4742b9f7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "delegations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "organization" character varying(200) NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01f9fbbc9b3bf52236a4e951b19" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1d9f3ec4cca8faa04c9b4d51b6" ON "delegations"  ("network_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "network_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "delegation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_memberships_user_network" UNIQUE ("user_id", "network_id"), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e1db4c3ab5cd8081cbf058ad04" ON "memberships"  ("network_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_fc7c8b01bebb6839399c494d68" ON "auth_sessions"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_50ccaa6440288a06f0ba693ccc" ON "auth_sessions"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "delegations" ADD CONSTRAINT "FK_1d9f3ec4cca8faa04c9b4d51b6d" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_e1db4c3ab5cd8081cbf058ad044" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_17d54bb29670970caf93c1f2439" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" DROP CONSTRAINT "FK_17d54bb29670970caf93c1f2439"',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" DROP CONSTRAINT "FK_e1db4c3ab5cd8081cbf058ad044"',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"',
    );
    await queryRunner.query(
      'ALTER TABLE "delegations" DROP CONSTRAINT "FK_1d9f3ec4cca8faa04c9b4d51b6d"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_50ccaa6440288a06f0ba693ccc"');
    await queryRunner.query('DROP INDEX "public"."IDX_fc7c8b01bebb6839399c494d68"');
    await queryRunner.query('DROP TABLE "auth_sessions"');
    await queryRunner.query('DROP INDEX "public"."IDX_e1db4c3ab5cd8081cbf058ad04"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP INDEX "public"."IDX_1d9f3ec4cca8faa04c9b4d51b6"');
    await queryRunner.query('DROP TABLE "delegations"');
    await queryRunner.query('DROP TABLE "networks"');
    await queryRunner.query('DROP TABLE "users"');
  }
}
