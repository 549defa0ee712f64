import { createOfficialCalendar } from '../calendar/schedules/index';
import type { ProfileCode } from '../documents/document-type';
import type { Profile } from '../profiles/profile';
import type { CaseSnapshot } from './case-snapshot';
import type { ComplianceContext } from './rule';

/**
 * Test fixtures for the compliance engine (issue 6), shared by every rule's tests — reuse them rather than building
 * snapshots by hand. Domain tests cannot read the YAML profiles, so `profileOf` builds a minimal valid profile of a
 * family whose storage rule, exceptions and deadlines follow that family's file in profiles/ (articles included) and
 * whose A/V matrix is empty: pass `av.requirements` to test A/V. `snapshotOf` is a general-procedure penalty case,
 * registered and under investigation, with nothing on record; `activityOf`, `documentOf` and `avRecordOf` make the
 * parts. Overrides are shallow: give whole sub-objects. Pure, like the rest of the domain (no vitest import here).
 */

type Activity = CaseSnapshot['activities'][number];
type Document = CaseSnapshot['documents'][number];
type AvRecord = CaseSnapshot['avRecords'][number];

const seeds: Record<ProfileCode, string> = { BX: '000', HS: '001', LX: '002', FS: '003', XG: '004' };

const storage: Record<ProfileCode, Pick<Profile['avStorage'], 'rule' | 'anchor' | 'article' | 'returnException'>> = {
  BX: { rule: 'hours24', anchor: 'recordComplete', article: '000 第二十四条', returnException: null },
  HS: {
    rule: 'workingDays2',
    anchor: 'recordDay',
    article: '001 第三十条',
    returnException: { article: '001 第三十条' },
  },
  LX: { rule: 'hours24', anchor: 'matterEnd', article: '002 第二十五条', returnException: null },
  FS: {
    rule: 'hours24',
    anchor: 'recordComplete',
    article: '003 第三十一条',
    returnException: { article: '003 第三十一条' },
  },
  XG: { rule: 'endOfWorkingDay', anchor: 'dayEnd', article: '004 第十条', returnException: null },
};

const deadlines: Record<ProfileCode, Profile['deadlines']> = {
  BX: {
    emergencyRetroApproval: null,
    hearingNotice: null,
    hearingReport: null,
    rectificationCheck: { article: '000 第二十条' },
    archive: { days: 30, anchor: 'termination', specificLawPrevails: true, article: '000 第二十四条' },
  },
  HS: {
    emergencyRetroApproval: { hours: 24, approver: '局分管负责人', article: '001 第十一条' },
    hearingNotice: null,
    hearingReport: null,
    rectificationCheck: null,
    archive: { days: 20, anchor: 'termination', specificLawPrevails: false, article: '001 第三十二条' },
  },
  LX: {
    emergencyRetroApproval: null,
    hearingNotice: { days: 7, article: '002 第八条' },
    hearingReport: { workingDays: 5, article: '002 第八条' },
    rectificationCheck: { article: '002 第十一条' },
    archive: { days: 30, anchor: 'completion', specificLawPrevails: true, article: '002 第二十三条' },
  },
  FS: {
    emergencyRetroApproval: { hours: 24, approver: '本机关负责人', article: '003 第七条' },
    hearingNotice: null,
    hearingReport: null,
    rectificationCheck: { article: '003 第二十七条' },
    archive: { days: 60, anchor: 'termination', specificLawPrevails: true, article: '003 第三十一条' },
  },
  XG: {
    emergencyRetroApproval: null,
    hearingNotice: null,
    hearingReport: null,
    rectificationCheck: null,
    archive: null,
  },
};

const unsuitable: Record<ProfileCode, Profile['av']['unsuitableException']> = {
  BX: { reasonRequired: false, article: '000 第十一条' },
  HS: null,
  LX: null,
  FS: { reasonRequired: true, article: '003 第十二条' },
  XG: null,
};

