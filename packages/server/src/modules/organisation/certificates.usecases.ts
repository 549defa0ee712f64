import type { CertificateBody, CreateCertificateBody, UpdateCertificateBody } from '@liuhen/contracts';
import {
  certificationOf,
  checkCertificate,
  domainError,
  isLocalDate,
  localDateOf,
  type Role,
  requireAuthorization,
} from '@liuhen/domain';
import { mapUniqueViolation } from '../../adapters/db/sql';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor } from '../../uow';
import {
  type CertificateFields,
  type CertificateRow,
  fieldsOf,
  findCertificate,
  insertCertificate,
  listCertificatesOf,
  toCertificate,
  updateCertificateRow,
} from './certificates.repository';
import { loadUser } from './users.usecases';

type Ctx = RequestContext & { actor: SessionActor };

function presentCertificate(row: CertificateRow, today: string): CertificateBody {
  return {
    id: row.id,
    userId: row.user_id,
    number: row.number,
    ...fieldsOf(row),
    inForce: certificationOf([toCertificate(row)], today).certified,
    createdAt: row.created_at,
  };
}

function checkFields(fields: CertificateFields): void {
  for (const [key, value] of [
    ['validFrom', fields.validFrom],
    ['validTo', fields.validTo],
  ] as const) {
    if (!isLocalDate(value)) throw domainError('request.invalid', { issues: `${key}: ${value} 不是有效日期` });
  }
  checkCertificate(fields);
}

/** ROLE-01: the certificates on an officer's record, newest first, each marked whether it is in force today. */
export async function listCertificates(deps: Deps, actor: SessionActor, userId: string): Promise<CertificateBody[]> {
  const user = await loadUser(deps, actor, userId);
  requireAuthorization(actor, 'certificate.read', { agencyId: user.agency_id, unitId: user.unit_id, userId: user.id });
  const today = localDateOf(deps.clock.now());
  const rows = await listCertificatesOf(deps.database.db, [user.id]);
  return rows.map((row) => presentCertificate(row, today));
}

/** ROLE-01: registers an enforcement certificate (执法证号, 发证机关, validity, status) for an officer. */
export async function registerCertificate(
  deps: Deps,
  ctx: Ctx,
  input: { userId: string; body: CreateCertificateBody },
) {
  const user = await loadUser(deps, ctx.actor, input.userId);
  requireAuthorization(ctx.actor, 'certificate.manage', {
    agencyId: user.agency_id,
    unitId: user.unit_id,
    userId: user.id,
  });
  if (!(JSON.parse(user.roles) as Role[]).includes('officer')) throw domainError('certificate.holder_not_officer');
  const number = input.body.number;
  const fields: CertificateFields = {
    issuingBody: input.body.issuingBody,
    validFrom: input.body.validFrom,
    validTo: input.body.validTo,
    status: input.body.status ?? 'valid',
    establishmentStaff: input.body.establishmentStaff ?? false,
    passedUnifiedExam: input.body.passedUnifiedExam ?? false,
  };
  checkFields(fields);
  const id = deps.ids.newId();
  await mapUniqueViolation(
    () =>
      deps.uow.run(ctx, async (tx) => {
        await insertCertificate(tx, { id, agencyId: ctx.agencyId, userId: user.id, number, ...fields });
        await tx.ledger.append({
          action: 'certificate.registered',
          subject: { type: 'certificate', id },
          summary: { userId: user.id, username: user.username, number, ...fields },
        });
      }),
    () => domainError('certificate.number_taken', { number }),
  );
  const row = await findCertificate(deps.database.db, { agencyId: ctx.agencyId, certificateId: id });
  return presentCertificate(row!, localDateOf(deps.clock.now()));
}

/** Changes a certificate's validity, status (e.g. suspended under PROH-06) or XG flags. The number never changes. */
export async function updateCertificate(
  deps: Deps,
  ctx: Ctx,
  input: { certificateId: string; changes: UpdateCertificateBody },
) {
  const row = await findCertificate(deps.database.db, { agencyId: ctx.agencyId, certificateId: input.certificateId });
  if (!row) throw domainError('certificate.not_found');
  const user = await loadUser(deps, ctx.actor, row.user_id);
  requireAuthorization(ctx.actor, 'certificate.manage', {
    agencyId: user.agency_id,
    unitId: user.unit_id,
    userId: user.id,
  });
  const before = fieldsOf(row);
  const after: CertificateFields = { ...before, ...stripUndefined(input.changes) };
  checkFields(after);
  await deps.uow.run(ctx, async (tx) => {
    await updateCertificateRow(tx, row.id, after);
    await tx.ledger.append({
      action: 'certificate.updated',
      subject: { type: 'certificate', id: row.id },
      summary: { userId: user.id, number: row.number, before, after },
    });
  });
  const updated = await findCertificate(deps.database.db, { agencyId: ctx.agencyId, certificateId: row.id });
  return presentCertificate(updated!, localDateOf(deps.clock.now()));
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
