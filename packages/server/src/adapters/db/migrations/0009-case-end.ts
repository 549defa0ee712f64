import type { Migration } from '../migrations.registry';

/**
 * The end of a case and its major/complex flag (issue 6):
 * - CLOSE-02, ARCH-01: `ended_on`, the day the enforcement act terminated / the matter was completed
 *   (行政执法行为终结之日 / 行政执法事项办理完毕之日), recorded on close or terminate; the archiving deadline runs from it.
 *   Cases closed before this migration keep null and fall back to the time of the close/terminate event.
 * - DEC-04 (LX 第九条): `major_complex`, 1 when the case is flagged 重大、复杂案件 (collective discussion required).
 */
export const caseEndMigration: Migration = {
  name: '0009-case-end',
  async up(db) {
    await db.schema.alterTable('cases').addColumn('ended_on', 'text').execute();
    await db.schema
      .alterTable('cases')
      .addColumn('major_complex', 'integer', (c) => c.defaultTo(0))
      .execute();
  },
  async down(db) {
    await db.schema.alterTable('cases').dropColumn('major_complex').execute();
    await db.schema.alterTable('cases').dropColumn('ended_on').execute();
  },
};
