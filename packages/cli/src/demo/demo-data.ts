import type {
  ActivityType,
  ApprovalType,
  CaseAction,
  CaseProcedure,
  CaseSource,
  CaseStage,
  DocumentSignature,
  EnforcementAct,
  NotifiableRight,
  notificationMethods,
  Party,
  Role,
  UnitKind,
} from '@liuhen/domain';
import type { createCase } from './server-use-cases';

type CreateCaseBody = Parameters<typeof createCase>[2];

/**
 * The demonstration agency `liuhen demo` loads: a municipal human-resources-and-social-security bureau doing
 * labour inspection (劳动保障监察), its units and people, and cases spread over every stage and every initiation
 * source. Everything here is fictitious: the region code 99 and the `示例市` names do not exist.
 */

export const demoAgency = { name: '示例市人力资源和社会保障局', shortName: '示人社' } as const;

export const demoUnits = {
  section1: { name: '劳动保障监察一科', kind: 'enforcementSection' },
  section2: { name: '劳动保障监察二科', kind: 'enforcementSection' },
  legal: { name: '法制科', kind: 'legalAffairsUnit' },
  archive: { name: '档案室', kind: 'archiveRoom' },
} as const satisfies Record<string, { name: string; kind: UnitKind }>;
export type DemoUnitKey = keyof typeof demoUnits;

type DemoPersonSpec = {
  username: string;
  name: string;
  role: Role;
  unit: DemoUnitKey | null;
  title: string;
  certificate?: string;
};

/**
 * One person per role, with four certified officers (two per section, so each case has its two handlers, INV-01)
 * and a head for each section: a unit head reviews only the cases of their own unit (APPR-01, SYS-05).
 */
export const demoPeople = {
  zhangwei: {
    username: 'zhangwei',
    name: '张伟',
    role: 'officer',
    unit: 'section1',
    title: '一科执法人员',
    certificate: '示A-2024-000101',
  },
  lina: {
    username: 'lina',
    name: '李娜',
    role: 'officer',
    unit: 'section1',
    title: '一科执法人员',
    certificate: '示A-2024-000102',
  },
  wanglei: {
    username: 'wanglei',
    name: '王磊',
    role: 'officer',
    unit: 'section2',
    title: '二科执法人员',
    certificate: '示A-2024-000201',
  },
  liufang: {
    username: 'liufang',
    name: '刘芳',
    role: 'officer',
    unit: 'section2',
    title: '二科执法人员',
    certificate: '示A-2025-000202',
  },
  zhaomin: { username: 'zhaomin', name: '赵敏', role: 'unitHead', unit: 'section1', title: '一科科长' },
  sunqiang: { username: 'sunqiang', name: '孙强', role: 'unitHead', unit: 'section2', title: '二科科长' },
  liuyang: { username: 'liuyang', name: '刘洋', role: 'agencyHead', unit: null, title: '副局长' },
  chenjing: { username: 'chenjing', name: '陈静', role: 'legalAffairs', unit: 'legal', title: '法制科科员' },
  zhoumei: { username: 'zhoumei', name: '周梅', role: 'recordsCustodian', unit: 'archive', title: '档案管理员' },
  wuhao: { username: 'wuhao', name: '吴昊', role: 'auditor', unit: null, title: '审计员' },
} as const satisfies Record<string, DemoPersonSpec>;
export type DemoPersonKey = keyof typeof demoPeople;

export const demoCertificate = {
  issuingBody: '示例市人民政府',
  validFrom: '2024-03-01',
  validTo: '2029-02-28',
  establishmentStaff: true,
  passedUnifiedExam: true,
} as const;

/** The unit head who reviews a unit's approvals. */
export const unitHeadOf: Record<'section1' | 'section2', DemoPersonKey> = { section1: 'zhaomin', section2: 'sunqiang' };

// ---------------------------------------------------------------------------------------------------------------
// Steps

export type DemoDocument = { typeCode: string; data: Record<string, unknown>; signatures: DocumentSignature[] };

type Person = { name: string; role?: string; idNumber?: string };
type RightNotified = {
  right: NotifiableRight;
  method: (typeof notificationMethods)[number];
  at: string;
  note?: string;
};

export type DemoStep =
  | {
      kind: 'activity';
      type: ActivityType;
      startedAt: string;
      endedAt?: string;
      place: string;
      officers: readonly DemoPersonKey[];
      parties?: Person[];
      witnesses?: Person[];
      rightsNotified?: RightNotified[];
      summary?: string;
      documents?: DemoDocument[];
      /** AV-02: why the activity has no A/V, where the profile allows the exception (BX, FS). */
      avException?: { kind: 'unsuitable'; reason: string };
    }
  | { kind: 'document'; document: DemoDocument }
  | {
      kind: 'approval';
      type: ApprovalType;
      opinion: string;
      reasons: string;
      /** How far the chain goes: left `proposed` or `reviewed`, it waits on 工作台. */
      until?: 'proposed' | 'reviewed' | 'approved';
      reviewOpinion?: string;
      approveOpinion?: string;
    }
  | {
      kind: 'transition';
      action: CaseAction;
      reason?: string;
      complainantNotice?: { notifiedOn: string; method: string };
      referredTo?: string;
      /** Defaults to the first handler; 归档 is the records custodian's. */
      by?: DemoPersonKey;
    };

export type DemoCase = {
  /** What the case shows, for the progress line. */
  stage: CaseStage;
  unit: 'section1' | 'section2';
  handlers: readonly [DemoPersonKey, DemoPersonKey];
  act: EnforcementAct;
  procedure: CaseProcedure;
  source: CaseSource;
  realName?: boolean;
  cause: string;
  parties: Party[];
  intake: CreateCaseBody['intake'];
  emergency?: { reason: string };
  steps: DemoStep[];
};

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const at = (day: string, time: string) => `${day}T${time}:00+08:00`;

function officersOf(keys: readonly DemoPersonKey[]) {
  return keys.map((key) => {
    const person: DemoPersonSpec = demoPeople[key];
    return { name: person.name, certificateNumber: person.certificate ?? '' };
  });
}

const nameOf = (key: DemoPersonKey) => demoPeople[key].name;
const officerSigns = (key: DemoPersonKey): DocumentSignature => ({ role: 'officer', name: nameOf(key), signed: true });
const shownText = (keys: readonly DemoPersonKey[]) =>
  `执法人员${keys.map(nameOf).join('、')}向当事人出示了执法证件，并说明了来意。`;

