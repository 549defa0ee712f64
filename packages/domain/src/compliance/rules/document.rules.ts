import { findDocumentType } from '../../documents/catalog/index';
import { type DocumentType, type ProfileCode, signerRoles } from '../../documents/document-type';
import { checkSignatures, type DocumentSignature, validateDocument } from '../../documents/validate';
import type { CaseSnapshot } from '../case-snapshot';
import type { ComplianceItem, ComplianceStatus } from '../compliance-item';
import type { ComplianceContext, ComplianceRule } from '../rule';
import { familySeed, recordItem } from './record-items';

type Document = CaseSnapshot['documents'][number];

/** A draft is judged only once it has lain untouched this long: before that it is still being written. */
export const draftGraceHours = 24;

/** DEC-09 per seed: the decision document's mandatory contents (LX and XG do not itemise them). */
const decisionArticles: Partial<Record<ProfileCode, string>> = {
  BX: '000 第十二条',
  HS: '001 第二十条',
  FS: '003 第二十条',
};

/** SERV-01 … SERV-06 per seed: what each method of service must record (requirements.md §2.13). */
const serviceArticles: Record<string, Partial<Record<ProfileCode, string>>> = {
  'SERV-01': { HS: '001 第二十一条', LX: '002 第十八条' },
  'SERV-02': { BX: '000 第十五条', HS: '001 第二十二条', LX: '002 第十八条(一)', FS: '003 第二十二条' },
  'SERV-03': { BX: '000 第十七条', HS: '001 第二十三条', LX: '002 第十八条(二)', FS: '003 第二十四条' },
  'SERV-04': { BX: '000 第十六条', HS: '001 第二十四条', LX: '002 第十八条(三)', FS: '003 第二十三条' },
  'SERV-05': { BX: '000 第十八条', HS: '001 第二十五条', LX: '002 第十八条(三)', FS: '003 第二十五条' },
  'SERV-06': { BX: '000 第十九条', HS: '001 第二十六条', LX: '002 第十八条(五)', FS: '003 第二十六条' },
};

const serviceMethodRequirement: Record<string, string> = {
  direct: 'SERV-02',
  lodged: 'SERV-03',
  entrusted: 'SERV-05',
  forwarded: 'SERV-05',
};

/** Which requirement of SERV-02 … SERV-06 a proof of service answers, from its type and the method it records. */
export function serviceRequirementOf(document: Pick<Document, 'typeCode' | 'data'>): string {
  if (document.typeCode === 'postalProof') return 'SERV-04';
  if (document.typeCode === 'publicNotice') return 'SERV-06';
  const method = document.data.method;
  return (typeof method === 'string' && serviceMethodRequirement[method]) || 'SERV-01';
}

const serviceCodes: readonly string[] = ['serviceReceipt', 'postalProof', 'publicNotice'];

/** Stored signatures are untyped JSON: keep the entries that have the catalogue's shape. */
function signaturesOf(document: Document): DocumentSignature[] {
  return document.signatures.filter(
    (entry): entry is DocumentSignature =>
      typeof entry === 'object' &&
      entry !== null &&
      (signerRoles as readonly unknown[]).includes((entry as { role?: unknown }).role) &&
      typeof (entry as { signed?: unknown }).signed === 'boolean',
  );
}

type Judged = { type: DocumentType; status: ComplianceStatus; fields: string[]; signatures: number };

/**
 * SYS-03, INV-03: a final document must still pass its type's checks under the profile's family (its data could
 * predate a catalogue change): `missing` if not. A draft untouched for `draftGraceHours` that fails them is `open`; a
 * younger draft is not judged yet. Documents of unknown types or other statuses are left to their own rules.
 */
function judge(document: Document, { profile, now }: ComplianceContext): Judged | null {
  const type = findDocumentType(document.typeCode);
  if (!type) return null;
  const isFinal = document.status === 'final';
  if (!isFinal && document.status !== 'draft') return null;
  if (!isFinal && Date.parse(now) - Date.parse(document.updatedAt) < draftGraceHours * 3_600_000) return null;
  const options = { profile: profile.family, data: document.data };
  const fields = validateDocument(type, document.data, options).issues.map((issue) => issue.zh);
  const signatures = checkSignatures(type, signaturesOf(document), options).length;
  const ok = fields.length === 0 && signatures === 0;
  return { type, fields, signatures, status: ok ? 'done' : isFinal ? 'missing' : 'open' };
}

