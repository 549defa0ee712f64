import { domainError, requireAuthorization } from '@liuhen/domain';
import { createHash, randomBytes } from 'node:crypto';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor } from '../../uow';

type Ctx = RequestContext & { actor: SessionActor };

/** What authenticates a station request: which station, in which agency and unit. It may only upload. */
export type StationPrincipal = { stationId: string; name: string; agencyId: string; unitId: string };

const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Registers an ingest station (采集站) of a unit and returns its upload token, shown once: only its SHA-256 is kept.
 */
export async function createStation(deps: Deps, ctx: Ctx, input: { name: string; unitName: string }) {
  requireAuthorization(ctx.actor, 'station.manage', { agencyId: ctx.agencyId });
  const db = deps.database.db;
  const unit = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('agency_id', '=', ctx.agencyId)
    .where((eb) => eb.or([eb('name', '=', input.unitName), eb('id', '=', input.unitName)]))
    .where('dissolved_at', 'is', null)
    .executeTakeFirst();
  if (!unit) throw domainError('unit.not_found');
  const existing = await db
    .selectFrom('stations')
    .select('id')
    .where('agency_id', '=', ctx.agencyId)
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (existing) throw domainError('station.name_taken', { name: input.name });
  const token = `lhs_${randomBytes(32).toString('base64url')}`;
  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    await tx.db
      .insertInto('stations')
      .values({
        id,
        agency_id: ctx.agencyId,
        unit_id: unit.id,
        name: input.name,
        token_hash: tokenHash(token),
        created_at: tx.now.toISOString(),
        revoked_at: null,
      })
      .execute();
    await tx.ledger.append({
      action: 'station.registered',
      subject: { type: 'station', id },
      summary: { name: input.name, unit: unit.name },
    });
  });
  return { id, name: input.name, unitName: unit.name, token };
}

export async function listStations(deps: Deps, ctx: Ctx) {
  requireAuthorization(ctx.actor, 'station.manage', { agencyId: ctx.agencyId });
  return deps.database.db
    .selectFrom('stations')
    .innerJoin('units', 'units.id', 'stations.unit_id')
    .select(['stations.id', 'stations.name', 'units.name as unitName', 'stations.created_at', 'stations.revoked_at'])
    .where('stations.agency_id', '=', ctx.agencyId)
    .orderBy('stations.created_at')
    .execute();
}

/** Revokes a station's token: its next request is refused. */
export async function revokeStation(deps: Deps, ctx: Ctx, name: string) {
  requireAuthorization(ctx.actor, 'station.manage', { agencyId: ctx.agencyId });
  const station = await deps.database.db
    .selectFrom('stations')
    .select(['id', 'revoked_at'])
    .where('agency_id', '=', ctx.agencyId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (!station) throw domainError('station.not_found', { name });
  if (station.revoked_at) return;
  await deps.uow.run(ctx, async (tx) => {
    await tx.db
      .updateTable('stations')
      .set({ revoked_at: tx.now.toISOString() })
      .where('id', '=', station.id)
      .execute();
    await tx.ledger.append({
      action: 'station.revoked',
      subject: { type: 'station', id: station.id },
      summary: { name },
    });
  });
}

/** The station a bearer token belongs to, or `station.token_invalid` (unknown or revoked). */
export async function authenticateStation(deps: Deps, token: string): Promise<StationPrincipal> {
  const station = await deps.database.db
    .selectFrom('stations')
    .select(['id', 'name', 'agency_id', 'unit_id', 'revoked_at'])
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!station || station.revoked_at) throw domainError('station.token_invalid');
  return { stationId: station.id, name: station.name, agencyId: station.agency_id, unitId: station.unit_id };
}