function organisation(
  name: string,
  code: string,
  legalRepresentative: string,
  address: string,
  phone = '0999-8800' + code.slice(-4, -1),
): Party {
  return {
    kind: 'organisation',
    name,
    idDocument: { type: 'unifiedSocialCreditCode', number: code },
    legalRepresentative,
    address,
    phone,
  };
}

function register(reasons: string, day: string): DemoStep[] {
  return [
    { kind: 'approval', type: 'registration', opinion: '建议立案调查', reasons },
    { kind: 'transition', action: 'register', reason: `经机关负责人批准，于 ${day} 立案` },
  ];
}

function siteInspection(input: {
  handlers: readonly DemoPersonKey[];
  startedAt: string;
  endedAt: string;
  place: string;
  party: string;
  present: Person;
  findings: string;
  refusedToSign?: { reason: string; witness: string };
  avException?: { kind: 'unsuitable'; reason: string };
}): DemoStep {
  return {
    kind: 'activity',
    type: 'siteInspection',
    ...(input.avException ? { avException: input.avException } : {}),
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    place: input.place,
    officers: input.handlers,
    parties: [input.present],
    witnesses: input.refusedToSign ? [{ name: input.refusedToSign.witness, role: '见证人' }] : [],
    summary: input.findings,
    documents: [
      {
        typeCode: 'siteInspectionRecord',
        data: {
          startedAt: input.startedAt,
          place: input.place,
          officerCount: input.handlers.length,
          officers: officersOf(input.handlers),
          certificatesShown: shownText(input.handlers),
          party: { name: input.party },
          findings: input.findings,
        },
        signatures: [
          officerSigns(input.handlers[0]!),
          officerSigns(input.handlers[1]!),
          input.refusedToSign
            ? {
                role: 'party',
                name: input.present.name,
                signed: false,
                refusal: { reason: input.refusedToSign.reason, witnessName: input.refusedToSign.witness },
              }
            : { role: 'party', name: input.present.name, signed: true },
          ...(input.refusedToSign
            ? [{ role: 'witness' as const, name: input.refusedToSign.witness, signed: true }]
            : []),
        ],
      },
    ],
  };
}

function inquiry(input: {
  handlers: readonly DemoPersonKey[];
  startedAt: string;
  endedAt: string;
  place: string;
  interviewee: Person;
  questioning: string;
}): DemoStep {
  return {
    kind: 'activity',
    type: 'inquiry',
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    place: input.place,
    officers: input.handlers,
    parties: [input.interviewee],
    rightsNotified: [{ right: 'recusal', method: 'oralOnSite', at: input.startedAt, note: '被询问人表示不申请回避' }],
    summary: `询问${input.interviewee.name}`,
    documents: [
      {
        typeCode: 'inquiryTranscript',
        data: {
          startedAt: input.startedAt,
          endedAt: input.endedAt,
          place: input.place,
          officerCount: input.handlers.length,
          officers: officersOf(input.handlers),
          certificatesShown: shownText(input.handlers),
          interviewee: { name: input.interviewee.name },
          questioning: input.questioning,
        },
        signatures: [
          officerSigns(input.handlers[0]!),
          officerSigns(input.handlers[1]!),
          { role: 'party', name: input.interviewee.name, signed: true },
        ],
      },
    ],
  };
}

/** What a general-procedure penalty case needs from investigation to archive. */
type PenaltySpec = {
  number: number;
  unit: 'section1' | 'section2';
  handlers: readonly [DemoPersonKey, DemoPersonKey];
  party: string;
  place: string;
  contact: Person;
  /** Dates: register, inspect, question, end of investigation, legal review, advance notice, decision, service, payment, closing. */
  days: {
    register: string;
    inspect: string;
    question: string;
    end: string;
    legal?: string;
    notice?: string;
    decide?: string;
    serve?: string;
    pay?: string;
    close?: string;
  };
  registerReasons: string;
  findings: string;
  refusedToSign?: { reason: string; witness: string };
  questioning: string;
  evidence: string;
  facts: string;
  legalBasis: string;
  proposedDecision: string;
  fine: number;
};

