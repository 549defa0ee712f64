import { activityTypes } from '../../cases/activities';
import { avRecordContentRules } from '../../profiles/av-record-rules';
import { activityAvStatus, avRequirementOf, enforcedAvLevels } from '../../profiles/av-requirements';
import { avStorageStatus } from '../../profiles/av-record-rules';
import type { AvLevel } from '../../profiles/profile';
import type { CaseSnapshot } from '../case-snapshot';
import { type ComplianceItem, type ComplianceStatus, deadlineStatus, severityOf } from '../compliance-item';
import type { ComplianceContext, ComplianceRule } from '../rule';
import { distinct } from './record-items';

type Activity = CaseSnapshot['activities'][number];
type AvRecord = CaseSnapshot['avRecords'][number];

const levelText: Record<AvLevel, { zh: string; en: string }> = {
  R: { zh: '须有音像记录', en: 'A/V required' },
  W: { zh: '须全过程音像记录', en: 'whole-process A/V required' },
  C: { zh: '须全程不间断音像记录', en: 'continuous A/V required' },
  WS: { zh: '条件允许时须全程录音录像', en: 'whole-process A/V where conditions allow' },
  O: { zh: '可音像记录', en: 'A/V optional' },
  L: { zh: '列明的音像记录事项', en: 'listed for A/V' },
  T: { zh: '文字记录', en: 'written record only' },
};

function people(activity: Activity, snapshot: CaseSnapshot): string[] {
  return distinct([...activity.officers.map((officer) => officer.userId), ...snapshot.handlerIds]);
}

function linkedTo(activity: Activity, snapshot: CaseSnapshot): AvRecord[] {
  return snapshot.avRecords.filter((record) => record.activityId === activity.id);
}

/**
 * AV-01 (with AV-02, AV-03, AV-10): each activity the profile's matrix obliges to have A/V. Until the storage deadline
 * of a recording made at the activity's end, missing A/V is still `open` (footage may be on its way); after it, it is
 * `overdue`. Partial or interrupted A/V is `missing` once that deadline passed. Exceptions and explained breaks are
 * listed for the supervisor.
 */
export const activityAvRule: ComplianceRule = {
  id: 'AV-01',
  requirementId: 'AV-01',
  applies: (profile) => profile.av.requirements.some((rule) => enforcedAvLevels.includes(rule.level)),
  evaluate({ profile, snapshot, now, calendar }) {
    const items: ComplianceItem[] = [];
    for (const activity of snapshot.activities) {
      const requirement = avRequirementOf(profile, activity, snapshot);
      if (!requirement || !enforcedAvLevels.includes(requirement.level)) continue;
      const records = linkedTo(activity, snapshot);
      const hasWrittenRecord = snapshot.documents.some(
        (document) => document.activityId === activity.id && document.status === 'final',
      );
      const status = activityAvStatus({
        profile,
        requirement,
        activity,
        records: records.map((record) => ({
          id: record.id,
          deviceNumber: record.deviceNumber,
          capturedFrom: record.capturedFrom,
          capturedTo: record.capturedTo,
        })),
        exception: activity.exception,
        gapNotes: activity.gapNotes,
        hasWrittenRecord,
      });
      // The storage deadline of a recording made at the activity's end: computed only for what is not yet settled.
      const settled = status.state === 'satisfied' || status.state === 'excepted' || status.state === 'explained';
      const due = settled
        ? { dueAt: null, provisional: false }
        : avStorageStatus(
            profile,
            { ...emptyFacts, capturedTo: activity.endedAt ?? activity.startedAt, receivedAt: now },
            { type: activity.type, endedAt: activity.endedAt, context: activity.context },
            calendar,
          );
      const label = activityTypes[activity.type];
      const need = levelText[requirement.level];
      let state: ComplianceStatus;
      let detail: { zh: string; en: string };
      switch (status.state) {
        case 'satisfied':
          state = 'done';
          detail = { zh: '已有', en: 'present' };
          break;
        case 'excepted':
          state = 'excepted';
          detail = { zh: `已记录例外：${activity.exception?.reason ?? '不适宜音像记录'}`, en: 'exception on record' };
          break;
        case 'explained':
          state = 'notice';
          detail = { zh: '音像记录有中断，已说明原因', en: 'the recording broke off; the reason is on record' };
          break;
        case 'missing': {
          state = deadlineStatus(due.dueAt, now);
          detail = { zh: '缺少音像记录', en: 'no A/V linked' };
          break;
        }
        default: {
          const passed = deadlineStatus(due.dueAt, now) === 'overdue';
          state = passed ? 'missing' : 'open';
          detail =
            status.state === 'interrupted'
              ? { zh: `音像记录中断 ${status.gaps.length} 处`, en: `${status.gaps.length} break(s) in the recording` }
              : { zh: '音像记录未覆盖活动全过程', en: 'the A/V does not cover the whole activity' };
        }
      }
      items.push({
        rule: 'AV-01',
        requirementId: status.state === 'interrupted' || status.state === 'explained' ? 'AV-03' : 'AV-01',
        article: requirement.article,
        status: state,
        severity: severityOf(state),
        subject: { type: 'activity', id: activity.id },
        message: {
          zh: `${label.zh}：${need.zh}，${detail.zh}`,
          en: `${label.en}: ${need.en}; ${detail.en}`,
        },
        responsibleIds: people(activity, snapshot),
        dueAt: due.dueAt,
        provisional: due.provisional,
      });
    }
    return items;
  },
};

const emptyFacts = {
  deviceType: null,
  capturedFrom: null,
  capturedTo: null,
  receivedAt: '',
  place: null,
  purpose: null,
  makerId: null,
  persons: null,
  summary: null,
  announcementOffsetSeconds: null,
  mounting: null,
  keyContent: null,
  partyReview: null,
  storageException: null,
};

