import { activityTypes, type ActivityType } from '../../cases/activities';
import { findDocumentType } from '../../documents/catalog/index';
import type { ProfileCode } from '../../documents/document-type';
import type { Profile } from '../../profiles/profile';
import type { ComplianceItem, ComplianceStatus } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { documentRules } from './document.rules';
import { activityPeople, recordItem, stageAt, stageRank } from './record-items';

/**
 * INV-02-P as data (fallback when the profile's `records.investigationDocuments` does not list the activity): the article of each seed that assigns documents to an investigation activity. An activity type or
 * profile not listed is still checked against the activity catalogue's documents, with article null.
 */
const activityDocumentArticles: Partial<Record<ActivityType, Partial<Record<ProfileCode, string>>>> = {
  inquiry: { BX: '000 第十条(一)', HS: '001 第十二条(三)', LX: '002 第七条', FS: '003 第十一条(1)' },
  evidenceCollection: { BX: '000 第十条(二)', HS: '001 第十二条(四)', FS: '003 第十一条(2)' },
  siteInspection: { BX: '000 第十条(三)', HS: '001 第十二条(二)', LX: '002 第七条', FS: '003 第十一条(3)' },
  sampling: { BX: '000 第十条(四)', HS: '001 第十二条(五)', FS: '003 第十一条(4)' },
  statementDefence: { BX: '000 第十条(五)', LX: '002 第八条', FS: '003 第十一条(5)' },
  hearing: { BX: '000 第十条(六)', LX: '002 第八条', FS: '003 第十一条(6)' },
  appraisalEntrustment: { BX: '000 第十条(七)', HS: '001 第十二条(七)', LX: '002 第七条', FS: '003 第十一条(7)' },
  advancePreservation: { HS: '001 第十二条(六)', LX: '002 第七条', FS: '003 第十三条' },
};

/**
 * INV-02: each activity whose type produces documents has a final document of one of those types linked to it. It is
 * `open` while the case has not moved past the later of the investigation stage and the stage the activity happened
 * in (replayed from the case's events), and `missing` after that: the record should have been made by then. XG states
 * no activity-to-document table, so the rule is silent there.
 */
export const activityDocumentsRule: ComplianceRule = {
  id: 'INV-02',
  requirementId: 'INV-02',
  applies: (profile) => profile.family !== 'XG',
  evaluate({ profile, snapshot }) {
    const items: ComplianceItem[] = [];
    for (const activity of snapshot.activities) {
      const types: readonly string[] = activityTypes[activity.type].documents;
      const [mainCode] = types;
      if (mainCode === undefined) continue;
      const linked = snapshot.documents.filter(
        (document) => document.activityId === activity.id && types.includes(document.typeCode),
      );
      const final = linked.some((document) => document.status === 'final');
      const lastStage = Math.max(stageRank('investigation'), stageRank(stageAt(snapshot, activity.startedAt)));
      const status: ComplianceStatus = final ? 'done' : stageRank(snapshot.stage) > lastStage ? 'missing' : 'open';
      const label = activityTypes[activity.type];
      const main = findDocumentType(mainCode) ?? { zh: mainCode, en: mainCode };
      const detail = final
        ? { zh: '已有定稿文书', en: 'a final record is linked' }
        : linked.length > 0
          ? { zh: `《${main.zh}》等文书尚未定稿`, en: `the ${main.en} (or its companions) is not final` }
          : { zh: `缺少《${main.zh}》等文书`, en: `no ${main.en} (or companion document) linked` };
      items.push(
        recordItem({
          rule: 'INV-02',
          requirementId: 'INV-02',
          article:
            profile.records.investigationDocuments?.find((entry) => entry.activity === activity.type)?.article ??
            activityDocumentArticles[activity.type]?.[profile.family] ??
            null,
          status,
          subject: { type: 'activity', id: activity.id },
          message: { zh: `${label.zh}：${detail.zh}`, en: `${label.en}: ${detail.en}` },
          responsibleIds: activityPeople(activity, snapshot),
        }),
      );
    }
    return items;
  },
};

