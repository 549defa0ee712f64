import type { AvRecordBody } from '@liuhen/contracts';
import {
  type ActivityAvContext,
  type ActivityType,
  avRecordRules,
  type AvRecordActivity,
  type AvRecordFacts,
  type KeyContent,
  type PartyReview,
} from '@liuhen/domain';
import type { Selectable } from 'kysely';
import type { AvRecordTable } from '../../adapters/db/schema';
import type { Deps } from '../../deps';
import { parseJson } from '../cases/case-access';
import { agencyProfileId } from '../profiles/profiles.usecases';

type AvRow = Selectable<AvRecordTable>;

/** What the profile rules read of a stored record. */
export function factsOf(row: AvRow): AvRecordFacts {
  return {
    deviceType: row.device_type,
    capturedFrom: row.captured_from,
    capturedTo: row.captured_to,
    receivedAt: row.received_at,
    place: row.place,
    purpose: row.purpose,
    makerId: row.maker_id,
    persons: row.persons,
    summary: row.summary,
    announcementOffsetSeconds:
      row.announcement_offset_seconds === null ? null : Number(row.announcement_offset_seconds),
    mounting: row.mounting,
    keyContent: row.key_content ? parseJson<KeyContent>(row.key_content) : null,
    partyReview: row.party_review ? parseJson<PartyReview>(row.party_review) : null,
    storageException:
      row.storage_exception_reason || row.returned_at
        ? { reason: row.storage_exception_reason, returnedAt: row.returned_at }
        : null,
  };
}

/** The activities the records are linked to, as the rules need them (type, end, A/V context). */
export async function linkedActivities(deps: Deps, rows: readonly AvRow[]): Promise<Map<string, AvRecordActivity>> {
  const ids = [...new Set(rows.map((row) => row.activity_id).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const activities = await deps.database.db
    .selectFrom('activities')
    .select(['id', 'type', 'ended_at', 'av_context'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    activities.map((activity) => [
      activity.id,
      {
        type: activity.type as ActivityType,
        endedAt: activity.ended_at,
        context: activity.av_context ? parseJson<ActivityAvContext>(activity.av_context) : null,
      },
    ]),
  );
}

/**
 * GEN-01, AVS-01, AV-05 … AV-11: the rules of each record's profile (its own, else its agency's), evaluated on what
 * it has. Null for a record whose profile is unknown (no profile selected yet).
 */
export async function rulesOfRecords(deps: Deps, rows: readonly AvRow[]): Promise<Map<string, AvRecordBody['rules']>> {
  const activities = await linkedActivities(deps, rows);
  const agencyProfiles = new Map<string, string | null>();
  const out = new Map<string, AvRecordBody['rules']>();
  for (const row of rows) {
    if (!agencyProfiles.has(row.agency_id)) {
      agencyProfiles.set(row.agency_id, await agencyProfileId(deps.database.db, row.agency_id));
    }
    const profileId = row.profile_id ?? agencyProfiles.get(row.agency_id) ?? null;
    const profile = profileId ? deps.profiles.get(profileId)?.profile : undefined;
    if (!profile) {
      out.set(row.id, null);
      continue;
    }
    const activity = row.activity_id ? (activities.get(row.activity_id) ?? null) : null;
    out.set(row.id, avRecordRules(profile, factsOf(row), activity, deps.calendar));
  }
  return out;
}
