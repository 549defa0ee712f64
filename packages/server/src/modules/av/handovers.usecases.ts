import type { HandoverBody, HandoverListBody, RecordHandoverBody } from '@liuhen/contracts';
import {
  checkCustodyTransfer,
  checkHandoverTime,
  domainError,
  lastWeekOfMonth,
  monthBounds,
  monthlyHandoverFlags,
  requireAuthorization,
  widestScope,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { Db, RequestContext, SessionActor } from '../../uow';
import { requireAgencyProfile } from '../profiles/profiles.usecases';
import { agencyUser, namesOf } from './custody.usecases';

type Ctx = RequestContext & { actor: SessionActor };

/**
 * AVS-07, XG 第十条: in the month's last week the officer hands all A/V material they stored that month (received that
 * month, still held by them) to the section's designated custodian. One hand-over row, a custody event per record
 * and one ledger entry listing the records, in one transaction. Refused under profiles without the monthly hand-over,
 * before the last week, and when the officer holds nothing of the month.
 */
export async function recordHandover(deps: Deps, ctx: Ctx, body: RecordHandoverBody): Promise<HandoverBody> {
  const db = deps.database.db;
  const { profile } = await requireAgencyProfile(deps, ctx.agencyId);
  const rule = profile.avStorage.monthlyHandover;
  if (!rule) throw domainError('av.handover_not_in_profile');
  const officer = await agencyUser(db, ctx.agencyId, body.officerId);
  requireAuthorization(ctx.actor, 'av.custody', {
    agencyId: ctx.agencyId,
    unitId: officer.unit_id,
    userId: officer.id,
  });
  const custodian = await agencyUser(db, ctx.agencyId, body.custodianId);
  if (custodian.id === officer.id) throw domainError('av.handover_same_person');
  checkCustodyTransfer(profile.avStorage.custody, {
    current: { kind: 'officer', userId: officer.id },
    to: { kind: 'designatedStaff', userId: custodian.id },
  });
  const bounds = monthBounds(body.month);
  const id = deps.ids.newId();
  const result = await deps.uow.run(ctx, async (tx) => {
    const { late } = checkHandoverTime(body.month, tx.now);
    const held = await tx.db
      .selectFrom('av_records')
      .select(['id', 'hash'])
      .where('agency_id', '=', ctx.agencyId)
      .where('custodian_kind', '=', 'officer')
      .where('custodian_id', '=', officer.id)
      .where('received_at', '>=', bounds.startsAt)
      .where('received_at', '<', bounds.endsAt)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    if (held.length === 0) throw domainError('av.handover_nothing', { month: body.month });
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('av_handovers')
      .values({
        id,
        agency_id: ctx.agencyId,
        officer_id: officer.id,
        custodian_id: custodian.id,
        month: body.month,
        handed_at: at,
        record_count: held.length,
        recorded_by: ctx.actor.userId,
        note: body.note ?? null,
      })
      .execute();
    const ids = held.map((record) => record.id);
    const moved = await tx.db
      .updateTable('av_records')
      .set({ custodian_kind: 'designatedStaff', custodian_id: custodian.id })
      .where('id', 'in', ids)
      .where('custodian_kind', '=', 'officer')
      .where('custodian_id', '=', officer.id)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== ids.length) {
      throw domainError('av.version_conflict', { current: '?', expected: '?' });
    }
    await tx.db
      .insertInto('av_custody_events')
      .values(
        ids.map((recordId) => ({
          id: deps.ids.newId(),
          agency_id: ctx.agencyId,
          av_record_id: recordId,
          handover_id: id,
          from_kind: 'officer',
          from_id: officer.id,
          to_kind: 'designatedStaff',
          to_id: custodian.id,
          at,
          recorded_by: ctx.actor.userId,
          note: body.note ?? null,
        })),
      )
      .execute();
    await tx.ledger.append({
      action: 'av.handed_over',
      subject: { type: 'avHandover', id },
      summary: {
        officerId: officer.id,
        custodianId: custodian.id,
        month: body.month,
        article: rule.article,
        late,
        records: held.map((record) => ({ id: record.id, hash: record.hash })),
        note: body.note ?? null,
      },
    });
    return { at, late, count: held.length };
  });
  return {
    id,
    officer: { id: officer.id, name: officer.display_name },
    custodian: { id: custodian.id, name: custodian.display_name },
    month: body.month,
    handedAt: result.at,
    recordCount: result.count,
    late: result.late,
    note: body.note ?? null,
  };
}