/** A minimal valid profile of `family` (see the file comment); `overrides` replace top-level keys. */
export function profileOf(family: ProfileCode, overrides: Partial<Profile> = {}): Profile {
  const seed = seeds[family];
  return {
    id: `test-${family.toLowerCase()}`,
    family,
    version: 1,
    name: { zh: `测试规定 ${family}`, en: `Test profile ${family}` },
    issuer: '测试机关',
    issuedOn: null,
    source: { seed, title: `测试规定 ${family}`, legalBasis: null, article: `${seed} 第一条` },
    scope: { acts: null, article: null, coercivePower: null },
    av: {
      requirements: [],
      unsuitableException: unsuitable[family],
      objectiveLimitation: family === 'XG' ? { article: '004 第十七条' } : null,
      continuity: { toleranceSeconds: 2, everyBodyCamRecording: false, article: null },
      keyContent: null,
      mounting: null,
      announcement: null,
      caseMetadata: null,
      partyReview: null,
    },
    avStorage: {
      ...storage[family],
      custody: { officerMayHold: 'notStated', designatedStaffAllowed: false, article: null },
      monthlyHandover: null,
      evidenceCopy: null,
      retention: { minimumMonths: null, patrolMinimumMonths: null, article: null },
    },
    deadlines: deadlines[family],
    // The written-record tables (profile-records.ts) are left silent here; give `records` to test rules reading them.
    records: {
      recordMode: { writtenEveryStep: null, article: null, byAct: null },
      initiation: null,
      officerData: null,
      investigationDocuments: null,
      handlingOpinion: null,
      approvalChain: null,
      caseFileRetention: null,
      internalAccess: null,
      partyAccess: null,
      supervision: null,
      accountability: null,
      collectiveDiscussion: null,
      serviceOrder: null,
      advancePreservation: null,
      arrearsNotice: null,
      coerciveMeasure: null,
    },
    compliance: { blockTransitions: [] },
    ...overrides,
  };
}

/** Registered on Monday 2026-03-02 09:00 (Asia/Shanghai) by handlers `h1` and `h2`. */
export const fixtureStart = '2026-03-02T01:00:00.000Z';

export function snapshotOf(overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    id: 'case-1',
    number: '测试〔2026〕1号',
    unitId: 'unit-1',
    stage: 'investigation',
    procedure: 'general',
    act: 'penalty',
    source: 'exOfficio',
    handlerIds: ['h1', 'h2'],
    createdAt: fixtureStart,
    emergency: null,
    hearingReport: null,
    rectification: null,
    endedOn: null,
    majorComplex: false,
    events: [{ action: 'register', at: fixtureStart }],
    activities: [],
    documents: [],
    avRecords: [],
    approvals: [],
    ...overrides,
  };
}

/** An inquiry by two certified officers (`h1`, `h2`) who showed their certificates, 10:00–11:00 on the first day. */
export function activityOf(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'act-1',
    type: 'inquiry',
    startedAt: '2026-03-02T02:00:00.000Z',
    endedAt: '2026-03-02T03:00:00.000Z',
    officers: [
      { userId: 'h1', name: '张三', certificateNumber: '辽A-2026-000001', certificateShown: true },
      { userId: 'h2', name: '李四', certificateNumber: '辽A-2026-000002', certificateShown: true },
    ],
    context: null,
    exception: null,
    gapNotes: [],
    rightsNotified: [],
    summary: null,
    recordedBy: 'h1',
    ...overrides,
  };
}

/** A final document of `typeCode` with empty data; give `data` and `signatures` for completeness checks. */
export function documentOf(overrides: Partial<Document> & Pick<Document, 'typeCode'>): Document {
  const document = {
    id: `doc-${overrides.typeCode}`,
    status: 'final',
    activityId: null,
    data: {},
    signatures: [],
    createdBy: 'h1',
    updatedAt: '2026-03-02T04:00:00.000Z',
    ...overrides,
  };
  // Finalised when last updated, unless the test says otherwise (a correction after finalisation).
  return {
    ...document,
    finalisedAt: overrides.finalisedAt ?? (document.status === 'final' ? document.updatedAt : null),
  };
}

/** A body-cam recording of the fixture inquiry's hour, stored half an hour after it ended. */
export function avRecordOf(overrides: Partial<AvRecord> = {}): AvRecord {
  return {
    id: 'av-1',
    activityId: 'act-1',
    deviceNumber: 'DSJ-1',
    uploadedBy: 'h1',
    deviceType: 'bodyCam',
    capturedFrom: '2026-03-02T02:00:00.000Z',
    capturedTo: '2026-03-02T03:00:00.000Z',
    receivedAt: '2026-03-02T03:30:00.000Z',
    place: null,
    purpose: null,
    makerId: 'h1',
    persons: null,
    summary: null,
    announcementOffsetSeconds: null,
    mounting: null,
    keyContent: null,
    partyReview: null,
    storageException: null,
    ...overrides,
  };
}

/** The official calendar of the shipped schedules (2024–2026; 2027 has none, so its deadlines are provisional). */
export const fixtureCalendar = createOfficialCalendar();

export function contextOf(profile: Profile, snapshot: CaseSnapshot, now: string): ComplianceContext {
  return { profile, snapshot, now, calendar: fixtureCalendar };
}