function recordActivity(record: AvRecord, snapshot: CaseSnapshot) {
  const activity = snapshot.activities.find((candidate) => candidate.id === record.activityId);
  return activity ? { type: activity.type, endedAt: activity.endedAt, context: activity.context } : null;
}

function recordPeople(record: AvRecord, snapshot: CaseSnapshot): string[] {
  return distinct(
    [record.makerId, record.uploadedBy, ...snapshot.handlerIds].filter((id): id is string => id !== null),
  );
}

function recordItem(
  context: ComplianceContext,
  record: AvRecord,
  fields: Pick<ComplianceItem, 'rule' | 'requirementId' | 'article' | 'status' | 'message' | 'dueAt'>,
  provisional = false,
): ComplianceItem {
  return {
    rule: fields.rule,
    requirementId: fields.requirementId,
    article: fields.article,
    status: fields.status,
    severity: severityOf(fields.status),
    subject: { type: 'avRecord', id: record.id },
    message: fields.message,
    responsibleIds: recordPeople(record, context.snapshot),
    dueAt: fields.dueAt,
    provisional,
  };
}

/**
 * AVS-01: every recording of the case was stored by its due time. A recording stored late stays a violation with its
 * exact lateness; one whose capture time is unknown is open (the deadline cannot be computed).
 */
export const storageDeadlineRule: ComplianceRule = {
  id: 'AVS-01',
  requirementId: 'AVS-01',
  applies: () => true,
  evaluate(context) {
    return context.snapshot.avRecords.map((record) => {
      const storage = avStorageStatus(
        context.profile,
        record,
        recordActivity(record, context.snapshot),
        context.calendar,
      );
      const late = storage.lateBySeconds ?? 0;
      // Whole minutes, rounded up, then split: 1 h 59 min 30 s late reads "2 h 0 min", never "1 h 60 min".
      const lateMinutes = Math.ceil(late / 60);
      const hours = Math.floor(lateMinutes / 60);
      const minutes = lateMinutes % 60;
      const status: ComplianceStatus = storage.dueAt === null ? 'open' : late > 0 ? 'overdue' : 'done';
      return recordItem(
        context,
        record,
        {
          rule: 'AVS-01',
          requirementId: 'AVS-01',
          article: storage.article,
          status,
          dueAt: storage.dueAt,
          message:
            status === 'open'
              ? {
                  zh: '音像记录未填写制作时间，无法计算存储期限',
                  en: 'No capture time: the storage deadline is unknown',
                }
              : status === 'overdue'
                ? {
                    zh: `音像记录逾期 ${hours} 小时 ${minutes} 分存储`,
                    en: `Stored ${hours} h ${minutes} min after its deadline`,
                  }
                : { zh: '音像记录按时存储', en: 'Stored in time' },
        },
        storage.provisional,
      );
    });
  },
};

/**
 * AV-05, AV-06, AV-07, AV-11: what the profile asks of each recording — the key-content checklist answered, the
 * body-cam mounting and the announcement recorded, the party's review signed — open until done.
 */
export const recordingContentRule: ComplianceRule = {
  id: 'AV-05',
  requirementId: 'AV-05',
  applies: (profile) =>
    profile.av.keyContent !== null ||
    profile.av.mounting !== null ||
    profile.av.announcement !== null ||
    profile.av.partyReview !== null,
  evaluate(context) {
    const items: ComplianceItem[] = [];
    for (const record of context.snapshot.avRecords) {
      const rules = avRecordContentRules(context.profile, record, recordActivity(record, context.snapshot));
      const item = (
        rule: string,
        requirementId: string,
        article: string,
        done: boolean,
        message: { zh: string; en: string },
      ) =>
        items.push(
          recordItem(context, record, {
            rule,
            requirementId,
            article,
            status: done ? 'done' : 'open',
            dueAt: null,
            message,
          }),
        );
      if (rules.keyContent) {
        const open = rules.keyContent.items.filter((entry) => entry.value === null).length;
        item('AV-05', 'AV-05', rules.keyContent.article, open === 0, {
          zh: open === 0 ? '重点摄录内容已逐项确认' : `重点摄录内容尚有 ${open} 项未确认`,
          en: open === 0 ? 'Key content confirmed item by item' : `${open} key-content item(s) not confirmed`,
        });
      }
      if (rules.mounting) {
        item('AV-06', 'AV-06', rules.mounting.article, rules.mounting.recorded, {
          zh: rules.mounting.recorded ? '已记录执法记录仪佩戴位置' : '未记录执法记录仪佩戴位置',
          en: rules.mounting.recorded ? 'Body-cam mounting recorded' : 'Body-cam mounting not recorded',
        });
      }
      if (rules.announcement) {
        item('AV-07', 'AV-07', rules.announcement.article, rules.announcement.given, {
          zh: rules.announcement.given ? '已记录告知用语' : '未记录摄录前的告知',
          en: rules.announcement.given ? 'Announcement recorded' : 'No announcement recorded before recording',
        });
      }
      if (rules.partyReview) {
        item('AV-11', 'AV-11', rules.partyReview.article, rules.partyReview.recorded, {
          zh: rules.partyReview.recorded ? '当事人已查阅并签字（或记录拒签）' : '尚无当事人查阅签字记录',
          en: rules.partyReview.recorded ? 'The party reviewed and signed' : 'No review and signature by the party',
        });
      }
    }
    return items;
  },
};

export const avRules: readonly ComplianceRule[] = [activityAvRule, storageDeadlineRule, recordingContentRule];
