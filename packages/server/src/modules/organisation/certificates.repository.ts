import type { CertificateStatus, EnforcementCertificate } from '@liuhen/domain';
import type { Selectable } from 'kysely';
import type { CertificateTable } from '../../adapters/db/schema';
import type { Db, Tx } from '../../uow';

export type CertificateRow = Selectable<CertificateTable>;

export function toCertificate(row: CertificateRow): EnforcementCertificate {
  return {
    number: row.number,
    issuingBody: row.issuing_body,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: row.status as CertificateStatus,
  };
}

export async function listCertificatesOf(db: Db, userIds: readonly string[]): Promise<CertificateRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('certificates')
    .selectAll()
    .where('user_id', 'in', userIds)
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findCertificate(db: Db, input: { agencyId: string; certificateId: string }) {
  return db
    .selectFrom('certificates')
    .selectAll()
    .where('agency_id', '=', input.agencyId)
    .where('id', '=', input.certificateId)
    .executeTakeFirst();
}

export async function findCertificateByNumber(db: Db, number: string) {
  return db.selectFrom('certificates').select('id').where('number', '=', number).executeTakeFirst();
}

export type CertificateFields = {
  issuingBody: string;
  validFrom: string;
  validTo: string;
  status: CertificateStatus;
  establishmentStaff: boolean;
  passedUnifiedExam: boolean;
};

/** The changeable fields of a stored certificate. */
export function fieldsOf(row: CertificateRow): CertificateFields {
  return {
    issuingBody: row.issuing_body,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: row.status as CertificateStatus,
    establishmentStaff: row.establishment_staff === 1,
    passedUnifiedExam: row.passed_unified_exam === 1,
  };
}

function columnsOf(fields: CertificateFields) {
  return {
    issuing_body: fields.issuingBody,
    valid_from: fields.validFrom,
    valid_to: fields.validTo,
    status: fields.status,
    establishment_staff: fields.establishmentStaff ? 1 : 0,
    passed_unified_exam: fields.passedUnifiedExam ? 1 : 0,
  };
}

export async function insertCertificate(
  tx: Tx,
  certificate: CertificateFields & { id: string; agencyId: string; userId: string; number: string },
): Promise<void> {
  const at = tx.now.toISOString();
  await tx.db
    .insertInto('certificates')
    .values({
      id: certificate.id,
      agency_id: certificate.agencyId,
      user_id: certificate.userId,
      number: certificate.number,
      ...columnsOf(certificate),
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateCertificateRow(tx: Tx, certificateId: string, fields: CertificateFields): Promise<void> {
  await tx.db
    .updateTable('certificates')
    .set({ ...columnsOf(fields), updated_at: tx.now.toISOString() })
    .where('id', '=', certificateId)
    .execute();
}
