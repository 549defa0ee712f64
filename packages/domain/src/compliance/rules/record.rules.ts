import { activityTypes } from '../../cases/activities';
import { findDocumentType } from '../../documents/catalog/index';
import type { ProfileCode } from '../../documents/document-type';
import type { Profile } from '../../profiles/profile';
import type { CaseSnapshot } from '../case-snapshot';
import type { ComplianceItem, ComplianceStatus } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { documentRules } from './document.rules';
import { activityPeople, recordItem, stageAt, stageRank } from './record-items';

type Activity = CaseSnapshot['activities'][number];
type Document = CaseSnapshot['documents'][number];

/** The catalogue's name of a document type, or its code when the catalogue does not know it. */
function documentName(code: string): { zh: string; en: string } {
  return findDocumentType(code) ?? { zh: code, en: code };
}

/**
 * INV-02 (INV-02-P): each activity the profile's `records.investigationDocuments` lists needs every document of its
 * entry, final and linked to it; `conditional` documents are shown by the seed, not enforced. `open` while the case
 * has not moved past the later of the investigation stage and the stage the activity happened in (replayed from the
 * case's events), `missing` after that. An activity type the table does not list has no item; a profile without the
 * table (XG: `null`) does not have the rule.
 */
export const activityDocumentsRule: ComplianceRule = {
  id: 'INV-02',
  requirementId: 'INV-02',
  applies: (profile) => profile.records.investigationDocuments !== null,
  evaluate({ profile, snapshot }) {
    const table = profile.records.investigationDocuments ?? [];
    return snapshot.activities.flatMap((activity) => {
      const entry = table.find((candidate) => candidate.activity === activity.type);
      return entry ? [activityDocumentsItem(activity, entry, snapshot)] : [];
    });
  },
};

function activityDocumentsItem(
  activity: Activity,
  entry: { documents: readonly string[]; article: string },
  snapshot: CaseSnapshot,
): ComplianceItem {
  const linked = snapshot.documents.filter((document) => document.activityId === activity.id);
  const lacking = entry.documents.filter(
    (code) => !linked.some((document) => document.typeCode === code && document.status === 'final'),
  );
  const lastStage = Math.max(stageRank('investigation'), stageRank(stageAt(snapshot, activity.startedAt)));
  const status: ComplianceStatus =
    lacking.length === 0 ? 'done' : stageRank(snapshot.stage) > lastStage ? 'missing' : 'open';
  const problems = lacking.map((code) => {
    const name = documentName(code);
    return linked.some((document) => document.typeCode === code)
      ? { zh: `《${name.zh}》尚未定稿`, en: `the ${name.en} is not final` }
      : { zh: `缺少《${name.zh}》`, en: `no ${name.en} linked` };
  });
  const detail =
    problems.length === 0
      ? { zh: '已有定稿文书', en: 'the required records are final and linked' }
      : { zh: problems.map((problem) => problem.zh).join('；'), en: problems.map((problem) => problem.en).join('; ') };
  const label = activityTypes[activity.type];
  return recordItem({
    rule: 'INV-02',
    requirementId: 'INV-02',
    article: entry.article,
    status,
    subject: { type: 'activity', id: activity.id },
    message: { zh: `${label.zh}：${detail.zh}`, en: `${label.en}: ${detail.en}` },
    responsibleIds: activityPeople(activity, snapshot),
  });
}

/**
 * Articles of one seed written as the seeds' tables write them: `002 第十九条(二), 第二十二条(二)`; articles of
 * different seeds are joined with `; `.
 */
export function joinArticles(articles: readonly string[]): string | null {
  const unique = [...new Set(articles)];
  const [first] = unique;
  if (first === undefined) return null;
  const seed = first.split(' ')[0] ?? '';
  if (!unique.every((article) => article.startsWith(`${seed} `))) return unique.join('; ');
  return `${seed} ${unique.map((article) => article.slice(seed.length + 1)).join(', ')}`;
}

type OfficerRule = { article: string | null; certificateNumbers: boolean; certificateDisplay: boolean };

/**
 * INV-01-P from the profile's `records.officerData`: which officer data the records state, and the articles. With
 * `null` only the general law's two officers (《行政处罚法》第四十二条) is checked, with article null.
 */
function officerRuleOf(profile: Profile): OfficerRule {
  const data = profile.records.officerData;
  if (!data) return { article: null, certificateNumbers: false, certificateDisplay: false };
  const asks = (item: (typeof data.items)[number]['data'][number]) =>
    data.items.some((entry) => entry.data.includes(item));
  return {
    article: joinArticles(data.items.map((item) => item.article)),
    certificateNumbers: asks('certificateNumbers'),
    certificateDisplay: asks('certificateDisplay'),
  };
}

