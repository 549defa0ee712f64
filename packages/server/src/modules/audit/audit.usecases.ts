import type { AuditEntryBody, AuditListQuery } from '@liuhen/contracts';
import { requireAuthorization } from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { LedgerEntry } from '../../ledger/entry';
import type { SessionActor } from '../../uow';

/** Pages through the agency's ledger, newest first (administrators, auditors, legal affairs). */
export async function listAuditEntries(deps: Deps, actor: SessionActor, query: AuditListQuery) {
  requireAuthorization(actor, 'audit.read', { agencyId: actor.agencyId });
  let select = deps.database.db.selectFrom('ledger_entries').selectAll().where('agency_id', '=', actor.agencyId);
  if (query.action) select = select.where('action', '=', query.action);
  if (query.actorUserId) select = select.where('actor_user_id', '=', query.actorUserId);
  if (query.subjectType) select = select.where('subject_type', '=', query.subjectType);
  if (query.subjectId) select = select.where('subject_id', '=', query.subjectId);
  if (query.from) select = select.where('occurred_at', '>=', query.from);
  if (query.to) select = select.where('occurred_at', '<', query.to);
  if (query.before !== undefined) select = select.where('seq', '<', query.before);
  const rows = await select
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const items: AuditEntryBody[] = page.map((row) => {
    const entry = JSON.parse(row.entry) as LedgerEntry;
    return {
      seq: Number(row.seq),
      occurredAt: entry.time,
      actorUserId: entry.actor?.userId ?? null,
      actorUsername: entry.actor?.username ?? null,
      action: entry.action,
      subjectType: entry.subject.type,
      subjectId: entry.subject.id,
      summary: entry.summary,
      hashes: entry.hashes,
      leafHash: row.leaf_hash,
    };
  });
  const nextBefore = rows.length > query.limit ? (items.at(-1)?.seq ?? null) : null;
  return { items, nextBefore };
}
