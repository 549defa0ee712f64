import type { Migration } from '../migrations.registry';

/**
 * Derivatives of A/V originals (issue 5, AV-04): a poster, a thumbnail and, when the browser cannot play the original,
 * an H.264/AAC proxy. Each is a blob of its own, linked to the original by the original's hash, so the original is
 * never edited and the same bytes uploaded twice are derived once. The table is also the work list of the derive job.
 */
export const avDerivativesMigration: Migration = {
  name: '0007-av-derivatives',
  async up(db, dialect) {
    await db.schema
      .createTable('av_derivatives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('original_hash', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('hash', 'text')
      .addColumn('size', dialect === 'postgres' ? 'bigint' : 'integer')
      .addColumn('media_type', 'text')
      .addColumn('width', 'integer')
      .addColumn('height', 'integer')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('av_derivatives_original')
      .on('av_derivatives')
      .columns(['original_hash', 'kind', 'agency_id'])
      .unique()
      .execute();
    await db.schema.createIndex('av_derivatives_status').on('av_derivatives').column('status').execute();
  },
  async down(db) {
    await db.schema.dropTable('av_derivatives').execute();
  },
};
