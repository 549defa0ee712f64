import type { Migration } from '../migrations.registry';

/**
 * Issue 6, re-evaluation at scale: `compliance_state.findings_digest` is the SHA-256 of the findings last stored for
 * the case (with the profile and unit they were stored under). A re-evaluation that computes the same digest leaves
 * the case's findings rows alone and only stamps the state row, so a calendar or profile change rewrites only the
 * cases whose findings it changed. Null (rows written before this column) never matches: those cases are rewritten.
 */
export const complianceDigestMigration: Migration = {
  name: '0010-compliance-digest',
  async up(db) {
    await db.schema.alterTable('compliance_state').addColumn('findings_digest', 'text').execute();
  },
  async down(db) {
    await db.schema.alterTable('compliance_state').dropColumn('findings_digest').execute();
  },
};
