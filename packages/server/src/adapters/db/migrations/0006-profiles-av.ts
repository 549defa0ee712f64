import type { Migration } from '../migrations.registry';
import { forbidChanges } from './append-only';

/**
 * Jurisdiction profiles and the A/V rules that read them (issues 5 and 6):
 * - GEN-01: the agency's selected profile; every case and every A/V record is bound to one profile when created.
 * - AV-01/AV-02/AV-10: what an activity says about itself for the A/V matrix (service method, dispute-prone …) and the
 *   exception recorded when A/V was unsuitable or objectively impossible; AV-03: the reasons given for breaks.
 * - AV-05/AV-07/AV-08/AV-11/AVS-01: per-recording key-content checklist, announcement, persons and summary, the party's
 *   review, and the return-to-unit storage exception.
 * - AVS-02/AVS-07: the custody register (every hand-over) and the monthly hand-over of XG.
 * - AVS-04: evidence copies to a storage medium with their written explanation.
 * Hand-overs and evidence copies are append-only: they are the trail.
 */
export const profilesAvMigration: Migration = {
  name: '0006-profiles-av',
  async up(db, dialect) {
    await db.schema.alterTable('agencies').addColumn('profile_id', 'text').execute();
    await db.schema.alterTable('cases').addColumn('profile_id', 'text').execute();
    await db.schema.alterTable('av_records').addColumn('profile_id', 'text').execute();
    for (const column of [
      'persons',
      'summary',
      'key_content',
      'party_review',
      'storage_exception_reason',
      'returned_at',
      'custodian_kind',
      'custodian_id',
    ]) {
      await db.schema.alterTable('av_records').addColumn(column, 'text').execute();
    }
    await db.schema.alterTable('activities').addColumn('av_context', 'text').execute();
    await db.schema.alterTable('activities').addColumn('av_exception', 'text').execute();
    await db.schema.alterTable('activities').addColumn('av_gap_notes', 'text').execute();

    await db.schema
      .createTable('av_custody_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('av_record_id', 'text', (c) => c.notNull().references('av_records.id'))
      .addColumn('handover_id', 'text')
      .addColumn('from_kind', 'text')
      .addColumn('from_id', 'text')
      .addColumn('to_kind', 'text', (c) => c.notNull())
      .addColumn('to_id', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
      .addColumn('note', 'text')
      .execute();
    await db.schema
      .createIndex('av_custody_events_record')
      .on('av_custody_events')
      .columns(['av_record_id', 'at'])
      .execute();

    await db.schema
      .createTable('av_handovers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('officer_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('custodian_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('handed_at', 'text', (c) => c.notNull())
      .addColumn('record_count', 'integer', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('note', 'text')
      .execute();
    await db.schema
      .createIndex('av_handovers_officer')
      .on('av_handovers')
      .columns(['agency_id', 'officer_id', 'month'])
      .execute();

    await db.schema
      .createTable('av_evidence_copies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('av_record_id', 'text', (c) => c.notNull().references('av_records.id'))
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('medium', 'text', (c) => c.notNull())
      .addColumn('medium_label', 'text', (c) => c.notNull())
      .addColumn('copied_on', 'text', (c) => c.notNull())
      .addColumn('explanation', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('av_evidence_copies_case').on('av_evidence_copies').column('case_id').execute();

    for (const table of ['av_custody_events', 'av_handovers', 'av_evidence_copies'])
      await forbidChanges(db, dialect, table, 'the record');
  },
  async down(db) {
    for (const table of ['av_evidence_copies', 'av_handovers', 'av_custody_events']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
