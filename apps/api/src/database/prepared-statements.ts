import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DatabaseTarget } from './database-handle';

/** A statement run often enough to keep prepared: its name must be unique in the API. */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Runs the API's hottest statements (every editor's sign-in check, every chat line, every notes group
 * commit) as named prepared statements on TypeORM's own `pg` pool: PostgreSQL parses and plans each once per
 * connection, and the call skips TypeORM's per-query runner. On the embedded PGlite they run as ordinary
 * queries: its connections share one backend, where a statement name would outlive the connection that
 * prepared it and clash with the next one's.
 */
@Injectable()
export class PreparedStatements {
  constructor(
    private readonly database: DatabaseTarget,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async query<Row>(statement: PreparedStatement, values: unknown[]): Promise<Row[]> {
    if (this.database.embedded) return this.dataSource.query(statement.text, values);
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const result = await pool.query({ name: statement.name, text: statement.text, values });
    return result.rows as Row[];
  }
}