/** What is wrong with an activity's officers under `rule`, in Chinese and English (empty when nothing). */
function officerProblems(officers: Activity['officers'], rule: OfficerRule): { zh: string[]; en: string[] } {
  const count = new Set(officers.map((officer) => officer.userId)).size;
  const noNumber = rule.certificateNumbers
    ? officers.filter((officer) => officer.certificateNumber.trim() === '').map((officer) => officer.name)
    : [];
  const notShown = rule.certificateDisplay
    ? officers.filter((officer) => !officer.certificateShown).map((officer) => officer.name)
    : [];
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
  return problems;
}

/**
 * INV-01 (INV-01-P): each activity that needs two officers had at least two distinct officers present, with the
 * certificate numbers and the display of certificates where the profile's `records.officerData` asks for them.
 * `missing` when not: the activity is over and nothing can repair it.
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
        const count = new Set(activity.officers.map((officer) => officer.userId)).size;
        const problems = officerProblems(activity.officers, rule);
        const label = activityTypes[activity.type];
        const ok = problems.zh.length === 0;
        const shown = rule.certificateDisplay ? { zh: '并出示证件', en: ', certificates shown' } : { zh: '', en: '' };
        return recordItem({
          rule: 'INV-01',
          requirementId: 'INV-01',
          article: rule.article,
          status: ok ? 'done' : 'missing',
          subject: { type: 'activity', id: activity.id },
          message: ok
            ? {
                zh: `${label.zh}：${count} 名执法人员在场${shown.zh}`,
                en: `${label.en}: ${count} officers present${shown.en}`,
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

/** Whether a document field holds content: not absent, not blank, not an empty list or an object of empty values. */
function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

/** The English name of a document type's field, or its key. */
function fieldName(code: string, key: string): string {
  return findDocumentType(code)?.fields.find((field) => field.key === key)?.en ?? key;
}

type OpinionTable = NonNullable<Profile['records']['handlingOpinion']>;

/** The profile's items (DEC-01-P) that `document` leaves without content. */
function lackingItems(document: Document, table: OpinionTable): OpinionTable['items'] {
  return table.items.filter((item) => !hasContent(document.data[item.id]));
}

/** The handling opinion's status and message: the newest final opinion made by the decision, and what it lacks. */
function opinionFinding(
  opinions: readonly Document[],
  table: OpinionTable,
  decided: boolean,
): { status: ComplianceStatus; message: { zh: string; en: string } } {
  const complete = opinions.some((document) => lackingItems(document, table).length === 0);
  if (complete) {
    return {
      status: 'done',
      message: { zh: '决定前已有定稿的案件处理意见', en: 'A final case-handling opinion precedes the decision' },
    };
  }
  const newest = [...opinions].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
  if (newest) {
    const lacking = lackingItems(newest, table);
    return {
      status: 'missing',
      message: {
        zh: `案件处理意见缺少应载明的内容：${lacking.map((item) => item.zh).join('、')}`,
        en: `The case-handling opinion lacks required content: ${lacking.map((item) => fieldName(table.document, item.id)).join(', ')}`,
      },
    };
  }
  return decided
    ? {
        status: 'missing',
        message: { zh: '作出决定前没有定稿的案件处理意见', en: 'Decided without a final case-handling opinion' },
      }
    : {
        status: 'open',
        message: {
          zh: '作出决定前须有定稿的案件处理意见',
          en: 'A final case-handling opinion is needed before deciding',
        },
      };
}

/**
 * DEC-01 (DEC-01-P): a general-procedure decision rests on a final handling opinion made before it, of the document
 * type and with every item of the profile's `records.handlingOpinion` (each item id a field of that document's data):
 * `open` while the case is in review without one, `missing` once decided without one made by then, or when the final
 * opinion leaves an item empty. A profile without the table (LX, XG) does not have the rule.
 */
export const handlingOpinionRule: ComplianceRule = {
  id: 'DEC-01',
  requirementId: 'DEC-01',
  applies: (profile) => profile.records.handlingOpinion !== null,
  evaluate({ profile, snapshot }) {
    const table = profile.records.handlingOpinion;
    if (!table || snapshot.procedure !== 'general') return [];
    const decided = snapshot.events.find((event) => event.action === 'decide');
    if (!decided && snapshot.stage !== 'review') return [];
    const opinions = snapshot.documents.filter(
      (document) =>
        document.typeCode === table.document &&
        document.status === 'final' &&
        (!decided || Date.parse(document.finalisedAt ?? document.updatedAt) <= Date.parse(decided.at)),
    );
    const { status, message } = opinionFinding(opinions, table, decided !== undefined);
    return [
      recordItem({
        rule: 'DEC-01',
        requirementId: 'DEC-01',
        article: table.article,
        status,
        subject: { type: 'case', id: snapshot.id },
        message,
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