/** The general procedure, step by step, until `until` (the stage the case is left in). */
function penaltyPath(spec: PenaltySpec, until: 'review' | 'service' | 'execution' | 'closed' | 'archived') {
  const [first, second] = spec.handlers;
  const head = unitHeadOf[spec.unit];
  const d = spec.days;
  const steps: DemoStep[] = [
    ...register(spec.registerReasons, d.register),
    siteInspection({
      handlers: spec.handlers,
      startedAt: at(d.inspect, '09:30'),
      endedAt: at(d.inspect, '11:10'),
      place: spec.place,
      party: spec.party,
      present: spec.contact,
      findings: spec.findings,
      ...(spec.refusedToSign ? { refusedToSign: spec.refusedToSign } : {}),
      // The finished cases' inspections were not filmed, for a reason on record (AV-02); the open ones still lack A/V.
      ...(until === 'closed' || until === 'archived'
        ? { avException: { kind: 'unsuitable', reason: '检查现场为当事人财务室，涉及其他单位商业秘密，不宜录像' } }
        : {}),
    }),
    inquiry({
      handlers: spec.handlers,
      startedAt: at(d.question, '14:00'),
      endedAt: at(d.question, '15:20'),
      place: '示例市人力资源和社会保障局劳动保障监察询问室',
      interviewee: spec.contact,
      questioning: spec.questioning,
    }),
    {
      kind: 'activity',
      type: 'investigationEnd',
      startedAt: at(d.end, '10:00'),
      place: '示例市人力资源和社会保障局',
      officers: spec.handlers,
      summary: '调查终结，制作调查终结报告并提出处理意见',
      documents: [
        {
          typeCode: 'investigationFinalReport',
          data: {
            documentNumber: `示人社监调终〔2026〕${spec.number}号`,
            issueDate: d.end,
            body: `经调查，${spec.facts}以上事实有${spec.evidence}等证据证实。建议：${spec.proposedDecision}`,
          },
          signatures: [officerSigns(first), officerSigns(second)],
        },
        {
          typeCode: 'handlingOpinion',
          data: {
            handler: `${nameOf(first)}、${nameOf(second)}`,
            unitReviewer: nameOf(head),
            party: { name: spec.party },
            evidence: spec.evidence,
            factsFound: spec.facts,
            legalBasis: spec.legalBasis,
            reasonsForApplying: '当事人的违法行为事实清楚、证据确凿，适用上述规定。',
            factorsConsidered: '当事人配合调查，违法情节一般，未造成严重社会影响。',
            proposedDecision: spec.proposedDecision,
            discretionReasons: '依据《示例市人力资源和社会保障行政处罚裁量基准》，属一般情形，在法定幅度内从轻确定。',
            issueDate: d.end,
          },
          signatures: [officerSigns(first), { role: 'reviewer', name: nameOf(head), signed: true }],
        },
      ],
    },
    { kind: 'transition', action: 'endInvestigation', reason: '调查终结，移送审查' },
  ];
  if (!d.legal) return steps;
  steps.push({
    kind: 'activity',
    type: 'legalReview',
    startedAt: at(d.legal, '15:00'),
    place: '法制科',
    officers: [first],
    parties: [{ name: nameOf('chenjing'), role: '法制审核人员' }],
    summary: '送法制科进行法制审核',
    documents: [
      {
        typeCode: 'legalReviewRecord',
        data: {
          reviewers: [{ name: nameOf('chenjing') }],
          opinion: '主体适格，事实清楚，证据确凿，定性准确，适用依据正确，程序合法，处理适当。',
          suggestions: '同意承办机构的处理意见；请在事先告知书中写明陈述、申辩的期限。',
          adoption: '承办机构已采纳。',
          issueDate: d.legal,
        },
        signatures: [{ role: 'legalReviewer', name: nameOf('chenjing'), signed: true }],
      },
    ],
  });
  if (until === 'review') return steps;
  const decisionNumber = `示人社监罚字〔2026〕${spec.number}号`;
  steps.push(
    {
      kind: 'activity',
      type: 'advanceNotice',
      startedAt: at(d.notice!, '10:00'),
      place: spec.place,
      officers: spec.handlers,
      parties: [spec.contact],
      rightsNotified: [
        { right: 'statement', method: 'writtenNotice', at: at(d.notice!, '10:00') },
        { right: 'defence', method: 'writtenNotice', at: at(d.notice!, '10:00') },
        ...(spec.fine >= 10000
          ? [{ right: 'hearing' as const, method: 'writtenNotice' as const, at: at(d.notice!, '10:00') }]
          : []),
      ],
      summary: '送达行政处罚事先告知书，告知陈述、申辩权利',
      documents: [
        {
          typeCode: 'advanceNotice',
          data: {
            documentNumber: `示人社监告字〔2026〕${spec.number}号`,
            party: { name: spec.party },
            intendedDecision: spec.proposedDecision,
            factsAndEvidence: `${spec.facts}证据：${spec.evidence}。`,
            reasons: '当事人的行为违反了劳动保障法律法规的规定。',
            legalBasis: spec.legalBasis,
            statementChannelAndDeadline:
              '你单位可在收到本告知书之日起三个工作日内向本机关提出陈述、申辩；逾期视为放弃。',
            notifiedOnSpot: false,
            issueDate: d.notice!,
          },
          signatures: [],
        },
      ],
    },
    {
      kind: 'activity',
      type: 'statementDefenceWaiver',
      startedAt: at(d.notice!, '10:20'),
      place: spec.place,
      officers: [first],
      parties: [spec.contact],
      summary: `${spec.contact.name}（${spec.contact.role ?? '当事人'}）收到事先告知书后当场书面表示：对拟作出的决定无异议，放弃陈述、申辩${spec.fine >= 10000 ? '和听证' : ''}的权利。`,
    },
    {
      kind: 'approval',
      type: 'decision',
      opinion: `建议作出行政处理决定：${spec.proposedDecision}`,
      reasons: '事实清楚，证据确凿，法制审核通过，当事人未提出陈述、申辩。',
      reviewOpinion: '经法制审核，同意承办机构意见。',
      approveOpinion: '同意，按此决定。',
    },
    {
      kind: 'activity',
      type: 'decision',
      startedAt: at(d.decide!, '16:00'),
      place: '示例市人力资源和社会保障局',
      officers: [first],
      summary: `作出${decisionNumber}决定书`,
      documents: [
        {
          typeCode: 'decisionDocument',
          data: {
            documentNumber: decisionNumber,
            party: { name: spec.party },
            factsAndEvidence: `${spec.facts}以上事实有${spec.evidence}为证。`,
            legalBasisAndReasons: spec.legalBasis,
            conclusion: spec.proposedDecision,
            ...(spec.fine > 0 ? { fineAmount: spec.fine } : {}),
            remedies:
              '如不服本决定，可在收到本决定书之日起六十日内向示例市人民政府申请行政复议，或者在六个月内向示例市东城区人民法院提起行政诉讼。',
            agencyName: demoAgency.name,
            sealAffixed: true,
            decisionDate: d.decide!,
          },
          signatures: [{ role: 'agencyHead', name: nameOf('liuyang'), signed: true }],
        },
      ],
    },
    { kind: 'transition', action: 'decide', reason: '经负责人审批，作出决定' },
  );
  if (until === 'service') return steps;
  steps.push(
    {
      kind: 'activity',
      type: 'service',
      startedAt: at(d.serve!, '10:30'),
      place: spec.place,
      officers: spec.handlers,
      parties: [spec.contact],
      rightsNotified: [
        { right: 'reconsideration', method: 'inDecisionDocument', at: at(d.serve!, '10:30') },
        { right: 'litigation', method: 'inDecisionDocument', at: at(d.serve!, '10:30') },
      ],
      summary: '直接送达决定书',
      documents: [
        {
          typeCode: 'serviceReceipt',
          data: {
            documentName: '行政处罚（处理）决定书',
            documentNumber: decisionNumber,
            method: 'direct',
            addressee: spec.party,
            server: `${nameOf(first)}、${nameOf(second)}`,
            servedAt: at(d.serve!, '10:30'),
            place: spec.place,
            recipient: spec.contact.name,
          },
          signatures: [
            { role: 'server', name: nameOf(first), signed: true },
            { role: 'recipient', name: spec.contact.name, signed: true },
          ],
        },
      ],
    },
    { kind: 'transition', action: 'serve', reason: '决定书已直接送达' },
  );
  if (until === 'execution') return steps;
  steps.push(
    {
      kind: 'activity',
      type: 'performance',
      startedAt: at(d.pay!, '09:00'),
      place: '示例市非税收入代收银行',
      officers: [first],
      summary: spec.fine > 0 ? `当事人已缴纳罚款 ${spec.fine} 元，并已改正违法行为` : '当事人已履行决定',
      documents:
        spec.fine > 0
          ? [
              {
                typeCode: 'fineReceipt',
                data: {
                  receiptNumber: `FS2026${String(spec.number).padStart(6, '0')}`,
                  payer: { name: spec.party },
                  amount: spec.fine,
                  paidOn: d.pay!,
                },
                signatures: [],
              },
            ]
          : [],
    },
    {
      kind: 'activity',
      type: 'closing',
      startedAt: at(d.close!, '09:30'),
      place: '示例市人力资源和社会保障局',
      officers: [first],
      summary: '决定已履行完毕，报请结案',
      documents: [
        {
          typeCode: 'caseClosingReport',
          data: {
            officersOpinion: '当事人已全部履行处理决定，建议结案。',
            unitHeadOpinion: '同意结案。',
            headApproval: '同意结案。',
            terminatedOn: d.pay!,
          },
          signatures: [
            officerSigns(first),
            { role: 'unitHead', name: nameOf(head), signed: true },
            { role: 'agencyHead', name: nameOf('liuyang'), signed: true },
          ],
        },
      ],
    },
    { kind: 'approval', type: 'closure', opinion: '建议结案', reasons: '处理决定已履行完毕，结案报告已制作。' },
    { kind: 'transition', action: 'close', reason: '决定已履行完毕，经批准结案' },
  );
  if (until === 'closed') return steps;
  steps.push({ kind: 'transition', action: 'archive', reason: '案卷整理完毕，移交档案室归档', by: 'zhoumei' });
  return steps;
}

