import { addCalendarDays, endOfLocalDay } from '../../calendar/workdays';
import { localDateOf } from '../../shared/time';
import { type ComplianceItem, type ComplianceStatus, deadlineStatus, severityOf } from '../compliance-item';
import type { ComplianceContext, ComplianceRule } from '../rule';
import { distinct } from './record-items';

/**
 * An obligation with a deadline: done in time, done late (a violation that stays), or still open / due soon /
 * overdue as of now. The subject is the case unless given; `doneOn` names the day it was done in a late message.
 */
export function timed(input: {
  context: ComplianceContext;
  rule: string;
  requirementId: string;
  article: string | null;
  dueAt: string;
  doneAt: string | null;
  doneOn?: string;
  subject?: ComplianceItem['subject'];
  provisional: boolean;
  responsibleIds: readonly string[];
  text: { zh: string; en: string };
}): ComplianceItem {
  const { doneAt, dueAt } = input;
  const late = doneAt !== null && Date.parse(doneAt) > Date.parse(dueAt);
  const status: ComplianceStatus =
    doneAt === null ? deadlineStatus(dueAt, input.context.now) : late ? 'overdue' : 'done';
  const suffix =
    status === 'done'
      ? { zh: '（已按期完成）', en: ' (done in time)' }
      : late
        ? input.doneOn
          ? { zh: `（${input.doneOn}完成，已逾期）`, en: ` (done on ${input.doneOn}, late)` }
          : { zh: '（已完成，但逾期）', en: ' (done, but late)' }
        : status === 'overdue'
          ? { zh: '（已逾期）', en: ' (overdue)' }
          : { zh: '（待办）', en: ' (to do)' };
  return {
    rule: input.rule,
    requirementId: input.requirementId,
    article: input.article,
    status,
    severity: severityOf(status),
    subject: input.subject ?? { type: 'case', id: input.context.snapshot.id },
    message: { zh: `${input.text.zh}${suffix.zh}`, en: `${input.text.en}${suffix.en}` },
    responsibleIds: distinct(input.responsibleIds),
    dueAt,
    provisional: input.provisional,
  };
}

/**
 * INIT-07: an emergency start is reported and approved within the profile's hours (HS, FS: 24 h). Under a profile
 * without the emergency provision, an emergency start is itself a finding.
 */
export const emergencyRule: ComplianceRule = {
  id: 'INIT-07',
  requirementId: 'INIT-07',
  applies: () => true,
  evaluate(context) {
    const { snapshot, profile } = context;
    if (!snapshot.emergency) return [];
    const rule = profile.deadlines.emergencyRetroApproval;
    if (!rule) {
      const status: ComplianceStatus = 'missing';
      return [
        {
          rule: 'INIT-07.notProvided',
          requirementId: 'INIT-07',
          article: null,
          status,
          severity: severityOf(status),
          subject: { type: 'case', id: snapshot.id },
          message: {
            zh: '本规定未规定情况紧急先行启动程序，本案却先行启动',
            en: 'The case was started as an emergency, which this profile does not provide for',
          },
          responsibleIds: snapshot.handlerIds,
          dueAt: null,
          provisional: false,
        },
      ];
    }
    const dueAt = new Date(Date.parse(snapshot.emergency.startedAt) + rule.hours * 3_600_000).toISOString();
    return [
      timed({
        context,
        rule: 'INIT-07',
        requirementId: 'INIT-07',
        article: rule.article,
        dueAt,
        doneAt: snapshot.emergency.retroApprovedAt,
        provisional: false,
        responsibleIds: snapshot.handlerIds,
        text: {
          zh: `紧急启动后 ${rule.hours} 小时内报${rule.approver}补办批准`,
          en: `Emergency start reported and approved by the ${rule.approver} within ${rule.hours} h`,
        },
      }),
    ];
  },
};

/** HEAR-04 (LX 第八条): the hearing report within the profile's working days after the hearing. */
export const hearingReportRule: ComplianceRule = {
  id: 'HEAR-04',
  requirementId: 'HEAR-04',
  applies: (profile) => profile.deadlines.hearingReport !== null,
  evaluate(context) {
    const rule = context.profile.deadlines.hearingReport;
    const report = context.snapshot.hearingReport;
    if (!rule || !report) return [];
    return [
      timed({
        context,
        rule: 'HEAR-04',
        requirementId: 'HEAR-04',
        article: rule.article,
        dueAt: report.dueAt,
        doneAt: report.reportedAt,
        provisional: report.provisional,
        responsibleIds: context.snapshot.handlerIds,
        text: {
          zh: `听证结束后 ${rule.workingDays} 个工作日内写出听证报告`,
          en: `Hearing report within ${rule.workingDays} working days of the hearing`,
        },
      }),
    ];
  },
};

