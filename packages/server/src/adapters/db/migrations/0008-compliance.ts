import type { Migration } from '../migrations.registry';

/**
 * The compliance engine's stored findings (issue 6). Findings are derived data: the engine recomputes them from what
 * is on record at any time, so these rows are replaced on each evaluation (never ledgered) and exist only so the
 * agency's 合规 list can filter and page over 100k cases. `compliance_state` holds one row per evaluated case, with
 * the earliest open deadline, so the sweep finds the cases whose status changes with the clock alone.
 */
export const complianceMigration: Migration = {
  name: '0008-compliance',
  async up(db) {
    await db.schema
      .createTable('compliance_findings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('unit_id', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('requirement_id', 'text', (c) => c.notNull())
      .addColumn('article', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('message_zh', 'text', (c) => c.notNull())
      .addColumn('message_en', 'text', (c) => c.notNull())
      .addColumn('responsible_ids', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text')
      .addColumn('provisional', 'integer', (c) => c.notNull())
      .addColumn('profile_id', 'text', (c) => c.notNull())
      .addColumn('evaluated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('compliance_findings_severity')
      .on('compliance_findings')
      .columns(['agency_id', 'severity'])
      .execute();
    await db.schema
      .createIndex('compliance_findings_unit')
      .on('compliance_findings')
      .columns(['agency_id', 'unit_id'])
      .execute();
    await db.schema
      .createIndex('compliance_findings_rule')
      .on('compliance_findings')
      .columns(['agency_id', 'rule'])
      .execute();
    await db.schema.createIndex('compliance_findings_case').on('compliance_findings').column('case_id').execute();
    await db.schema
      .createTable('compliance_state')
      .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
      .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
      .addColumn('evaluated_at', 'text', (c) => c.notNull())
      .addColumn('next_due_at', 'text')
      .execute();
    await db.schema.createIndex('compliance_state_due').on('compliance_state').column('next_due_at').execute();
  },
  async down(db) {
    await db.schema.dropTable('compliance_state').execute();
    await db.schema.dropTable('compliance_findings').execute();
  },
};
