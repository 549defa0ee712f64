import type { AvCustodyBody, RecordCustodyBody } from '@liuhen/contracts';
import {
  allowedCustodianKinds,
  checkCustodyTransfer,
  type CustodianKind,
  domainError,
  isPersonCustodian,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { Db, RequestContext, SessionActor } from '../../uow';
import { effectiveProfile } from '../profiles/profiles.usecases';
import { loadFor } from './av.usecases';

type Ctx = RequestContext & { actor: SessionActor };
type Holder = NonNullable<AvCustodyBody['current']>;

/** Display names of users and stations, by id. */
export async function namesOf(db: Db, ids: { users: readonly string[]; stations?: readonly string[] }) {
  const users = [...new Set(ids.users)];
  const stations = [...new Set(ids.stations ?? [])];
  const names = new Map<string, string>();
  if (users.length > 0) {
    for (const row of await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', users).execute()) {
      names.set(row.id, row.display_name);
    }
  }
  if (stations.length > 0) {
    for (const row of await db.selectFrom('stations').select(['id', 'name']).where('id', 'in', stations).execute()) {
      names.set(row.id, row.name);
    }
  }
  return names;
}

/** The user, who must belong to the agency (else `user.not_found`). */
export async function agencyUser(db: Db, agencyId: string, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'unit_id'])
    .where('id', '=', userId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!user) throw domainError('user.not_found', { userId });
  return user;
}

/** AVS-02: the custody register of a record — every hand-over, who holds it now, and what its profile allows. */
export async function getAvCustody(deps: Deps, actor: SessionActor, id: string): Promise<AvCustodyBody> {
  const db = deps.database.db;
  const row = await loadFor(deps, actor, id, 'av.read');
  const events = await db
    .selectFrom('av_custody_events')
    .selectAll()
    .where('av_record_id', '=', row.id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const names = await namesOf(db, {
    users: [
      ...events.flatMap((event) => [
        event.from_kind === 'station' ? null : event.from_id,
        event.to_id,
        event.recorded_by,
      ]),
      row.custodian_id,
    ].filter((value): value is string => value !== null),
    stations: events.filter((event) => event.from_kind === 'station' && event.from_id).map((event) => event.from_id!),
  });
  const holder = (kind: string, holderId: string | null): Holder => ({
    kind: kind as Holder['kind'],
    id: holderId,
    name: holderId ? (names.get(holderId) ?? holderId) : null,
  });
  const profile = await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id });
  const storage = profile?.avStorage ?? null;
  return {
    current: row.custodian_kind ? holder(row.custodian_kind, row.custodian_id) : null,
    events: events.map((event) => ({
      id: event.id,
      at: event.at,
      from: event.from_kind ? holder(event.from_kind, event.from_id) : null,
      to: holder(event.to_kind, event.to_id),
      recordedBy: event.recorded_by
        ? { id: event.recorded_by, name: names.get(event.recorded_by) ?? event.recorded_by }
        : null,
      handoverId: event.handover_id,
      note: event.note,
    })),
    policy: storage
      ? {
          allowedKinds: allowedCustodianKinds(storage.custody),
          officerMayHold: storage.custody.officerMayHold,
          article: storage.custody.article,
          monthlyHandoverArticle: storage.monthlyHandover?.article ?? null,
          evidenceCopyArticle: storage.evidenceCopy?.article ?? null,
        }
      : null,
  };
}

/**
 * AVS-02: records a hand-over of one record's custody (to unit storage, designated staff …). The profile decides who
 * may hold it (never the officer under BX, LX, FS); the event, the record's current custodian and the ledger entry
 * are written together.
 */
export async function recordAvCustody(
  deps: Deps,
  ctx: Ctx,
  input: { id: string; body: RecordCustodyBody },
): Promise<AvCustodyBody> {
  const row = await loadFor(deps, ctx.actor, input.id, 'av.custody');
  const profile = await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id });
  if (!profile) throw domainError('profile.not_selected');
  const kind: CustodianKind = input.body.toKind;
  const toId = isPersonCustodian(kind) ? (input.body.toUserId ?? null) : null;
  checkCustodyTransfer(profile.avStorage.custody, {
    current: { kind: row.custodian_kind, userId: row.custodian_id },
    to: { kind, userId: toId },
  });
  if (toId) await agencyUser(deps.database.db, row.agency_id, toId);
  await deps.uow.run(ctx, async (tx) => {
    // Guarded on the custodian read above, so two concurrent hand-overs cannot both start from the same holder.
    const updated = await tx.db
      .updateTable('av_records')
      .set({ custodian_kind: kind, custodian_id: toId })
      .where('id', '=', row.id)
      .where((eb) =>
        eb.and([
          row.custodian_kind === null
            ? eb('custodian_kind', 'is', null)
            : eb('custodian_kind', '=', row.custodian_kind),
          row.custodian_id === null ? eb('custodian_id', 'is', null) : eb('custodian_id', '=', row.custodian_id),
        ]),
      )
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw domainError('av.version_conflict', { current: '?', expected: row.version });
    }
    await tx.db
      .insertInto('av_custody_events')
      .values({
        id: deps.ids.newId(),
        agency_id: row.agency_id,
        av_record_id: row.id,
        handover_id: null,
        from_kind: row.custodian_kind,
        from_id: row.custodian_id,
        to_kind: kind,
        to_id: toId,
        at: tx.now.toISOString(),
        recorded_by: ctx.actor.userId,
        note: input.body.note ?? null,
      })
      .execute();
    await tx.ledger.append({
      action: 'av.custody_transferred',
      subject: { type: 'avRecord', id: row.id },
      summary: {
        hash: row.hash,
        from: { kind: row.custodian_kind, id: row.custodian_id },
        to: { kind, id: toId },
        note: input.body.note ?? null,
      },
    });
  });
  return getAvCustody(deps, ctx.actor, row.id);
}
