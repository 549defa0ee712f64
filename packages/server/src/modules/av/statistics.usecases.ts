import type { AvStatisticsBody, AvStatisticsQuery } from '@liuhen/contracts';
import { domainError, widestScope } from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { SessionActor } from '../../uow';
import { namesOf } from './custody.usecases';

/** The instant of 00:00 Asia/Shanghai (UTC+8 all year) on a local date. */
const shanghaiMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);

/**
 * AVS-06 (LX 第二十五条, SHOULD): counts and total duration of the recordings the actor may read, used (captured, else
 * received) between two dates inclusive, per device, officer (制作人) or unit. Durations come from the probe; records
 * not probed yet are counted in `withoutDuration`.
 */
export async function avStatistics(
  deps: Deps,
  actor: SessionActor,
  query: AvStatisticsQuery,
): Promise<AvStatisticsBody> {
  const scope = widestScope(actor, 'av.read');
  if (scope === null) throw domainError('auth.forbidden', { action: 'av.read' });
  if (query.to < query.from) throw domainError('request.invalid', { issues: 'to: before from' });
  const db = deps.database.db;
  const from = shanghaiMidnight(query.from).toISOString();
  const end = new Date(shanghaiMidnight(query.to).getTime() + 24 * 60 * 60 * 1000).toISOString();
  let q = db
    .selectFrom('av_records')
    .select(['device_number', 'maker_id', 'unit_id', 'probe'])
    .where('agency_id', '=', actor.agencyId)
    .where((eb) => eb(eb.fn.coalesce('captured_from', 'received_at'), '>=', from))
    .where((eb) => eb(eb.fn.coalesce('captured_from', 'received_at'), '<', end));
  if (scope !== 'agency') {
    q = q.where((eb) =>
      eb.or([
        ...(actor.unitId !== null ? [eb('unit_id', '=', actor.unitId)] : []),
        eb('uploaded_by', '=', actor.userId),
        eb('maker_id', '=', actor.userId),
      ]),
    );
  }
  const rows = await q.execute();
  const keyOf = (row: (typeof rows)[number]) =>
    query.groupBy === 'device' ? row.device_number : query.groupBy === 'officer' ? row.maker_id : row.unit_id;
  const groups = new Map<string | null, { count: number; durationSeconds: number; withoutDuration: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { count: 0, durationSeconds: 0, withoutDuration: 0 };
    const duration = row.probe ? (JSON.parse(row.probe) as { durationSeconds?: number | null }).durationSeconds : null;
    group.count += 1;
    if (typeof duration === 'number' && Number.isFinite(duration)) group.durationSeconds += duration;
    else group.withoutDuration += 1;
    groups.set(key, group);
  }
  const keys = [...groups.keys()].filter((key): key is string => key !== null);
  const labels =
    query.groupBy === 'officer'
      ? await namesOf(db, { users: keys })
      : query.groupBy === 'unit' && keys.length > 0
        ? new Map(
            (await db.selectFrom('units').select(['id', 'name']).where('id', 'in', keys).execute()).map((unit) => [
              unit.id,
              unit.name,
            ]),
          )
        : new Map(keys.map((key) => [key, key]));
  const items = [...groups.entries()]
    .map(([key, group]) => ({ key, label: key === null ? null : (labels.get(key) ?? key), ...group }))
    .sort((a, b) => b.count - a.count || String(a.label).localeCompare(String(b.label)));
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    items,
    total: {
      count: rows.length,
      durationSeconds: items.reduce((sum, item) => sum + item.durationSeconds, 0),
    },
  };
}
