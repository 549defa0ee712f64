import type { CreateUnitBody, UnitBody, UpdateUnitBody } from '@liuhen/contracts';
import { checkUnit, domainError, requireAuthorization, type UnitKind } from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor } from '../../uow';
import {
  countUsersInUnit,
  dissolveUnitRow,
  findActiveUnit,
  findActiveUnitByName,
  insertUnit,
  listActiveUnits,
  lockActiveUnit,
  type UnitRow,
  updateUnitRow,
} from './units.repository';

function presentUnit(row: UnitRow, userCount: number): UnitBody {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as UnitKind,
    legalBasis: row.legal_basis,
    userCount,
    createdAt: row.created_at,
  };
}

/** Lists the agency's active units (everyone may see the organisation). */
export async function listUnits(deps: Deps, actor: SessionActor): Promise<UnitBody[]> {
  requireAuthorization(actor, 'unit.list', { agencyId: actor.agencyId });
  const rows = await listActiveUnits(deps.database.db, actor.agencyId);
  return rows.map((row) => presentUnit(row, row.user_count));
}

async function loadUnit(deps: Deps, actor: SessionActor, unitId: string): Promise<UnitRow> {
  const unit = await findActiveUnit(deps.database.db, { agencyId: actor.agencyId, unitId });
  if (!unit) throw domainError('unit.not_found');
  return unit;
}

async function assertNameFree(deps: Deps, actor: SessionActor, name: string, exceptId?: string): Promise<void> {
  const existing = await findActiveUnitByName(deps.database.db, { agencyId: actor.agencyId, name });
  if (existing && existing.id !== exceptId) throw domainError('unit.name_taken', { name });
}

/** GEN-07: creates a section, legal-affairs unit, archive room, or authorised/entrusted institution. */
export async function createUnit(deps: Deps, ctx: RequestContext & { actor: SessionActor }, input: CreateUnitBody) {
  requireAuthorization(ctx.actor, 'unit.create', { agencyId: ctx.agencyId });
  const unit = { name: input.name, kind: input.kind, legalBasis: input.legalBasis ?? null };
  checkUnit(unit);
  await assertNameFree(deps, ctx.actor, unit.name);
  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    await insertUnit(tx, { id, agencyId: ctx.agencyId, ...unit });
    await tx.ledger.append({ action: 'unit.created', subject: { type: 'unit', id }, summary: unit });
  });
  return presentUnit(await loadUnit(deps, ctx.actor, id), 0);
}

export async function updateUnit(
  deps: Deps,
  ctx: RequestContext & { actor: SessionActor },
  input: { unitId: string; changes: UpdateUnitBody },
) {
  const current = await loadUnit(deps, ctx.actor, input.unitId);
  requireAuthorization(ctx.actor, 'unit.update', { agencyId: ctx.agencyId, unitId: current.id });
  const next = {
    name: input.changes.name ?? current.name,
    kind: input.changes.kind ?? (current.kind as UnitKind),
    legalBasis: input.changes.legalBasis === undefined ? current.legal_basis : input.changes.legalBasis,
  };
  checkUnit(next);
  if (next.name !== current.name) await assertNameFree(deps, ctx.actor, next.name, current.id);
  await deps.uow.run(ctx, async (tx) => {
    await updateUnitRow(tx, current.id, next);
    const before = { name: current.name, kind: current.kind, legalBasis: current.legal_basis };
    await tx.ledger.append({
      action: 'unit.updated',
      subject: { type: 'unit', id: current.id },
      summary: { before, after: next },
    });
  });
  const count = await countUsersInUnit(deps.database.db, current.id);
  return presentUnit(await loadUnit(deps, ctx.actor, current.id), count);
}

/** Dissolves a unit. Refused while any user (active or disabled) still belongs to it. */
export async function deleteUnit(deps: Deps, ctx: RequestContext & { actor: SessionActor }, unitId: string) {
  const current = await loadUnit(deps, ctx.actor, unitId);
  requireAuthorization(ctx.actor, 'unit.delete', { agencyId: ctx.agencyId, unitId: current.id });
  await deps.uow.run(ctx, async (tx) => {
    // Locked and counted inside the transaction: a user added to the unit concurrently cannot slip past the check.
    if (!(await lockActiveUnit(tx, { agencyId: ctx.agencyId, unitId: current.id })))
      throw domainError('unit.not_found');
    const count = await countUsersInUnit(tx.db, current.id);
    if (count > 0) throw domainError('unit.has_users', { count });
    await dissolveUnitRow(tx, current.id);
    await tx.ledger.append({
      action: 'unit.dissolved',
      subject: { type: 'unit', id: current.id },
      summary: { name: current.name },
    });
  });
}
