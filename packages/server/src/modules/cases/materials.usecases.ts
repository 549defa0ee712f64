import type { CreateMaterialBody, MaterialBody, UpdateMaterialBody } from '@liuhen/contracts';
import { domainError, type MaterialKind } from '@liuhen/domain';
import type { Selectable } from 'kysely';
import type { CaseMaterialTable } from '../../adapters/db/schema';
import type { Deps } from '../../deps';
import type { Db, RequestContext, SessionActor } from '../../uow';
import { loadCaseFor } from './case-access';
import { peopleByIds } from './cases.repository';

type Ctx = RequestContext & { actor: SessionActor };
type MaterialRow = Selectable<CaseMaterialTable>;

export async function materialsOf(db: Db, caseId: string): Promise<MaterialBody[]> {
  const rows = await db
    .selectFrom('case_materials')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  const names = await peopleByIds(
    db,
    rows.map((row) => row.recorded_by),
  );
  return rows.map((row) => presentMaterial(row, names));
}

function presentMaterial(row: MaterialRow, names: Map<string, string>): MaterialBody {
  return {
    id: row.id,
    caseId: row.case_id,
    name: row.name,
    kind: row.kind as MaterialKind,
    submittedBy: row.submitted_by,
    receivedOn: row.received_on,
    received: row.received === 1,
    complete: row.complete === 1,
    valid: row.valid === 1,
    note: row.note,
    recordedBy: { id: row.recorded_by, name: names.get(row.recorded_by) ?? row.recorded_by },
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
  };
}

async function loadMaterial(deps: Deps, materialId: string): Promise<MaterialBody> {
  const list = await deps.database.db.selectFrom('case_materials').selectAll().where('id', '=', materialId).execute();
  const [row] = list;
  if (!row) throw domainError('material.not_found');
  const names = await peopleByIds(deps.database.db, [row.recorded_by]);
  return presentMaterial(row, names);
}

/** DOC-02: enters a certificate, material or copy of the counterpart in the case's register. */
export async function registerMaterial(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; body: CreateMaterialBody },
): Promise<MaterialBody> {
  const { row } = await loadCaseFor(deps, ctx.actor, input.caseId, 'case.record');
  const { body } = input;
  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('case_materials')
      .values({
        id,
        case_id: row.id,
        name: body.name,
        kind: body.kind,
        submitted_by: body.submittedBy,
        received_on: body.receivedOn ?? null,
        received: body.received ? 1 : 0,
        complete: body.complete ? 1 : 0,
        valid: body.valid ? 1 : 0,
        note: body.note ?? null,
        recorded_by: ctx.actor.userId,
        recorded_at: at,
        updated_at: at,
      })
      .execute();
    await tx.ledger.append({
      action: 'material.registered',
      subject: { type: 'material', id },
      summary: {
        caseId: row.id,
        caseNumber: row.number,
        name: body.name,
        kind: body.kind,
        received: body.received,
        complete: body.complete,
        valid: body.valid,
      },
    });
  });
  return loadMaterial(deps, id);
}

/** DOC-02: changes the marks of a registered item; the ledger entry keeps the marks before and after. */
export async function updateMaterial(
  deps: Deps,
  ctx: Ctx,
  input: { materialId: string; body: UpdateMaterialBody },
): Promise<MaterialBody> {
  const current = await deps.database.db
    .selectFrom('case_materials')
    .selectAll()
    .where('id', '=', input.materialId)
    .executeTakeFirst();
  if (!current) throw domainError('material.not_found');
  try {
    await loadCaseFor(deps, ctx.actor, current.case_id, 'case.record');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'case.not_found') {
      throw domainError('material.not_found');
    }
    throw error;
  }
  const { body } = input;
  const bit = (value: boolean | undefined, was: number) => (value === undefined ? was : value ? 1 : 0);
  const next = {
    received: bit(body.received, current.received),
    complete: bit(body.complete, current.complete),
    valid: bit(body.valid, current.valid),
    received_on: body.receivedOn ?? current.received_on,
    note: body.note ?? current.note,
  };
  await deps.uow.run(ctx, async (tx) => {
    await tx.db
      .updateTable('case_materials')
      .set({ ...next, updated_at: tx.now.toISOString() })
      .where('id', '=', current.id)
      .execute();
    const marks = (row: { received: number; complete: number; valid: number }) => ({
      received: row.received === 1,
      complete: row.complete === 1,
      valid: row.valid === 1,
    });
    await tx.ledger.append({
      action: 'material.updated',
      subject: { type: 'material', id: current.id },
      summary: { caseId: current.case_id, name: current.name, before: marks(current), after: marks(next) },
    });
  });
  return loadMaterial(deps, current.id);
}