/**
 * INV-01-P: the article per seed, and whether it asks for certificate numbers (LX and XG ask only that certificates be
 * shown). Two officers present is the general law (《行政处罚法》第四十二条) and is checked under every profile.
 */
const officerRules: Record<ProfileCode, { article: string; certificateNumbers: boolean }> = {
  BX: { article: '000 第八条', certificateNumbers: true },
  HS: { article: '001 第十二条(一)', certificateNumbers: true },
  LX: { article: '002 第十九条(二), 第二十二条(二)', certificateNumbers: false },
  FS: { article: '003 第九条', certificateNumbers: true },
  XG: { article: '004 第十七条', certificateNumbers: false },
};

/** The profile's `records.officerData` (INV-01-P) when given, else the family's seeded defaults above. */
function officerRuleOf(profile: Profile): { article: string; certificateNumbers: boolean } {
  const data = profile.records.officerData;
  if (!data) return officerRules[profile.family];
  return {
    article: data.items.map((item) => item.article).join('; '),
    certificateNumbers: data.items.some((item) => item.data.includes('certificateNumbers')),
  };
}

/**
 * INV-01: each activity that needs two officers had at least two distinct officers present, each with the certificate
 * number where the seed asks for it, each certificate shown to the counterpart. `missing` when not: the activity is
 * over and nothing can repair it.
 */
export const officersPresentRule: ComplianceRule = {
  id: 'INV-01',
  requirementId: 'INV-01',
  applies: () => true,
  evaluate({ profile, snapshot }) {
    const rule = officerRuleOf(profile);
    return snapshot.activities
      .filter((activity) => activityTypes[activity.type].needsTwoOfficers)
      .map((activity) => {
        const officers = activity.officers;
        const count = new Set(officers.map((officer) => officer.userId)).size;
        const noNumber = rule.certificateNumbers
          ? officers.filter((officer) => officer.certificateNumber.trim() === '').map((officer) => officer.name)
          : [];
        const notShown = officers.filter((officer) => !officer.certificateShown).map((officer) => officer.name);
        const problems = { zh: [] as string[], en: [] as string[] };
        if (count < 2) {
          problems.zh.push(`在场执法人员仅 ${count} 名`);
          problems.en.push(`only ${count} officer(s) present`);
        }
        if (noNumber.length > 0) {
          problems.zh.push(`未记录执法证件编号：${noNumber.join('、')}`);
          problems.en.push(`no certificate number for ${noNumber.join(', ')}`);
        }
        if (notShown.length > 0) {
          problems.zh.push(`未记录出示执法证件：${notShown.join('、')}`);
          problems.en.push(`certificate not recorded as shown by ${notShown.join(', ')}`);
        }
        const label = activityTypes[activity.type];
        const ok = problems.zh.length === 0;
        return recordItem({
          rule: 'INV-01',
          requirementId: 'INV-01',
          article: rule.article,
          status: ok ? 'done' : 'missing',
          subject: { type: 'activity', id: activity.id },
          message: ok
            ? {
                zh: `${label.zh}：${count} 名执法人员在场并出示证件`,
                en: `${label.en}: ${count} officers present, certificates shown`,
              }
            : { zh: `${label.zh}：${problems.zh.join('；')}`, en: `${label.en}: ${problems.en.join('; ')}` },
          responsibleIds: activityPeople(activity, snapshot),
        });
      });
  },
};

/** RIGHT-01 per seed. Elsewhere notice before a penalty is still the general law (《行政处罚法》第四十四条). */
const rightsArticles: Partial<Record<ProfileCode, string>> = { BX: '000 第九条', FS: '003 第十条' };

/**
 * RIGHT-01: once the case is decided (`decide` or `decideOnSpot`), the rights of statement and defence were notified
 * at or before the decision — recorded on activities, or by a final advance notice (事先告知书) made by then. Under a
 * profile whose seed does not state RIGHT-01 only penalty cases are checked, with article null.
 */