/** EXEC-02: the rectification is verified on its deadline (BX, LX, FS 按期核查). */
export const rectificationRule: ComplianceRule = {
  id: 'EXEC-02',
  requirementId: 'EXEC-02',
  applies: (profile) => profile.deadlines.rectificationCheck !== null,
  evaluate(context) {
    const rule = context.profile.deadlines.rectificationCheck;
    const rectification = context.snapshot.rectification;
    if (!rule || !rectification) return [];
    return [
      timed({
        context,
        rule: 'EXEC-02',
        requirementId: 'EXEC-02',
        article: rule.article,
        dueAt: rectification.dueAt,
        doneAt: rectification.checkedAt,
        provisional: false,
        responsibleIds: context.snapshot.handlerIds,
        text: { zh: '按期核查责令改正情况', en: 'Rectification verified on its deadline' },
      }),
    ];
  },
};

/** ARCH-01-P: the anchor of the archiving period in the profile's own words (CLOSE-02). */
export const archiveAnchorText = {
  termination: { zh: '行政执法行为终结之日', en: 'the end of the enforcement act' },
  completion: { zh: '行政执法事项办理完毕之日', en: 'the completion of the enforcement matter' },
} as const;

/**
 * ARCH-01, CLOSE-02: a case closed or terminated is archived within the profile's days of the day the enforcement act
 * ended (the `endedOn` recorded at close or terminate; for cases closed before it was recorded, the day of that
 * event): N natural days, to 24:00 Asia/Shanghai, moved to the next working day when the last day is a day off
 * (IMPL-15). Open cases have no item yet.
 */
export const archiveRule: ComplianceRule = {
  id: 'ARCH-01',
  requirementId: 'ARCH-01',
  applies: (profile) => profile.deadlines.archive !== null,
  evaluate(context) {
    const rule = context.profile.deadlines.archive;
    const end = context.snapshot.events.find((event) => event.action === 'close' || event.action === 'terminate');
    if (!rule || !end) return [];
    const archived = context.snapshot.events.find((event) => event.action === 'archive');
    const endedOn = context.snapshot.endedOn ?? localDateOf(end.at);
    const due = addCalendarDays(endedOn, rule.days, context.calendar);
    const dueAt = endOfLocalDay(due.due);
    const anchor = archiveAnchorText[rule.anchor];
    return [
      timed({
        context,
        rule: 'ARCH-01',
        requirementId: 'ARCH-01',
        article: rule.article,
        dueAt,
        doneAt: archived?.at ?? null,
        provisional: due.provisional,
        responsibleIds: context.snapshot.handlerIds,
        text: {
          zh: `${anchor.zh}（${endedOn}）起 ${rule.days} 日内归档`,
          en: `Archived within ${rule.days} days of ${anchor.en} (${endedOn})`,
        },
      }),
    ];
  },
};

/** EXEC-03: no compulsory execution without a final demand notice (催告) before it. */
export const demandBeforeExecutionRule: ComplianceRule = {
  id: 'EXEC-03',
  requirementId: 'EXEC-03',
  applies: () => true,
  evaluate(context) {
    const { snapshot } = context;
    return snapshot.activities
      .filter((activity) => activity.type === 'compulsoryExecution')
      .map((activity) => {
        const demanded = snapshot.documents.some(
          (document) =>
            document.typeCode === 'demandNotice' &&
            document.status === 'final' &&
            Date.parse(document.updatedAt) <= Date.parse(activity.startedAt),
        );
        const status: ComplianceStatus = demanded ? 'done' : 'missing';
        return {
          rule: 'EXEC-03',
          requirementId: 'EXEC-03',
          article: null,
          status,
          severity: severityOf(status),
          subject: { type: 'activity' as const, id: activity.id },
          message: demanded
            ? { zh: '强制执行前已催告', en: 'Demand served before compulsory execution' }
            : { zh: '强制执行前没有已定稿的催告书', en: 'No final demand notice before compulsory execution' },
          responsibleIds: snapshot.handlerIds,
          dueAt: null,
          provisional: false,
        };
      });
  },
};

export const deadlineRules: readonly ComplianceRule[] = [
  emergencyRule,
  hearingReportRule,
  rectificationRule,
  archiveRule,
  demandBeforeExecutionRule,
];