function message(document: Document, judged: Judged): { zh: string; en: string } {
  const { type, fields, signatures } = judged;
  const stage = document.status === 'final' ? { zh: '定稿', en: 'final' } : { zh: '草稿', en: 'draft' };
  if (judged.status === 'done') {
    return { zh: `《${type.zh}》（${stage.zh}）内容和签名齐全`, en: `${type.en} (${stage.en}): complete and signed` };
  }
  const listed = fields.slice(0, 5).join('；') + (fields.length > 5 ? '……' : '');
  const zh = [
    fields.length > 0 ? `${fields.length} 项内容不全或不合规（${listed}）` : null,
    signatures > 0 ? `${signatures} 处签名问题` : null,
  ];
  const en = [
    fields.length > 0 ? `${fields.length} field issue(s)` : null,
    signatures > 0 ? `${signatures} signature issue(s)` : null,
  ];
  return {
    zh: `《${type.zh}》（${stage.zh}）：${zh.filter(Boolean).join('，')}`,
    en: `${type.en} (${stage.en}): ${en.filter(Boolean).join(', ')}`,
  };
}

function itemsFor(
  context: ComplianceContext,
  select: (document: Document) => boolean,
  describe: (document: Document, judged: Judged) => { rule: string; requirementId: string; article: string | null },
): ComplianceItem[] {
  return context.snapshot.documents.filter(select).flatMap((document) => {
    const judged = judge(document, context);
    if (!judged) return [];
    return [
      recordItem({
        ...describe(document, judged),
        status: judged.status,
        subject: { type: 'document', id: document.id },
        message: message(document, judged),
        responsibleIds: [document.createdBy, ...context.snapshot.handlerIds],
      }),
    ];
  });
}

/**
 * SYS-03 (with INV-03 for signatures on investigation records): every other document is complete for the profile's
 * family. The article is the document type's own source in the profile's seed; under LX, SYS-03 itself.
 */
export const documentCompletenessRule: ComplianceRule = {
  id: 'SYS-03',
  requirementId: 'SYS-03',
  applies: () => true,
  evaluate(context) {
    const seed = familySeed[context.profile.family];
    return itemsFor(
      context,
      (document) => document.typeCode !== 'decisionDocument' && !serviceCodes.includes(document.typeCode),
      (_document, { type, fields }) => {
        const signaturesOnly =
          fields.length === 0 && (type.stage === 'investigation' || type.requirementIds.includes('INV-03'));
        const own = type.sources.find((source) => source.startsWith(`${seed} `));
        return {
          rule: 'SYS-03',
          requirementId: signaturesOnly ? 'INV-03' : 'SYS-03',
          article: own ?? (context.profile.family === 'LX' ? '002 第十九条(三), 第二十条' : null),
        };
      },
    );
  },
};

/** DEC-09: the decision document carries every section the profile requires (HS itemises; BX, FS: the reasons). */
export const decisionContentsRule: ComplianceRule = {
  id: 'DEC-09',
  requirementId: 'DEC-09',
  applies: () => true,
  evaluate(context) {
    return itemsFor(
      context,
      (document) => document.typeCode === 'decisionDocument',
      () => ({ rule: 'DEC-09', requirementId: 'DEC-09', article: decisionArticles[context.profile.family] ?? null }),
    );
  },
};

/** SERV-01 (SERV-02 … SERV-06): each proof of service records the facts and signatures its method requires. */
export const serviceProofRule: ComplianceRule = {
  id: 'SERV-01',
  requirementId: 'SERV-01',
  applies: () => true,
  evaluate(context) {
    return itemsFor(
      context,
      (document) => serviceCodes.includes(document.typeCode),
      (document) => {
        const requirementId = serviceRequirementOf(document);
        return {
          rule: 'SERV-01',
          requirementId,
          article: serviceArticles[requirementId]?.[context.profile.family] ?? null,
        };
      },
    );
  },
};

export const documentRules: readonly ComplianceRule[] = [
  documentCompletenessRule,
  decisionContentsRule,
  serviceProofRule,
];
