import type { AuditEntryBody, AuditListQuery } from '@liuhen/contracts';
import { requireAuthorization } from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { SessionActor } from '../../uow';

/** Pages through the agency's trail, newest first (administrators, auditors, legal affairs). */
export async function listAuditEntries(deps: Deps, actor: SessionActor, query: AuditListQuery) {
  requireAuthorization(actor, 'audit.read', { agencyId: actor.agencyId });
  let select = deps.database.db.selectFrom('audit_entries').selectAll().where('agency_id', '=', actor.agencyId);
  if (query.action) select = select.where('action', '=', query.action);
  if (query.actorUserId) select = select.where('actor_user_id', '=', query.actorUserId);
  if (query.subjectType) select = select.where('subject_type', '=', query.subjectType);
  if (query.subjectId) select = select.where('subject_id', '=', query.subjectId);
  if (query.before) select = select.where('seq', '<', query.before);
  const rows = await select
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const items: AuditEntryBody[] = page.map((row) => ({
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    summary: JSON.parse(row.summary) as Record<string, unknown>,
  }));
  const nextBefore = rows.length > query.limit ? (items.at(-1)?.seq ?? null) : null;
  return { items, nextBefore };
}
