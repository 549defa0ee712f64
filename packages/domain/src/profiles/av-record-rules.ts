import { z } from 'zod';
import { lateness, storageDueAt, type AvsDeadlineRule } from '../av/deadlines';
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import type { ActivityType } from '../cases/activities';
import type { Instant } from '../shared/time';
import type { ActivityAvContext } from './av-requirements';
import type { Profile } from './profile';

/** AV-05: each key-content item of a recording is ticked as captured or not applicable. */
export const keyContentValues = ['captured', 'notApplicable'] as const;
export const keyContentSchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.enum(keyContentValues));
export type KeyContent = z.infer<typeof keyContentSchema>;

/** AV-11: the party reviewed the recording and signed, or refused (with a note of the refusal). */
export const partyReviewSchema = z
  .strictObject({
    reviewedAt: z.iso.datetime({ offset: true }),
    signed: z.boolean(),
    refusalNote: z.string().trim().min(1).max(500).optional(),
  })
  .refine((value) => value.signed || value.refusalNote !== undefined, {
    path: ['refusalNote'],
    message: '当事人拒绝签字的，须记录拒签情况 / a refusal to sign needs a note',
  });
export type PartyReview = z.infer<typeof partyReviewSchema>;

/** What the rules read of one A/V record. */
export type AvRecordFacts = {
  deviceType: string | null;
  capturedFrom: Instant | null;
  capturedTo: Instant | null;
  /** When the file reached the system (AVS-01 实际存储时间). */
  receivedAt: Instant;
  place: string | null;
  purpose: string | null;
  makerId: string | null;
  persons: string | null;
  summary: string | null;
  announcementOffsetSeconds: number | null;
  mounting: string | null;
  keyContent: KeyContent | null;
  partyReview: PartyReview | null;
  storageException: { reason: string | null; returnedAt: Instant | null } | null;
};

/** The activity a record is linked to, as far as the rules need it. */
export type AvRecordActivity = { type: ActivityType; endedAt: Instant | null; context: ActivityAvContext | null };

export type AvStorageStatus = {
  rule: AvsDeadlineRule;
  article: string;
  /** Null while the capture time is unknown: the deadline cannot be computed yet. */
  dueAt: Instant | null;
  provisional: boolean;
  storedAt: Instant;
  lateBySeconds: number | null;
  /** The return-to-unit exception is allowed by the profile (HS, FS). */
  exceptionAllowed: boolean;
  /** Why a claimed exception was not applied (error codes), if it was not. */
  exceptionProblems: string[];
};

export type AvRecordRules = {
  storage: AvStorageStatus;
  /** AV-05/AV-09: the checklist items for this record with their answers (null: not answered yet). */
  keyContent: { article: string; items: { id: string; zh: string; en: string; value: string | null }[] } | null;
  /** AV-06: the body-cam mounting must be recorded. */
  mounting: { article: string; recorded: boolean } | null;
  /** AV-07: the announcement must be given; `given` when its offset in the footage is recorded. */
  announcement: { article: string; wording: string | null; given: boolean } | null;
  /** AV-08: the fields the record still lacks before it may join a case. */
  caseMetadata: { article: string; missing: string[] } | null;
  /** AV-11: the party must review the recording and sign. */
  partyReview: { article: string; recorded: boolean } | null;
};

/**
 * AVS-01: the record's storage due time under the profile and whether it was stored late. The anchor is the end of
 * capture (制作完成后 / 自记录作出之日起 / 每天工作结束后), under LX the later of that and the end of the enforcement
 * matter (the linked activity's end). A claimed return-to-unit exception (HS, FS) with reason and return time moves it
 * to 24 h after the return.
 */