/**
 * AVS-07: per officer, what they stored in the month, what they still hold and the hand-overs recorded; `overdue`
 * once the month has ended with material still held (domain `monthlyHandoverFlags`). Read by the hand-over page and
 * by compliance checks, which pass no actor.
 */
export async function monthlyHandoverStatus(db: Db, input: { agencyId: string; month: string; now: Date }) {
  const bounds = monthBounds(input.month);
  const held = await db
    .selectFrom('av_custody_events')
    .innerJoin('av_records', 'av_records.id', 'av_custody_events.av_record_id')
    .select([
      'av_custody_events.to_id as officer_id',
      'av_records.id as record_id',
      'av_records.custodian_kind',
      'av_records.custodian_id',
    ])
    .where('av_records.agency_id', '=', input.agencyId)
    .where('av_custody_events.to_kind', '=', 'officer')
    .where('av_records.received_at', '>=', bounds.startsAt)
    .where('av_records.received_at', '<', bounds.endsAt)
    .execute();
  const handovers = await db
    .selectFrom('av_handovers')
    .selectAll()
    .where('agency_id', '=', input.agencyId)
    .where('month', '=', input.month)
    .orderBy('handed_at')
    .execute();
  const officerIds = [
    ...new Set([
      ...held.map((row) => row.officer_id).filter((id): id is string => id !== null),
      ...handovers.map((row) => row.officer_id),
    ]),
  ];
  const officers = officerIds.map((officerId) => {
    const records = new Map(held.filter((row) => row.officer_id === officerId).map((row) => [row.record_id, row]));
    const pending = [...records.values()].filter(
      (row) => row.custodian_kind === 'officer' && row.custodian_id === officerId,
    );
    return {
      officerId,
      storedCount: records.size,
      pendingCount: pending.length,
      handedAt: handovers.filter((row) => row.officer_id === officerId).map((row) => row.handed_at),
    };
  });
  return {
    flags: monthlyHandoverFlags({ month: input.month, now: input.now, officers }),
    handovers,
    lateFrom: bounds.endsAt,
  };
}

/** GET /api/av/handovers?month: the month's status per officer, within what the actor may read. */
export async function listHandovers(deps: Deps, actor: SessionActor, month: string): Promise<HandoverListBody> {
  const scope = widestScope(actor, 'av.read');
  if (scope === null) throw domainError('auth.forbidden', { action: 'av.read' });
  const db = deps.database.db;
  const { profile } = await requireAgencyProfile(deps, actor.agencyId);
  const status = await monthlyHandoverStatus(db, { agencyId: actor.agencyId, month, now: deps.clock.now() });
  const userIds = [...status.flags.map((flag) => flag.officerId), ...status.handovers.map((row) => row.custodian_id)];
  const names = await namesOf(db, { users: userIds });
  const units = new Map(
    userIds.length
      ? (await db.selectFrom('users').select(['id', 'unit_id']).where('id', 'in', userIds).execute()).map((row) => [
          row.id,
          row.unit_id,
        ])
      : [],
  );
  const visible = (officerId: string) =>
    scope === 'agency' ||
    officerId === actor.userId ||
    (actor.unitId !== null && units.get(officerId) === actor.unitId);
  const ref = (id: string) => ({ id, name: names.get(id) ?? id });
  const week = lastWeekOfMonth(month);
  return {
    month,
    lastWeek: { from: week.from, to: week.to },
    article: profile.avStorage.monthlyHandover?.article ?? null,
    items: status.flags
      .filter((flag) => visible(flag.officerId))
      .map((flag) => ({
        officer: ref(flag.officerId),
        month,
        storedCount: flag.storedCount,
        pendingCount: flag.pendingCount,
        handedOver: flag.handedOver,
        status: flag.status,
        overdue: flag.overdue,
        handovers: status.handovers
          .filter((row) => row.officer_id === flag.officerId)
          .map((row) => ({
            id: row.id,
            officer: ref(row.officer_id),
            custodian: ref(row.custodian_id),
            month: row.month,
            handedAt: row.handed_at,
            recordCount: Number(row.record_count),
            late: row.handed_at >= status.lateFrom,
            note: row.note,
          })),
      })),
  };
}
