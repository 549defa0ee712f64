import type { Migration } from '../migrations.registry';

/**
 * Audio/video records (issue 5): ingest stations (采集站) with revocable upload tokens, and one row per received
 * file. The file itself is a blob under its hash (AV-04); the same bytes uploaded twice are stored once and recorded
 * twice. Every change of a record's metadata or links, and every playback, is a ledger entry.
 */
export const avMigration: Migration = {
  name: '0005-av',
  async up(db, dialect) {
    await db.schema
      .createTable('stations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('stations_name').on('stations').columns(['agency_id', 'name']).unique().execute();

    await db.schema
      .createTable('av_records')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('size', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('declared_hash', 'text')
      .addColumn('upload_id', 'text', (c) => c.unique())
      .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
      .addColumn('station_id', 'text', (c) => c.references('stations.id'))
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('device_type', 'text')
      .addColumn('device_number', 'text')
      .addColumn('maker_id', 'text', (c) => c.references('users.id'))
      .addColumn('officer_number', 'text')
      .addColumn('captured_from', 'text')
      .addColumn('captured_to', 'text')
      .addColumn('place', 'text')
      .addColumn('purpose', 'text')
      .addColumn('mounting', 'text')
      .addColumn('mounting_focus', 'text')
      .addColumn('announcement_offset_seconds', 'real')
      .addColumn('case_id', 'text', (c) => c.references('cases.id'))
      .addColumn('activity_id', 'text', (c) => c.references('activities.id'))
      .addColumn('probe_status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('probe', 'text')
      .addColumn('probe_attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('av_records_agency').on('av_records').columns(['agency_id', 'received_at']).execute();
    await db.schema.createIndex('av_records_case').on('av_records').column('case_id').execute();
    await db.schema.createIndex('av_records_hash').on('av_records').column('hash').execute();
    await db.schema.createIndex('av_records_probe').on('av_records').column('probe_status').execute();
  },
  async down(db) {
    await db.schema.dropTable('av_records').execute();
    await db.schema.dropTable('stations').execute();
  },
};
