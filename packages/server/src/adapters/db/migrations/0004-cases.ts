import type { Migration } from '../migrations.registry';
import { forbidChanges } from './append-only';

/**
 * Cases, their stage events, activities, documents (append-only versions) and internal approvals (issue 4).
 * Free-form parts (parties, intake, participants, document data) are JSON text, validated by the contracts and the
 * domain on the way in. Stage events, document versions and approval steps are append-only, like the ledger.
 */
export const casesMigration: Migration = {
  name: '0004-cases',
  async up(db, dialect) {
    await db.schema
      .alterTable('agencies')
      .addColumn('case_number_pattern', 'text', (c) => c.notNull().defaultTo('{机关简称}〔{年}〕{序号:3}号'))
      .execute();

    await db.schema
      .createTable('case_number_sequences')
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('last_seq', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_number_sequences_pk', ['agency_id', 'year'])
      .execute();

    await db.schema
      .createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('act', 'text', (c) => c.notNull())
      .addColumn('procedure', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('real_name', 'integer')
      .addColumn('cause', 'text', (c) => c.notNull())
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('party_names', 'text', (c) => c.notNull())
      .addColumn('confidentiality', 'text', (c) => c.notNull())
      .addColumn('intake', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('emergency_reason', 'text')
      .addColumn('emergency_started_at', 'text')
      .addColumn('retro_approval_due', 'text')
      .addColumn('retro_approved_at', 'text')
      .addColumn('rectify_by', 'text')
      .addColumn('rectification_due', 'text')
      .addColumn('rectification_checked_at', 'text')
      .addColumn('hearing_ended_on', 'text')
      .addColumn('hearing_report_due_on', 'text')
      .addColumn('hearing_report_due', 'text')
      .addColumn('hearing_report_provisional', 'integer')
      .addColumn('hearing_reported_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('cases_number').on('cases').columns(['agency_id', 'number']).unique().execute();
    await db.schema.createIndex('cases_agency_stage').on('cases').columns(['agency_id', 'stage']).execute();
    await db.schema.createIndex('cases_agency_created').on('cases').columns(['agency_id', 'created_at']).execute();

    await db.schema
      .createTable('case_handlers')
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_handlers_pk', ['case_id', 'user_id'])
      .execute();
    await db.schema.createIndex('case_handlers_user').on('case_handlers').column('user_id').execute();

    await db.schema
      .createTable('case_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_stage', 'text')
      .addColumn('to_stage', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('approval_id', 'text')
      .addColumn('reason', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();

    await db.schema
      .createTable('activities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text')
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('officers', 'text', (c) => c.notNull())
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('witnesses', 'text', (c) => c.notNull())
      .addColumn('rights_notified', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('av_record_ids', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('activities_case').on('activities').columns(['case_id', 'started_at']).execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('activity_id', 'text', (c) => c.references('activities.id'))
      .addColumn('type_code', 'text', (c) => c.notNull())
      .addColumn('type_version', 'integer', (c) => c.notNull())
      .addColumn('current_version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_case').on('documents').column('case_id').execute();

    await db.schema
      .createTable('document_versions')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('signatures', 'text', (c) => c.notNull())
      .addColumn('av_record_ids', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_versions_pk', ['document_id', 'version'])
      .execute();

    await db.schema
      .createTable('document_scans')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('size', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
      .addColumn('added_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_scans_pk', ['document_id', 'hash'])
      .execute();

    await db.schema
      .createTable('case_materials')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('submitted_by', 'text', (c) => c.notNull())
      .addColumn('received_on', 'text')
      .addColumn('received', 'integer', (c) => c.notNull())
      .addColumn('complete', 'integer', (c) => c.notNull())
      .addColumn('valid', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_materials_case').on('case_materials').column('case_id').execute();

    await db.schema
      .createTable('approvals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('activity_id', 'text', (c) => c.references('activities.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('approvals_case').on('approvals').columns(['case_id', 'type']).execute();
    await db.schema.createIndex('approvals_status').on('approvals').column('status').execute();

    await db.schema
      .createTable('approval_steps')
      .addColumn('approval_id', 'text', (c) => c.notNull().references('approvals.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('agree', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('opinion', 'text', (c) => c.notNull())
      .addColumn('reasons', 'text')
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('approval_steps_pk', ['approval_id', 'seq'])
      .execute();

    // The written trail of a case is append-only: a stage event, a document version or an approval step, once
    // written, is never changed or removed (PROH-02); corrections are new versions.
    for (const table of ['case_events', 'document_versions', 'approval_steps', 'document_scans'])
      await forbidChanges(db, dialect, table, 'the record');
  },
  async down(db) {
    for (const table of [
      'approval_steps',
      'approvals',
      'case_materials',
      'document_scans',
      'document_versions',
      'documents',
      'activities',
      'case_events',
      'case_handlers',
      'cases',
      'case_number_sequences',
    ]) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.alterTable('agencies').dropColumn('case_number_pattern').execute();
  },
};
