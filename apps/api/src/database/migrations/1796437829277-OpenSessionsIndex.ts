import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenSessionsIndex1796437829277 implements MigrationInterface {
  name = 'OpenSessionsIndex1796437829277';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_sessions_open_by_start" ON "sessions"  ("status", "starts_at") WHERE "status" IN (\'scheduled\', \'live\')',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_sessions_open_by_start"');
  }
}
