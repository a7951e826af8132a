import { pendingSchemaChanges } from '../src/database/data-source';
import { startTestApp, type TestApp } from './support/test-app';

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('needs no migration beyond the committed ones (entities and migrations agree)', async () => {
    expect(await pendingSchemaChanges(t.dataSource)).toEqual([]);
  });

  it('has applied every committed migration', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
  });
});
