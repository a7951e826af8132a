import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotesAndProceedings1795459407419 implements MigrationInterface {
  name = 'NotesAndProceedings1795459407419';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Full-text search that ignores accents ("preparacao" finds "preparação") in every language of the
    // notes: the simple configuration (no stemming, no stop words) with unaccent in front.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE TEXT SEARCH CONFIGURATION praxis_search (COPY = simple)');
    await queryRunner.query(
      'ALTER TEXT SEARCH CONFIGURATION praxis_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple',
    );
    await queryRunner.query(
      'CREATE TABLE "notes_snapshots" ("session_id" uuid NOT NULL, "state" bytea NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0c726425f4d4640e76e1c9c715" PRIMARY KEY ("session_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notes_updates" ("id" BIGSERIAL NOT NULL, "session_id" uuid NOT NULL, "updates" bytea NOT NULL, "update_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9ac3a14f29476d8445f1dfebbf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_47b14d89ec29f381ad276b28c3" ON "notes_updates"  ("session_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "proceedings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "network_id" uuid NOT NULL, "latest_version" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3111b5a4b50f8b1af444479ddc8" UNIQUE ("session_id"), CONSTRAINT "REL_3111b5a4b50f8b1af444479ddc" UNIQUE ("session_id"), CONSTRAINT "PK_990adceb39d7045b0c487c9e802" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_960c69207321e26ecf8571a682" ON "proceedings"  ("network_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "proceedings_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proceedings_id" uuid NOT NULL, "version" integer NOT NULL, "visibility" character varying(8) NOT NULL, "title" character varying(200) NOT NULL, "topics" text array NOT NULL DEFAULT \'{}\', "countries" text array NOT NULL DEFAULT \'{}\', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "year" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, "publisher_name" character varying(120) NOT NULL, "html" text NOT NULL, "markdown" text NOT NULL, "notes_text" text NOT NULL, "agenda" jsonb NOT NULL, "attendance" jsonb NOT NULL, "questions" jsonb NOT NULL, "search" tsvector, CONSTRAINT "UQ_proceedings_versions_version" UNIQUE ("proceedings_id", "version"), CONSTRAINT "PK_802266aee7c98db8bc4e9019ff0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proceedings_version_id" uuid NOT NULL, "session_id" uuid NOT NULL, "delegation_id" uuid NOT NULL, "position" integer NOT NULL, "text" character varying(2000) NOT NULL, "due_date" date, "status" character varying(8) NOT NULL DEFAULT \'open\', CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d07b3b33cc1b80945341019eae" ON "commitments"  ("delegation_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e6b527cf0a7e955f93640dc7fe" ON "commitments"  ("proceedings_version_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notes_snapshots" ADD CONSTRAINT "FK_d0c726425f4d4640e76e1c9c715" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notes_updates" ADD CONSTRAINT "FK_45b6f195af2d8d773a7b6a95380" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings" ADD CONSTRAINT "FK_3111b5a4b50f8b1af444479ddc8" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings" ADD CONSTRAINT "FK_960c69207321e26ecf8571a6829" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings_versions" ADD CONSTRAINT "FK_ebf6c8d0a4e708b6fbca10f4e88" FOREIGN KEY ("proceedings_id") REFERENCES "proceedings"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings_versions" ADD CONSTRAINT "FK_00a4ea54e45bfd073cf0b2da6a2" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" ADD CONSTRAINT "FK_061af82c2c6f2b5555043a404b2" FOREIGN KEY ("proceedings_version_id") REFERENCES "proceedings_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" ADD CONSTRAINT "FK_d07b3b33cc1b80945341019eae7" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_proceedings_versions_search" ON "proceedings_versions" USING GIN ("search")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_proceedings_versions_search"');
    await queryRunner.query(
      'ALTER TABLE "commitments" DROP CONSTRAINT "FK_d07b3b33cc1b80945341019eae7"',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" DROP CONSTRAINT "FK_061af82c2c6f2b5555043a404b2"',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings_versions" DROP CONSTRAINT "FK_00a4ea54e45bfd073cf0b2da6a2"',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings_versions" DROP CONSTRAINT "FK_ebf6c8d0a4e708b6fbca10f4e88"',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings" DROP CONSTRAINT "FK_960c69207321e26ecf8571a6829"',
    );
    await queryRunner.query(
      'ALTER TABLE "proceedings" DROP CONSTRAINT "FK_3111b5a4b50f8b1af444479ddc8"',
    );
    await queryRunner.query(
      'ALTER TABLE "notes_updates" DROP CONSTRAINT "FK_45b6f195af2d8d773a7b6a95380"',
    );
    await queryRunner.query(
      'ALTER TABLE "notes_snapshots" DROP CONSTRAINT "FK_d0c726425f4d4640e76e1c9c715"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_e6b527cf0a7e955f93640dc7fe"');
    await queryRunner.query('DROP INDEX "public"."IDX_d07b3b33cc1b80945341019eae"');
    await queryRunner.query('DROP TABLE "commitments"');
    await queryRunner.query('DROP TABLE "proceedings_versions"');
    await queryRunner.query('DROP INDEX "public"."IDX_960c69207321e26ecf8571a682"');
    await queryRunner.query('DROP TABLE "proceedings"');
    await queryRunner.query('DROP INDEX "public"."IDX_47b14d89ec29f381ad276b28c3"');
    await queryRunner.query('DROP TABLE "notes_updates"');
    await queryRunner.query('DROP TABLE "notes_snapshots"');
    await queryRunner.query('DROP TEXT SEARCH CONFIGURATION praxis_search');
  }
}