export function avStorageStatus(
  profile: Pick<Profile, 'avStorage'>,
  record: AvRecordFacts,
  activity: AvRecordActivity | null,
  calendar: HolidayCalendar,
): AvStorageStatus {
  const storage = profile.avStorage;
  const rule = storage.rule as Exclude<AvsDeadlineRule, 'afterReturn24h'>;
  const capturedTo = record.capturedTo ?? record.capturedFrom;
  const base = {
    article: storage.article,
    storedAt: record.receivedAt,
    exceptionAllowed: storage.returnException !== null,
    exceptionProblems: [] as string[],
  };
  if (!capturedTo) return { ...base, rule, dueAt: null, provisional: false, lateBySeconds: null };
  const normal =
    rule === 'hours24'
      ? storageDueAt({
          rule,
          capturedTo,
          matterEndedAt: storage.anchor === 'matterEnd' ? (activity?.endedAt ?? null) : null,
        })
      : storageDueAt({ rule, capturedTo, calendar });
  let due = normal;
  const claimed = record.storageException;
  if (claimed) {
    if (!storage.returnException) {
      base.exceptionProblems.push('av.exception_not_allowed');
    } else {
      try {
        const after = storageDueAt({
          rule: 'afterReturn24h',
          capturedTo,
          reason: claimed.reason,
          returnedAt: claimed.returnedAt,
        });
        if (Date.parse(after.dueAt) > Date.parse(normal.dueAt)) due = after;
      } catch (error) {
        base.exceptionProblems.push((error as { code?: string }).code ?? 'av.exception_reason_required');
      }
    }
  }
  const late = lateness(due.dueAt, record.receivedAt);
  return {
    ...base,
    rule: due.rule,
    dueAt: due.dueAt,
    provisional: due.provisional,
    lateBySeconds: late.late ? late.lateBySeconds : 0,
  };
}

const caseMetadataValue: Record<string, (record: AvRecordFacts) => unknown> = {
  capturedFrom: (record) => record.capturedFrom,
  capturedTo: (record) => record.capturedTo,
  place: (record) => record.place,
  purpose: (record) => record.purpose,
  maker: (record) => record.makerId,
  persons: (record) => record.persons,
  summary: (record) => record.summary,
};

/** AV-08: the metadata fields the profile requires before a record joins a case that this record still lacks. */
export function missingCaseMetadata(profile: Pick<Profile, 'av'>, record: AvRecordFacts): string[] {
  const rule = profile.av.caseMetadata;
  if (!rule) return [];
  return rule.fields.filter((field) => {
    const value = caseMetadataValue[field]?.(record);
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  });
}

/** AV-05 … AV-11: what the profile asks of one recording's content, and what it has (no deadline arithmetic). */
export function avRecordContentRules(
  profile: Pick<Profile, 'av'>,
  record: AvRecordFacts,
  activity: AvRecordActivity | null,
): Omit<AvRecordRules, 'storage'> {
  const { av } = profile;
  const bodyCam = record.deviceType === 'bodyCam';
  const offPremises = activity?.context?.offPremises === true;
  const keyContent = av.keyContent
    ? {
        article: av.keyContent.article,
        items: av.keyContent.items
          .filter((item) => !item.offPremisesOnly || offPremises)
          .map((item) => ({ id: item.id, zh: item.zh, en: item.en, value: record.keyContent?.[item.id] ?? null })),
      }
    : null;
  const announcementApplies =
    av.announcement !== null &&
    (av.announcement.scope === 'everyBodyCamRecording'
      ? bodyCam
      : activity !== null && (av.announcement.activities ?? []).includes(activity.type));
  const reviewApplies =
    av.partyReview !== null && activity !== null && av.partyReview.activities.includes(activity.type);
  return {
    keyContent,
    mounting: av.mounting && bodyCam ? { article: av.mounting.article, recorded: record.mounting !== null } : null,
    announcement:
      announcementApplies && av.announcement
        ? {
            article: av.announcement.article,
            wording: av.announcement.wording,
            given: record.announcementOffsetSeconds !== null,
          }
        : null,
    caseMetadata: av.caseMetadata
      ? { article: av.caseMetadata.article, missing: missingCaseMetadata(profile, record) }
      : null,
    partyReview:
      reviewApplies && av.partyReview
        ? { article: av.partyReview.article, recorded: record.partyReview !== null }
        : null,
  };
}

/** AV-05 … AV-11, AVS-01: everything the profile asks of one recording, and what it has. */
export function avRecordRules(
  profile: Pick<Profile, 'av' | 'avStorage'>,
  record: AvRecordFacts,
  activity: AvRecordActivity | null,
  calendar: HolidayCalendar,
): AvRecordRules {
  return {
    storage: avStorageStatus(profile, record, activity, calendar),
    ...avRecordContentRules(profile, record, activity),
  };
}
