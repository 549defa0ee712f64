import { suggestAvLinks } from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { SessionActor } from '../../uow';

/**
 * Link suggestions for the actor's unlinked recordings (the most neglected part of footage in practice): an activity
 * of a case the actor may record on, at which the recording's officer (its maker or uploader) was present, whose time
 * window overlaps the capture window. Ranked by overlap; one click (`POST /api/av/:id/link`) accepts one.
 */
export async function suggestLinks(deps: Deps, actor: SessionActor) {
  const db = deps.database.db;
  const mine = await db
    .selectFrom('av_records')
    .selectAll()
    .where('agency_id', '=', actor.agencyId)
    .where('case_id', 'is', null)
    .where((eb) => eb.or([eb('uploaded_by', '=', actor.userId), eb('maker_id', '=', actor.userId)]))
    .where('captured_from', 'is not', null)
    .execute();
  if (mine.length === 0) return { items: [] };
  const caseIds = (
    await db.selectFrom('case_handlers').select('case_id').where('user_id', '=', actor.userId).execute()
  ).map((row) => row.case_id);
  const activities = caseIds.length
    ? await db
        .selectFrom('activities')
        .innerJoin('cases', 'cases.id', 'activities.case_id')
        .select([
          'activities.id',
          'activities.case_id',
          'activities.type',
          'activities.started_at',
          'activities.ended_at',
          'activities.officers',
          'cases.number',
          'cases.stage',
        ])
        .where('activities.case_id', 'in', caseIds)
        .where('cases.stage', 'not in', ['closed', 'archived'])
        .execute()
    : [];
  const suggestions = suggestAvLinks(
    mine.map((row) => ({
      id: row.id,
      deviceNumber: row.device_number,
      officerIds: [row.maker_id, row.uploaded_by].filter((id): id is string => id !== null),
      capturedFrom: row.captured_from,
      capturedTo: row.captured_to,
    })),
    activities.map((activity) => ({
      id: activity.id,
      caseId: activity.case_id,
      officerIds: (JSON.parse(activity.officers) as { userId: string }[]).map((officer) => officer.userId),
      startedAt: activity.started_at,
      endedAt: activity.ended_at,
    })),
  );
  return {
    items: suggestions.map((suggestion) => {
      const activity = activities.find((item) => item.id === suggestion.activityId)!;
      const record = mine.find((item) => item.id === suggestion.recordId)!;
      return {
        ...suggestion,
        fileName: record.file_name,
        recordVersion: record.version,
        caseNumber: activity.number,
        activityType: activity.type,
        activityStartedAt: activity.started_at,
      };
    }),
  };
}
