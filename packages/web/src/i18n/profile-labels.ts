import type { ActivityBody } from '@liuhen/contracts';
import {
  type AvLevel,
  caseMetadataFields,
  coerciveMeasureKinds,
  executionMethods,
  type Profile,
  serviceMethods,
} from '@liuhen/domain';
import type { Label } from './language-context';

/**
 * `{ zh, en }` labels of the jurisdiction-profile vocabulary (GEN-01, AV-01 … AV-11, AVS-01): A/V levels and
 * states, the activity variants the A/V matrix distinguishes, and the storage rules.
 */

export { caseMetadataFields, coerciveMeasureKinds, executionMethods, serviceMethods };
export type { AvLevel, Profile };
export type ActivityAv = ActivityBody['av'];
export type ActivityAvState = ActivityAv['state'];
export type AvExceptionKind = NonNullable<ActivityAv['exception']>['kind'];
export type ServiceMethod = (typeof serviceMethods)[number];
export type CoerciveMeasureKind = (typeof coerciveMeasureKinds)[number];
export type ExecutionMethod = (typeof executionMethods)[number];
export type CaseMetadataField = (typeof caseMetadataFields)[number];

/** AV-01-P levels, in the order of the legend (strictest first). */
export const avLevelOrder: readonly AvLevel[] = ['C', 'W', 'WS', 'R', 'O', 'L', 'T'];

export const avLevelLabels: Record<AvLevel, Label> = {
  R: { zh: '须音像记录', en: 'A/V required' },
  W: { zh: '全过程', en: 'Whole process' },
  C: { zh: '全程不间断', en: 'Uninterrupted' },
  WS: { zh: '条件允许时全程', en: 'Whole process where possible' },
  O: { zh: '可选', en: 'Optional' },
  L: { zh: '列明未强制', en: 'Listed, not enforced' },
  T: { zh: '仅文字', en: 'Text only' },
};

export const avLevelHelp: Record<AvLevel, Label> = {
  R: { zh: '至少关联一条音像记录', en: 'At least one linked recording' },
  W: { zh: '音像记录须覆盖活动的开始至结束', en: 'Recordings must cover the activity from start to end' },
  C: {
    zh: '须以一段不间断的音像记录覆盖全过程（设备自动分段在容差内视为连续）',
    en: 'One uninterrupted recording must cover it (device splits within the tolerance count as one)',
  },
  WS: {
    zh: '条件允许时全过程记录；否则写明原因，对重要环节录音录像并有文字记录',
    en: 'Whole process where conditions allow; otherwise the reason, key steps on camera and the written record',
  },
  O: { zh: '可以音像记录，不作要求', en: 'A/V may be made; nothing is required' },
  L: { zh: '规定列明但未强制', en: 'Listed by the regulation, not enforced' },
  T: { zh: '仅须文字记录', en: 'A written record only' },
};

export const avLevelColors: Record<AvLevel, string> = {
  C: 'magenta',
  W: 'volcano',
  WS: 'orange',
  R: 'gold',
  O: 'default',
  L: 'default',
  T: 'default',
};

export const avStateLabels: Record<ActivityAvState, Label> = {
  notRequired: { zh: '不要求', en: 'Not required' },
  satisfied: { zh: '已满足', en: 'Satisfied' },
  excepted: { zh: '例外', en: 'Exception' },
  missing: { zh: '缺失', en: 'Missing' },
  partial: { zh: '未全程覆盖', en: 'Partly covered' },
  interrupted: { zh: '中断', en: 'Interrupted' },
  explained: { zh: '中断已说明', en: 'Breaks explained' },
};

export const avStateColors: Record<ActivityAvState, string> = {
  notRequired: 'default',
  satisfied: 'green',
  excepted: 'orange',
  missing: 'red',
  partial: 'red',
  interrupted: 'red',
  explained: 'gold',
};

export const avExceptionKindLabels: Record<AvExceptionKind, Label> = {
  unsuitable: { zh: '不适宜音像记录', en: 'Unsuitable for A/V' },
  objectiveLimitation: {
    zh: '受客观条件限制无法全程录音录像',
    en: 'Objective conditions prevented whole-process recording',
  },
};

export const serviceMethodLabels: Record<ServiceMethod, Label> = {
  direct: { zh: '直接送达', en: 'In person' },
  lodged: { zh: '留置送达', en: 'Left at the address' },
  postal: { zh: '邮寄送达', en: 'By post' },
  entrusted: { zh: '委托送达', en: 'Entrusted' },
  forwarded: { zh: '转交送达', en: 'Forwarded' },
  publicNotice: { zh: '公告送达', en: 'Public notice' },
  electronic: { zh: '电子送达', en: 'Electronic' },
};

export const measureKindLabels: Record<CoerciveMeasureKind, Label> = {
  restrictFreedom: { zh: '限制人身自由', en: 'Restriction of personal freedom' },
  sealUp: { zh: '查封', en: 'Sealing up' },
  seize: { zh: '扣押', en: 'Seizure' },
  freeze: { zh: '冻结', en: 'Freezing' },
  other: { zh: '其他', en: 'Other' },
};

export const executionMethodLabels: Record<ExecutionMethod, Label> = {
  additionalFine: { zh: '加处罚款或滞纳金', en: 'Additional fine or late fee' },
  transfer: { zh: '划拨', en: 'Transfer of funds' },
  auction: { zh: '拍卖', en: 'Auction' },
  restoration: { zh: '排除妨碍、恢复原状', en: 'Removal of obstruction, restoration' },
  substitutePerformance: { zh: '代履行', en: 'Substitute performance' },
  other: { zh: '其他', en: 'Other' },
};

export const caseMetadataFieldLabels: Record<CaseMetadataField, Label> = {
  capturedFrom: { zh: '执法时间（制作开始时间）', en: 'Time (start of recording)' },
  capturedTo: { zh: '制作结束时间', en: 'End of recording' },
  place: { zh: '执法地点', en: 'Place' },
  purpose: { zh: '执法事项（证明对象）', en: 'Matter (what it proves)' },
  maker: { zh: '执法人员（制作人）', en: 'Officer (maker)' },
  persons: { zh: '当事人和相关人员', en: 'Parties and persons concerned' },
  summary: { zh: '执法过程概要', en: 'Summary of the process' },
};

export const storageRuleLabels: Record<string, Label> = {
  hours24: { zh: '24 小时内存储', en: 'Stored within 24 hours' },
  workingDays2: { zh: '2 个工作日内存储', en: 'Stored within 2 working days' },
  endOfWorkingDay: { zh: '每天工作结束后存储', en: 'Stored at the end of each working day' },
  afterReturn24h: { zh: '返回单位后 24 小时内存储', en: 'Stored within 24 hours after returning to the unit' },
};

export const storageAnchorLabels: Record<Profile['avStorage']['anchor'], Label> = {
  recordComplete: { zh: '自音像记录制作完成时起算', en: 'Counted from the end of the recording' },
  recordDay: { zh: '自记录作出之日起算', en: 'Counted from the day the record was made' },
  matterEnd: { zh: '自行政执法事项结束时起算', en: 'Counted from the end of the enforcement matter' },
  dayEnd: { zh: '每个工作日结束时', en: 'At the end of each working day' },
};
