import type { AgencyBody, UpdateAgencyBody } from '@liuhen/contracts';
import { domainError, requireAuthorization } from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor } from '../../uow';
import { findAgency, updateAgencyRow } from './agency.repository';

async function loadAgency(deps: Deps, agencyId: string): Promise<AgencyBody> {
  const row = await findAgency(deps.database.db, agencyId);
  if (!row) throw domainError('agency.not_initialised');
  return { id: row.id, name: row.name, shortName: row.short_name, profileId: row.profile_id };
}

export async function getAgency(deps: Deps, actor: SessionActor): Promise<AgencyBody> {
  requireAuthorization(actor, 'agency.read', { agencyId: actor.agencyId });
  return loadAgency(deps, actor.agencyId);
}

export async function updateAgency(
  deps: Deps,
  ctx: RequestContext & { actor: SessionActor },
  changes: UpdateAgencyBody,
): Promise<AgencyBody> {
  requireAuthorization(ctx.actor, 'agency.update', { agencyId: ctx.agencyId });
  const before = await loadAgency(deps, ctx.agencyId);
  const after = { name: changes.name ?? before.name, shortName: changes.shortName ?? before.shortName };
  await deps.uow.run(ctx, async (tx) => {
    await updateAgencyRow(tx, ctx.agencyId, after);
    await tx.ledger.append({
      action: 'agency.updated',
      subject: { type: 'agency', id: ctx.agencyId },
      summary: { before: { name: before.name, shortName: before.shortName }, after },
    });
  });
  return loadAgency(deps, ctx.agencyId);
}
