import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsAgendasCalendarsReminders1795451626754 implements MigrationInterface {
  name = 'SessionsAgendasCalendarsReminders1795451626754';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "topics" text array NOT NULL DEFAULT \'{}\', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "duration_minutes" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'scheduled\', "sequence" integer NOT NULL DEFAULT \'0\', "time_set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_68f1e3bf963912d1d9c519055e" ON "sessions"  ("network_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "minutes" integer NOT NULL, "presenter_ids" uuid array NOT NULL DEFAULT \'{}\', "presenter_delegation_ids" uuid array NOT NULL DEFAULT \'{}\', "notes" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_94c3d6d73c9fcc3c19e1aac659" ON "agenda_items"  ("session_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "calendar_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "network_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_calendar_tokens_user_network" UNIQUE ("user_id", "network_id"), CONSTRAINT "PK_181f2e17c83bfa7d4d287cf08a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_f82866d34868ccae6c8307bd2d" ON "calendar_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "reminder_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "minutes_before" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_reminder_deliveries_once" UNIQUE ("session_id", "user_id", "minutes_before", "starts_at"), CONSTRAINT "PK_27a51a312a6045e6390716e6de0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "session_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(16) NOT NULL, "by_id" uuid, "from_starts_at" TIMESTAMP WITH TIME ZONE, "to_starts_at" TIMESTAMP WITH TIME ZONE, "from_duration_minutes" integer, "to_duration_minutes" integer, "status" character varying(16), CONSTRAINT "PK_29318f45c6466adce2b07156edb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_27c9250164d1a0a672f4cdeea3" ON "session_changes"  ("session_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "networks" ADD "reminder_minutes_before" integer array NOT NULL DEFAULT \'{1440,15}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_1ebe51876d338250e3e8e38657d" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_347b260ad84c70d36b0482d4ae7" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_tokens" ADD CONSTRAINT "FK_b72b4c7c65d3753a2b4fd1bb02a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_tokens" ADD CONSTRAINT "FK_9eddb25283ea82bfaeaf71a1e62" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "FK_d4344846aefb700798aa3150a43" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "FK_120aa4e2b6349b1a1fd33237134" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_changes" ADD CONSTRAINT "FK_27c9250164d1a0a672f4cdeea38" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_changes" ADD CONSTRAINT "FK_ef1184a09892d08e47e7eda2acc" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "session_changes" DROP CONSTRAINT "FK_ef1184a09892d08e47e7eda2acc"',
    );
    await queryRunner.query(
      'ALTER TABLE "session_changes" DROP CONSTRAINT "FK_27c9250164d1a0a672f4cdeea38"',
    );
    await queryRunner.query(
      'ALTER TABLE "reminder_deliveries" DROP CONSTRAINT "FK_120aa4e2b6349b1a1fd33237134"',
    );
    await queryRunner.query(
      'ALTER TABLE "reminder_deliveries" DROP CONSTRAINT "FK_d4344846aefb700798aa3150a43"',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_tokens" DROP CONSTRAINT "FK_9eddb25283ea82bfaeaf71a1e62"',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_tokens" DROP CONSTRAINT "FK_b72b4c7c65d3753a2b4fd1bb02a"',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_347b260ad84c70d36b0482d4ae7"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_1ebe51876d338250e3e8e38657d"',
    );
    await queryRunner.query('ALTER TABLE "networks" DROP COLUMN "reminder_minutes_before"');
    await queryRunner.query('DROP INDEX "public"."IDX_27c9250164d1a0a672f4cdeea3"');
    await queryRunner.query('DROP TABLE "session_changes"');
    await queryRunner.query('DROP TABLE "reminder_deliveries"');
    await queryRunner.query('DROP INDEX "public"."IDX_f82866d34868ccae6c8307bd2d"');
    await queryRunner.query('DROP TABLE "calendar_tokens"');
    await queryRunner.query('DROP INDEX "public"."IDX_94c3d6d73c9fcc3c19e1aac659"');
    await queryRunner.query('DROP TABLE "agenda_items"');
    await queryRunner.query('DROP INDEX "public"."IDX_68f1e3bf963912d1d9c519055e"');
    await queryRunner.query('DROP TABLE "sessions"');
  }
}