export const rightsNotifiedRule: ComplianceRule = {
  id: 'RIGHT-01',
  requirementId: 'RIGHT-01',
  applies: () => true,
  evaluate({ profile, snapshot }) {
    const decision = snapshot.events.find((event) => event.action === 'decide' || event.action === 'decideOnSpot');
    const article = rightsArticles[profile.family] ?? null;
    if (!decision || (article === null && snapshot.act !== 'penalty')) return [];
    const by = Date.parse(decision.at);
    const notified = new Set(
      snapshot.activities.flatMap((activity) =>
        activity.rightsNotified.filter((entry) => Date.parse(entry.at) <= by).map((entry) => entry.right),
      ),
    );
    const advanceNotice = snapshot.documents.some(
      (document) =>
        document.typeCode === 'advanceNotice' && document.status === 'final' && Date.parse(document.updatedAt) <= by,
    );
    const done = advanceNotice || (notified.has('statement') && notified.has('defence'));
    return [
      recordItem({
        rule: 'RIGHT-01',
        requirementId: 'RIGHT-01',
        article,
        status: done ? 'done' : 'missing',
        subject: { type: 'case', id: snapshot.id },
        message: done
          ? { zh: '决定前已告知陈述、申辩权利', en: 'Statement and defence rights notified before the decision' }
          : {
              zh: '作出决定前没有告知陈述、申辩权利的记录',
              en: 'No record that the rights of statement and defence were notified before the decision',
            },
        responsibleIds: snapshot.handlerIds,
      }),
    ];
  },
};

/** DEC-01-P: the seeds that require a handling opinion before the decision. */
const opinionArticles: Partial<Record<ProfileCode, string>> = {
  BX: '000 第十三条',
  HS: '001 第十七条, 第十八条',
  FS: '003 第十五条',
};

/** The profile's `records.handlingOpinion` (DEC-01-P) article when given, else the family's seeded default. */
function opinionArticleOf(profile: Profile): string | null {
  return profile.records.handlingOpinion?.article ?? opinionArticles[profile.family] ?? null;
}

/**
 * DEC-01 (BX, HS, FS): a general-procedure decision rests on a final handling opinion (处理意见) made before it:
 * `open` while the case is in review without one, `missing` once decided without one made by then.
 */
export const handlingOpinionRule: ComplianceRule = {
  id: 'DEC-01',
  requirementId: 'DEC-01',
  applies: (profile) => opinionArticleOf(profile) !== null,
  evaluate({ profile, snapshot }) {
    if (snapshot.procedure !== 'general') return [];
    const decided = snapshot.events.find((event) => event.action === 'decide');
    if (!decided && snapshot.stage !== 'review') return [];
    const opinion = snapshot.documents.some(
      (document) =>
        document.typeCode === 'handlingOpinion' &&
        document.status === 'final' &&
        (!decided || Date.parse(document.updatedAt) <= Date.parse(decided.at)),
    );
    const status: ComplianceStatus = opinion ? 'done' : decided ? 'missing' : 'open';
    return [
      recordItem({
        rule: 'DEC-01',
        requirementId: 'DEC-01',
        article: opinionArticleOf(profile),
        status,
        subject: { type: 'case', id: snapshot.id },
        message: opinion
          ? { zh: '决定前已有定稿的案件处理意见', en: 'A final case-handling opinion precedes the decision' }
          : decided
            ? { zh: '作出决定前没有定稿的案件处理意见', en: 'Decided without a final case-handling opinion' }
            : { zh: '作出决定前须有定稿的案件处理意见', en: 'A final case-handling opinion is needed before deciding' },
        responsibleIds: snapshot.handlerIds,
      }),
    ];
  },
};

/**
 * Rules on written records (issue 6): documents an activity produces, officers present, document completeness and
 * signatures, decision contents, proofs of service, rights notified and the handling opinion before a decision.
 */
export const recordRules: readonly ComplianceRule[] = [
  activityDocumentsRule,
  officersPresentRule,
  ...documentRules,
  rightsNotifiedRule,
  handlingOpinionRule,
];
