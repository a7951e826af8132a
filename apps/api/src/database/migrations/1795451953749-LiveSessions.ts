import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveSessions1795451953749 implements MigrationInterface {
  name = 'LiveSessions1795451953749';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "delegation_id" uuid, "country_code" character(2), "source" character varying(8) NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE, "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_37e850d97ec5e8b0345ad6eb67" ON "attendance"  ("session_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "chat_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "text" character varying(1000) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0becf4ac807a55dba583c985a5" ON "chat_messages"  ("session_id", "sent_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "hand_raises" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b02cf3db29c6b530c29827eb464" PRIMARY KEY ("session_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "livekit_events" ("id" character varying(64) NOT NULL, "event" character varying(40) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1ab26e5b91c292226783c0e1254" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "live_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "identity" character varying(40) NOT NULL, "may_present" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_live_participants_session_user" UNIQUE ("session_id", "user_id"), CONSTRAINT "PK_4e7866bce1f3a2c68d0c0acaed2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_fed815a1d612920f543f7f1f27" ON "live_participants"  ("identity") ',
    );
    await queryRunner.query(
      'CREATE TABLE "moderation_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "by_id" uuid NOT NULL, "action" character varying(24) NOT NULL, "target_user_id" uuid, "applied_to_video" boolean NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_51bef33958745bfd2454bea9a2f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6eba9b81f0e35a97c82b920ee5" ON "moderation_records"  ("session_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6a122873055961342d11ea9e3e" ON "questions"  ("session_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "question_votes" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_b192f4094aec328ef306e5662b6" PRIMARY KEY ("question_id", "user_id"))',
    );
    await queryRunner.query('ALTER TABLE "sessions" ADD "current_item_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD "current_item_started_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD "actual_started_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD "actual_ended_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance" ADD CONSTRAINT "FK_5940f7beb6d791a618dbf88361e" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance" ADD CONSTRAINT "FK_0bedbcc8d5f9b9ec4979f519597" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_0672782561e44d43febcfba2984" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_5588b6cea298cedec7063c0d33e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hand_raises" ADD CONSTRAINT "FK_70fc58aea382e00a71bd19a611b" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hand_raises" ADD CONSTRAINT "FK_97600d5b35e094718252da4fedd" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "live_participants" ADD CONSTRAINT "FK_2f7ac9bae253cc9e833591b5230" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "live_participants" ADD CONSTRAINT "FK_3910db2a8be76f4a903a458f273" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questions" ADD CONSTRAINT "FK_6a122873055961342d11ea9e3eb" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questions" ADD CONSTRAINT "FK_5800cd25a5888174b2c40e67d4b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_votes" ADD CONSTRAINT "FK_c7514956e9a7667e5d0136b2559" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_votes" ADD CONSTRAINT "FK_b3fd868c90abc25cab8159c4881" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "question_votes" DROP CONSTRAINT "FK_b3fd868c90abc25cab8159c4881"',
    );
    await queryRunner.query(
      'ALTER TABLE "question_votes" DROP CONSTRAINT "FK_c7514956e9a7667e5d0136b2559"',
    );
    await queryRunner.query(
      'ALTER TABLE "questions" DROP CONSTRAINT "FK_5800cd25a5888174b2c40e67d4b"',
    );
    await queryRunner.query(
      'ALTER TABLE "questions" DROP CONSTRAINT "FK_6a122873055961342d11ea9e3eb"',
    );
    await queryRunner.query(
      'ALTER TABLE "live_participants" DROP CONSTRAINT "FK_3910db2a8be76f4a903a458f273"',
    );
    await queryRunner.query(
      'ALTER TABLE "live_participants" DROP CONSTRAINT "FK_2f7ac9bae253cc9e833591b5230"',
    );
    await queryRunner.query(
      'ALTER TABLE "hand_raises" DROP CONSTRAINT "FK_97600d5b35e094718252da4fedd"',
    );
    await queryRunner.query(
      'ALTER TABLE "hand_raises" DROP CONSTRAINT "FK_70fc58aea382e00a71bd19a611b"',
    );
    await queryRunner.query(
      'ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_5588b6cea298cedec7063c0d33e"',
    );
    await queryRunner.query(
      'ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_0672782561e44d43febcfba2984"',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance" DROP CONSTRAINT "FK_0bedbcc8d5f9b9ec4979f519597"',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance" DROP CONSTRAINT "FK_5940f7beb6d791a618dbf88361e"',
    );
    await queryRunner.query('ALTER TABLE "agenda_items" DROP COLUMN "actual_ended_at"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP COLUMN "actual_started_at"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "current_item_started_at"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "current_item_id"');
    await queryRunner.query('DROP TABLE "question_votes"');
    await queryRunner.query('DROP INDEX "public"."IDX_6a122873055961342d11ea9e3e"');
    await queryRunner.query('DROP TABLE "questions"');
    await queryRunner.query('DROP INDEX "public"."IDX_6eba9b81f0e35a97c82b920ee5"');
    await queryRunner.query('DROP TABLE "moderation_records"');
    await queryRunner.query('DROP INDEX "public"."IDX_fed815a1d612920f543f7f1f27"');
    await queryRunner.query('DROP TABLE "live_participants"');
    await queryRunner.query('DROP TABLE "livekit_events"');
    await queryRunner.query('DROP TABLE "hand_raises"');
    await queryRunner.query('DROP INDEX "public"."IDX_0becf4ac807a55dba583c985a5"');
    await queryRunner.query('DROP TABLE "chat_messages"');
    await queryRunner.query('DROP INDEX "public"."IDX_37e850d97ec5e8b0345ad6eb67"');
    await queryRunner.query('DROP TABLE "attendance"');
  }
}