// ---------------------------------------------------------------------------------------------------------------
// The cases

const companies = {
  hongyuan: organisation('示例市宏远建筑劳务有限公司', '91990100MA7DEMO01X', '周建国', '示例市东城区建设路 18 号'),
  jincheng: organisation('示例市锦程电子科技有限公司', '91990100MA7DEMO02P', '高峰', '示例市高新区创业大道 66 号'),
  fumanlou: organisation('示例市福满楼餐饮管理有限公司', '91990102MA7DEMO03H', '钱丽', '示例市西城区人民路 120 号'),
  hengxin: organisation(
    '示例市恒信物业服务有限公司',
    '91990102MA7DEMO04C',
    '马国强',
    '示例市西城区滨河小区物业服务中心',
  ),
  anju: organisation('示例市安居置业有限公司', '91990103MA7DEMO05U', '林涛', '示例市南城区安居花园项目部'),
  meijia: organisation('示例市美家家政服务有限公司', '92990103MA7DEMO06E', '何秀英', '示例市南城区幸福街 9 号'),
  shunda: organisation('示例市顺达物流有限公司', '91990104MA7DEMO07N', '郑强', '示例市北城区物流园 3 号库'),
  youpin: organisation('示例市优品超市有限公司', '91990104MA7DEMO08R', '冯海燕', '示例市北城区解放路 200 号'),
  xinlong: organisation(
    '示例市鑫隆钢结构工程有限公司',
    '91990100MA7DEMO09B',
    '韩金龙',
    '示例市经济开发区工业三路 7 号',
  ),
  huajian: organisation('示例市华建工程有限公司', '91990100MA7DEMO10F', '曹德明', '示例市东城区城南安置房项目工地'),
  jinggong: organisation('示例市精工机械制造有限公司', '91990105MA7DEMO11W', '袁志刚', '示例市经济开发区装备路 15 号'),
  shengshi: organisation('示例市盛世园林绿化工程有限公司', '91990105MA7DEMO12K', '邓文斌', '示例市东城区花卉市场东侧'),
  lantian: organisation(
    '示例市蓝天人力资源服务有限公司',
    '91990101MA7DEMO13T',
    '许冬梅',
    '示例市东城区商务大厦 1206 室',
  ),
  kaiyue: organisation('示例市凯悦酒店管理有限公司', '91990101MA7DEMO14A', '彭永红', '示例市东城区迎宾路 1 号'),
} as const;

const complainant = (name: string, phone: string, address: string) => ({ name, phone, address });

export const demoCases: DemoCase[] = [
  // 1. 投诉（实名）→ 调查取证: inquiry and site inspection with their transcripts.
  {
    stage: 'investigation',
    unit: 'section1',
    handlers: ['zhangwei', 'lina'],
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '拖欠劳动者工资',
    parties: [companies.hongyuan],
    intake: {
      receivedAt: at('2026-11-09', '09:20'),
      summary:
        '投诉人反映其在该公司承建的东城区学府路项目从事钢筋工，公司拖欠其 2026 年 8 月至 10 月工资共计 18600 元。',
      complainant: complainant('刘建军', '13900000101', '示例市东城区学府路 5 号工地宿舍'),
      violationEndedOn: '2026-10-31',
    },
    steps: [
      ...register(
        '投诉事项属于本机关管辖，投诉人提供了考勤记录和工资欠条，有初步证据证明存在拖欠工资行为。',
        '2026-11-10',
      ),
      siteInspection({
        handlers: ['zhangwei', 'lina'],
        startedAt: at('2026-11-12', '09:30'),
        endedAt: at('2026-11-12', '11:00'),
        place: '示例市东城区学府路项目部',
        party: companies.hongyuan.name,
        present: { name: '孙立军', role: '项目负责人' },
        findings:
          '项目部现有工人 46 人；现场调取 2026 年 8 月至 10 月考勤表 3 份、工资发放表 1 份。工资发放表显示 8 月以后未发放工资。',
      }),
      inquiry({
        handlers: ['zhangwei', 'lina'],
        startedAt: at('2026-11-16', '14:00'),
        endedAt: at('2026-11-16', '15:10'),
        place: '示例市人力资源和社会保障局劳动保障监察询问室',
        interviewee: { name: '周建国', role: '法定代表人' },
        questioning:
          '问：投诉人刘建军是否在你公司工作？答：是，是我们的钢筋班组工人。问：8 月至 10 月工资是否发放？答：因建设单位工程款未到位，暂未发放。问：拖欠多少人、多少金额？答：钢筋班组 12 人，约 21 万元。',
      }),
    ],
  },
  // 2. 举报（匿名）→ 审查决定: handling opinion and legal review; the decision approval waits for the agency head.
  {
    stage: 'review',
    unit: 'section1',
    handlers: ['lina', 'zhangwei'],
    act: 'penalty',
    procedure: 'general',
    source: 'report',
    realName: false,
    cause: '违法延长劳动者工作时间',
    parties: [companies.jincheng],
    intake: {
      receivedAt: at('2026-11-02', '10:15'),
      summary: '匿名举报该公司生产线工人每天工作 12 小时，每月仅休息 2 天，加班时间远超法定上限。',
      complainant: { name: '匿名举报人' },
      violationEndedOn: '2026-10-31',
    },
    steps: penaltyPath(
      {
        number: 2,
        unit: 'section1',
        handlers: ['lina', 'zhangwei'],
        party: companies.jincheng.name,
        place: '示例市高新区创业大道 66 号',
        contact: { name: '高峰', role: '法定代表人' },
        days: {
          register: '2026-11-03',
          inspect: '2026-11-05',
          question: '2026-11-10',
          end: '2026-11-18',
          legal: '2026-11-20',
        },
        registerReasons: '举报线索具体，涉及人数较多，有必要立案调查。',
        findings:
          '现场检查该公司 SMT 生产车间，调取 2026 年 9 月、10 月考勤记录。一线员工 86 人，月延长工作时间普遍在 90 小时以上。',
        questioning:
          '问：生产线实行几班制？答：两班倒，每班 12 小时。问：每月加班多少小时？答：订单多时大约 90 多小时。问：是否与工会和劳动者协商？答：没有。',
        evidence: '现场检查笔录、考勤记录、询问笔录、工资表',
        facts: '当事人 2026 年 9 月至 10 月安排 86 名生产线员工每月延长工作时间 90 小时以上，超过法定上限。',
        legalBasis: '《中华人民共和国劳动法》第四十一条、第九十条；《劳动保障监察条例》第二十五条。',
        proposedDecision: '给予警告，责令改正，并按受侵害劳动者每人 200 元处以罚款，共计 17200 元。',
        fine: 17200,
      },
      'review',
    ).concat([
      {
        kind: 'approval',
        type: 'decision',
        opinion: '建议给予警告，责令改正，并处罚款 17200 元。',
        reasons: '事实清楚，证据确凿，法制审核通过；已告知当事人陈述、申辩和听证权利。',
        reviewOpinion: '经法制审核，同意承办机构意见，请机关负责人审批。',
        until: 'reviewed',
      },
    ]),
  },
  // 3. 依职权（日常巡查）→ 执行: decided and served.
  {
    stage: 'execution',
    unit: 'section1',
    handlers: ['zhangwei', 'lina'],
    act: 'penalty',
    procedure: 'general',
    source: 'exOfficio',
    cause: '未与劳动者订立书面劳动合同',
    parties: [companies.fumanlou],
    intake: {
      receivedAt: at('2026-10-26', '10:00'),
      summary: '日常巡查中发现该公司后厨及服务人员 15 人均未签订书面劳动合同。',
    },
    steps: penaltyPath(
      {
        number: 3,
        unit: 'section1',
        handlers: ['zhangwei', 'lina'],
        party: companies.fumanlou.name,
        place: '示例市西城区人民路 120 号',
        contact: { name: '钱丽', role: '法定代表人' },
        days: {
          register: '2026-10-27',
          inspect: '2026-10-28',
          question: '2026-10-30',
          end: '2026-11-04',
          legal: '2026-11-05',
          notice: '2026-11-06',
          decide: '2026-11-13',
          serve: '2026-11-16',
        },
        registerReasons: '日常巡查发现用工不规范，涉及人数较多，依职权立案。',
        findings: '该店在岗员工 15 人，用人单位未能提供任何一人的书面劳动合同。员工花名册显示入职时间均超过一个月。',
        refusedToSign: { reason: '当事人称需请示总公司，拒绝在笔录上签名', witness: '王丽华（人民路社区工作人员）' },
        questioning:
          '问：你店员工是否签订了书面劳动合同？答：都没签，员工流动性大。问：员工入职多久了？答：大部分半年以上。',
        evidence: '现场检查笔录、员工花名册、工资发放记录、询问笔录',
        facts: '当事人自 2026 年 4 月起用工 15 人，超过一个月未与劳动者订立书面劳动合同。',
        legalBasis: '《中华人民共和国劳动合同法》第十条、第八十二条；《劳动保障监察条例》第二十四条。',
        proposedDecision: '责令当事人于 2026 年 11 月 30 日前与 15 名劳动者订立书面劳动合同。',
        fine: 0,
      },
      'execution',
    ),
  },
  // 4. 投诉（实名）→ 结案.
  {
    stage: 'closed',
    unit: 'section1',
    handlers: ['lina', 'zhangwei'],
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '未依法支付加班工资',
    parties: [companies.hengxin],
    intake: {
      receivedAt: at('2026-10-12', '15:40'),
      summary: '投诉人反映其作为保安员每月工作 26 天、每天 12 小时，公司从未支付加班工资。',
      complainant: complainant('赵海涛', '13900000102', '示例市西城区滨河小区 3 栋'),
      violationEndedOn: '2026-09-30',
    },
    steps: penaltyPath(
      {
        number: 4,
        unit: 'section1',
        handlers: ['lina', 'zhangwei'],
        party: companies.hengxin.name,
        place: '示例市西城区滨河小区物业服务中心',
        contact: { name: '马国强', role: '法定代表人' },
        days: {
          register: '2026-10-13',
          inspect: '2026-10-15',
          question: '2026-10-19',
          end: '2026-10-23',
          legal: '2026-10-26',
          notice: '2026-10-27',
          decide: '2026-11-03',
          serve: '2026-11-04',
          pay: '2026-11-11',
          close: '2026-11-13',
        },
        registerReasons: '投诉人提供了排班表和工资条，有初步证据。',
        findings: '调取保安员排班表、考勤表和工资发放表。保安员 8 人实行两班制，工资表中无加班工资项目。',
        questioning:
          '问：保安员工作时间如何安排？答：两班倒，每班 12 小时。问：是否支付加班费？答：工资里已包含，没有单独列出。',
        evidence: '排班表、考勤表、工资发放表、询问笔录',
        facts: '当事人 2026 年 1 月至 9 月未向 8 名保安员支付延长工作时间的工资报酬，共计 43200 元。',
        legalBasis: '《中华人民共和国劳动法》第四十四条、第九十一条；《劳动保障监察条例》第二十六条。',
        proposedDecision: '责令当事人于收到决定书之日起十五日内支付 8 名劳动者加班工资 43200 元，并处罚款 2000 元。',
        fine: 2000,
      },
      'closed',
    ),
  },
  // 5. 其他机关移送 → 归档.
  {
    stage: 'archived',
    unit: 'section2',
    handlers: ['wanglei', 'liufang'],
    act: 'penalty',
    procedure: 'general',
    source: 'referralIn',
    cause: '未按规定存储农民工工资保证金',
    parties: [companies.anju],
    intake: {
      receivedAt: at('2026-09-21', '09:00'),
      summary: '市住房和城乡建设局在施工许可核查中发现安居花园项目未存储农民工工资保证金，移送本机关处理。',
      referredBy: '示例市住房和城乡建设局',
      materials: ['移送函', '施工许可证复印件', '项目基本情况表'],
    },
    steps: penaltyPath(
      {
        number: 5,
        unit: 'section2',
        handlers: ['wanglei', 'liufang'],
        party: companies.anju.name,
        place: '示例市南城区安居花园项目部',
        contact: { name: '林涛', role: '法定代表人' },
        days: {
          register: '2026-09-22',
          inspect: '2026-09-24',
          question: '2026-09-28',
          end: '2026-10-09',
          legal: '2026-10-12',
          notice: '2026-10-13',
          decide: '2026-10-20',
          serve: '2026-10-21',
          pay: '2026-10-30',
          close: '2026-11-02',
        },
        registerReasons: '市住房和城乡建设局移送，材料齐全，属于本机关管辖。',
        findings: '项目已开工，总承包单位未在银行存储农民工工资保证金，亦未提交银行保函。',
        questioning: '问：项目开工时间？答：2026 年 7 月。问：是否存储工资保证金？答：资金紧张，还没存。',
        evidence: '移送材料、现场检查笔录、施工合同、询问笔录',
        facts: '当事人安居花园项目于 2026 年 7 月开工，至今未按规定存储农民工工资保证金。',
        legalBasis: '《保障农民工工资支付条例》第三十二条、第五十五条。',
        proposedDecision: '责令限期改正，并处罚款 50000 元。',
        fine: 50000,
      },
      'archived',
    ),
  },
  // 6. 简易程序：当场处罚 → 结案.
  {
    stage: 'closed',
    unit: 'section2',
    handlers: ['liufang', 'wanglei'],
    act: 'penalty',
    procedure: 'simplified',
    source: 'exOfficio',
    cause: '未按规定建立职工名册',
    parties: [companies.meijia],
    intake: {
      receivedAt: at('2026-11-11', '10:00'),
      summary: '日常检查中发现该公司经责令限期改正后逾期仍未建立职工名册。',
    },
    steps: [
      {
        kind: 'activity',
        type: 'decision',
        startedAt: at('2026-11-11', '10:40'),
        place: '示例市南城区幸福街 9 号',
        officers: ['liufang', 'wanglei'],
        parties: [{ name: '何秀英', role: '法定代表人' }],
        rightsNotified: [
          { right: 'statement', method: 'oralOnSite', at: at('2026-11-11', '10:40') },
          { right: 'defence', method: 'oralOnSite', at: at('2026-11-11', '10:40') },
          { right: 'reconsideration', method: 'inDecisionDocument', at: at('2026-11-11', '10:50') },
          { right: 'litigation', method: 'inDecisionDocument', at: at('2026-11-11', '10:50') },
        ],
        summary: '适用简易程序，当场作出处罚决定并送达',
        documents: [
          {
            typeCode: 'onSpotPenaltyDecision',
            data: {
              serialNumber: '示人社当罚〔2026〕0016',
              decidedAt: at('2026-11-11', '10:50'),
              place: '示例市南城区幸福街 9 号',
              officers: officersOf(['liufang', 'wanglei']),
              party: { name: companies.meijia.name },
              simplifiedConditions:
                '违法事实确凿并有法定依据，对法人处以三千元以下罚款，依据《中华人民共和国行政处罚法》第五十一条适用简易程序。',
              facts: '当事人经 2026 年 10 月 20 日责令限期改正后，逾期仍未建立职工名册。',
              legalBasis: '《中华人民共和国劳动合同法实施条例》第八条、第三十三条。',
              penalty: '罚款人民币贰仟元整。',
              fineAmount: 2000,
              rightsNotified: true,
              statementMade: false,
              fineCollectedOnSpot: false,
              servedOnSpot: true,
              filing: '已于当日报劳动保障监察二科备案。',
            },
            signatures: [
              officerSigns('liufang'),
              officerSigns('wanglei'),
              { role: 'party', name: '何秀英', signed: true },
            ],
          },
        ],
      },
      { kind: 'transition', action: 'decideOnSpot', reason: '当场作出处罚决定并送达' },
      {
        kind: 'activity',
        type: 'performance',
        startedAt: at('2026-11-16', '11:00'),
        place: '示例市非税收入代收银行',
        officers: ['liufang'],
        summary: '当事人已缴纳罚款 2000 元，并已建立职工名册',
        documents: [
          {
            typeCode: 'fineReceipt',
            data: {
              receiptNumber: 'FS2026000016',
              payer: { name: companies.meijia.name },
              amount: 2000,
              paidOn: '2026-11-16',
            },
            signatures: [],
          },
        ],
      },
      {
        kind: 'activity',
        type: 'closing',
        startedAt: at('2026-11-17', '09:00'),
        place: '示例市人力资源和社会保障局',
        officers: ['liufang'],
        summary: '罚款已缴纳，报请结案',
        documents: [
          {
            typeCode: 'caseClosingReport',
            data: {
              officersOpinion: '当事人已缴纳罚款并改正违法行为，建议结案。',
              unitHeadOpinion: '同意结案。',
              headApproval: '同意结案。',
              terminatedOn: '2026-11-16',
            },
            signatures: [
              officerSigns('liufang'),
              { role: 'unitHead', name: nameOf('sunqiang'), signed: true },
              { role: 'agencyHead', name: nameOf('liuyang'), signed: true },
            ],
          },
        ],
      },
      { kind: 'approval', type: 'closure', opinion: '建议结案', reasons: '罚款已缴纳，违法行为已改正。' },
      { kind: 'transition', action: 'close', reason: '经批准结案' },
    ],
  },
  // 7. 投诉超过二年 → 不予受理.
  {
    stage: 'notAccepted',
    unit: 'section2',
    handlers: ['wanglei', 'liufang'],
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '拖欠劳动者工资',
    parties: [companies.shunda],
    intake: {
      receivedAt: at('2026-11-17', '14:30'),
      summary: '投诉人反映其 2024 年 3 月离职时，公司拖欠其 2024 年 1 月至 3 月工资 9600 元。',
      complainant: complainant('吴志强', '13900000103', '示例市北城区和平里 12 号'),
      violationEndedOn: '2024-03-31',
    },
    steps: [
      {
        kind: 'approval',
        type: 'nonAcceptance',
        opinion: '建议不予受理',
        reasons:
          '投诉反映的违法行为于 2024 年 3 月终了，至投诉之日已逾二年，依据《劳动保障监察条例》第二十条不再查处。',
      },
      {
        kind: 'document',
        document: {
          typeCode: 'nonAcceptanceDecision',
          data: {
            documentNumber: '示人社监不受字〔2026〕1号',
            issueDate: '2026-11-19',
            body: '你于 2026 年 11 月 17 日反映示例市顺达物流有限公司拖欠工资一事，经审查，该违法行为于 2024 年 3 月终了，至投诉之日已超过二年。根据《劳动保障监察条例》第二十条的规定，本机关决定不予受理。你可依法向劳动人事争议仲裁委员会申请仲裁。',
            complainant: { name: '吴志强' },
          },
          signatures: [],
        },
      },
      { kind: 'transition', action: 'refuseAcceptance', reason: '违法行为终了逾二年，决定不予受理' },
    ],
  },
  // 8. 投诉（实名）→ 不予立案, with the notice to the complainant (INIT-06).
  {
    stage: 'notRegistered',
    unit: 'section2',
    handlers: ['liufang', 'wanglei'],
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '解除劳动合同未支付经济补偿',
    parties: [companies.youpin],
    intake: {
      receivedAt: at('2026-11-13', '09:45'),
      summary: '投诉人反映公司以其不胜任工作为由解除劳动合同，未支付经济补偿 15000 元，双方对解除理由存在争议。',
      complainant: complainant('陈晓红', '13900000104', '示例市北城区解放路 88 号'),
      violationEndedOn: '2026-10-15',
    },
    steps: [
      {
        kind: 'document',
        document: {
          typeCode: 'complaintRecord',
          data: {
            realName: true,
            complainant: { name: '陈晓红' },
            content: '公司以不胜任工作为由解除劳动合同，未支付经济补偿 15000 元。',
            receivedAt: at('2026-11-13', '09:45'),
            recorder: nameOf('liufang'),
            decision: 'notStart',
            handlingAndNotification: '已电话告知投诉人，并寄送书面告知书。',
            reviewResult:
              '双方对解除劳动合同的理由存在争议，属于劳动争议，应通过劳动人事争议仲裁解决，不属于劳动保障监察的查处范围。',
          },
          signatures: [officerSigns('liufang')],
        },
      },
      {
        kind: 'approval',
        type: 'nonRegistration',
        opinion: '建议不予立案，告知投诉人申请劳动仲裁',
        reasons: '投诉事项属于劳动争议，依据《劳动保障监察条例》第二十一条不予立案。',
      },
      {
        kind: 'transition',
        action: 'declineRegistration',
        reason: '投诉事项属于劳动争议，告知投诉人向劳动人事争议仲裁委员会申请仲裁',
        complainantNotice: { notifiedOn: '2026-11-18', method: '电话告知并邮寄书面告知书' },
      },
    ],
  },
  // 9. 举报（实名）→ 移送公安机关 (涉嫌拒不支付劳动报酬罪).
  {
    stage: 'referred',
    unit: 'section1',
    handlers: ['zhangwei', 'lina'],
    act: 'penalty',
    procedure: 'general',
    source: 'report',
    realName: true,
    cause: '拒不支付劳动报酬',
    parties: [companies.xinlong],
    intake: {
      receivedAt: at('2026-11-04', '08:50'),
      summary: '举报人反映公司拖欠 32 名工人工资共计 68 万元，经责令支付后仍不支付，法定代表人已失联。',
      complainant: complainant('黄国平', '13900000105', '示例市经济开发区工业三路宿舍区'),
      violationEndedOn: '2026-10-31',
    },
    steps: [
      {
        kind: 'document',
        document: {
          typeCode: 'caseReferralLetter',
          data: {
            documentNumber: '示人社监移字〔2026〕1号',
            recipient: '示例市公安局经济开发区分局',
            reason: 'suspectedCrime',
            materials: ['举报材料', '责令支付劳动报酬指令书及送达回证', '工资欠条及考勤记录复印件', '欠薪工人名单'],
            body: '示例市鑫隆钢结构工程有限公司拖欠 32 名劳动者劳动报酬 68 万元，经本机关责令支付后逾期仍不支付，法定代表人韩金龙下落不明，涉嫌拒不支付劳动报酬罪。根据《行政执法机关移送涉嫌犯罪案件的规定》，现将该案移送你局，请依法处理。',
            issueDate: '2026-11-20',
          },
          signatures: [],
        },
      },
      {
        kind: 'approval',
        type: 'referral',
        opinion: '建议移送公安机关',
        reasons: '涉嫌拒不支付劳动报酬罪，依法应当移送。',
      },
      {
        kind: 'transition',
        action: 'refer',
        reason: '涉嫌拒不支付劳动报酬罪，移送公安机关',
        referredTo: '示例市公安局经济开发区分局',
      },
    ],
  },
  // 10. 情况紧急先行启动: the retro-approval is proposed and waits for the section head's review.
  {
    stage: 'investigation',
    unit: 'section1',
    handlers: ['lina', 'zhangwei'],
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '拖欠农民工工资引发聚集',
    parties: [companies.huajian],
    intake: {
      receivedAt: at('2026-11-23', '08:10'),
      summary: '城南安置房项目约 40 名农民工聚集在项目部门口讨要工资，投诉人称拖欠 2026 年 9 月以来工资约 120 万元。',
      complainant: complainant('罗大勇', '13900000106', '示例市东城区城南安置房项目工地'),
      violationEndedOn: '2026-11-20',
    },
    emergency: { reason: '农民工聚集讨薪，可能引发群体性事件，需立即到场调查取证' },
    steps: [
      siteInspection({
        handlers: ['lina', 'zhangwei'],
        startedAt: at('2026-11-23', '08:40'),
        endedAt: at('2026-11-23', '10:30'),
        place: '示例市东城区城南安置房项目部',
        party: companies.huajian.name,
        present: { name: '曹德明', role: '法定代表人' },
        findings: '项目部门口聚集农民工约 40 人。现场调取劳务班组考勤表和工资支付台账，台账显示 9 月起未发放工资。',
      }),
      {
        kind: 'approval',
        type: 'retroRegistration',
        opinion: '情况紧急已先行调查，现补办立案批准手续',
        reasons: '农民工聚集讨薪，有引发群体性事件的现实危险，已于当日先行到场调查。',
        until: 'proposed',
      },
    ],
  },
  // 11. 依申请（综合计算工时工作制审批）→ 程序启动: the registration approval waits for the section head.
  {
    stage: 'initiation',
    unit: 'section2',
    handlers: ['wanglei', 'liufang'],
    act: 'licensing',
    procedure: 'general',
    source: 'onApplication',
    cause: '企业实行综合计算工时工作制审批',
    parties: [companies.jinggong],
    intake: {
      receivedAt: at('2026-11-20', '10:30'),
      summary: '申请单位因生产季节性特点，申请对铸造车间 120 名员工实行以季为周期的综合计算工时工作制。',
      complainant: { name: '示例市精工机械制造有限公司（委托代理人：袁晓燕）', phone: '13900000107' },
      materials: ['申请书', '营业执照复印件', '职工代表大会意见', '实施方案', '涉及岗位及人员名单'],
    },
    steps: [
      {
        kind: 'document',
        document: {
          typeCode: 'applicationReceipt',
          data: {
            documentNumber: '示人社监收字〔2026〕37号',
            issueDate: '2026-11-20',
            body: '你单位于 2026 年 11 月 20 日提交的实行综合计算工时工作制申请材料已收到，材料齐全，符合法定形式，予以受理。',
            applicant: { name: companies.jinggong.name },
          },
          signatures: [],
        },
      },
      {
        kind: 'approval',
        type: 'registration',
        opinion: '建议受理并启动审查程序',
        reasons: '申请材料齐全，符合法定形式。',
        until: 'proposed',
      },
    ],
  },
  // 12. 上级交办 → 送达: decided, the decision waits to be served.
  {
    stage: 'service',
    unit: 'section1',
    handlers: ['zhangwei', 'lina'],
    act: 'penalty',
    procedure: 'general',
    source: 'assignedBySuperior',
    cause: '未按规定实行农民工工资专用账户管理',
    parties: [companies.shengshi],
    intake: {
      receivedAt: at('2026-10-30', '11:00'),
      summary:
        '省人力资源和社会保障厅在根治欠薪专项检查中发现该公司承建的滨河公园绿化工程未开设农民工工资专用账户，交办本机关查处。',
      referredBy: '某省人力资源和社会保障厅',
    },
    steps: penaltyPath(
      {
        number: 12,
        unit: 'section1',
        handlers: ['zhangwei', 'lina'],
        party: companies.shengshi.name,
        place: '示例市滨河公园绿化工程项目部',
        contact: { name: '邓文斌', role: '法定代表人' },
        days: {
          register: '2026-10-31',
          inspect: '2026-11-03',
          question: '2026-11-05',
          end: '2026-11-10',
          legal: '2026-11-12',
          notice: '2026-11-13',
          decide: '2026-11-20',
        },
        registerReasons: '上级机关交办，线索明确。',
        findings: '项目部未开设农民工工资专用账户，工资由项目负责人以现金方式发放，现场无工资支付台账。',
        questioning: '问：项目是否开设了农民工工资专用账户？答：没有开设，工人工资一直发现金。',
        evidence: '交办函、现场检查笔录、施工合同、询问笔录',
        facts: '当事人承建滨河公园绿化工程，未按规定开设农民工工资专用账户，以现金方式发放工资。',
        legalBasis: '《保障农民工工资支付条例》第二十六条、第五十五条。',
        proposedDecision: '责令限期改正，并处罚款 20000 元。',
        fine: 20000,
      },
      'service',
    ),
  },
  // 13. 双随机抽查 → 终止: the company was dissolved during the investigation.
  {
    stage: 'terminated',
    unit: 'section2',
    handlers: ['wanglei', 'liufang'],
    act: 'inspection',
    procedure: 'general',
    source: 'doubleRandom',
    cause: '劳务派遣用工情况“双随机”抽查',
    parties: [companies.lantian],
    intake: {
      receivedAt: at('2026-11-02', '09:00'),
      summary:
        '根据 2026 年度“双随机、一公开”抽查计划，随机抽取该公司进行劳务派遣用工情况检查，随机选派执法人员王磊、刘芳。',
      inspection: {
        selectionMethod: 'doubleRandom',
        targetsDrawn:
          '从劳务派遣单位检查对象名录库（共 38 家）中随机抽取 4 家：示例市蓝天人力资源服务有限公司等；从执法人员名录库中随机匹配王磊、刘芳。',
        drawnAt: at('2026-10-30', '15:00'),
        plan: '示例市人力资源和社会保障局 2026 年度“双随机、一公开”抽查计划',
      },
    },
    steps: [
      ...register('列入 2026 年度“双随机”抽查名单，依计划实施检查。', '2026-11-03'),
      siteInspection({
        handlers: ['wanglei', 'liufang'],
        startedAt: at('2026-11-05', '14:00'),
        endedAt: at('2026-11-05', '15:00'),
        place: '示例市东城区商务大厦 1206 室',
        party: companies.lantian.name,
        present: { name: '物业管理员 孟凡', role: '见证人' },
        findings: '经营场所已人去楼空。经向市场监督管理部门核实，该公司已于 2026 年 10 月 28 日办理注销登记。',
      }),
      {
        kind: 'approval',
        type: 'termination',
        opinion: '建议终止',
        reasons: '被检查单位已依法注销，无权利义务承受人，检查无法继续进行。',
      },
      { kind: 'transition', action: 'terminate', reason: '被检查单位已注销，终止检查' },
    ],
  },
  // 14. 投诉（实名）→ 撤销立案: no employment relationship was found.
  {
    stage: 'registrationCancelled',
    unit: 'section2',
    handlers: ['liufang', 'wanglei'],
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '未依法缴纳社会保险费',
    parties: [companies.kaiyue],
    intake: {
      receivedAt: at('2026-11-05', '16:20'),
      summary: '投诉人反映其在该酒店工作一年，酒店未为其缴纳社会保险费。',
      complainant: complainant('杨帆', '13900000108', '示例市东城区迎宾路 30 号'),
      violationEndedOn: '2026-10-31',
    },
    steps: [
      ...register('投诉人提供了工作证照片，有初步证据。', '2026-11-06'),
      inquiry({
        handlers: ['liufang', 'wanglei'],
        startedAt: at('2026-11-10', '10:00'),
        endedAt: at('2026-11-10', '11:00'),
        place: '示例市东城区迎宾路 1 号',
        interviewee: { name: '彭永红', role: '法定代表人' },
        questioning:
          '问：杨帆是否为你酒店员工？答：不是，杨帆是示例市洁净保洁服务公司派来的保洁员，我们与该公司签有保洁服务外包合同。',
      }),
      {
        kind: 'approval',
        type: 'registrationCancellation',
        opinion: '建议撤销立案',
        reasons: '经调查，投诉人与被投诉单位不存在劳动关系，违法事实不能成立；已告知投诉人向其用人单位主张权利。',
      },
      { kind: 'transition', action: 'cancelRegistration', reason: '违法事实不能成立，撤销立案' },
    ],
  },
];
