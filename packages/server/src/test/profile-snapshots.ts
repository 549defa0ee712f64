import {
  type CaseSnapshot,
  type ComplianceItem,
  createOfficialCalendar,
  evaluateCase,
  type Profile,
} from '@liuhen/domain';
import { loadProfiles } from '../modules/profiles/profile-registry';

/*
 * Support for the generated per-profile rule tests (issue 6): the shipped profiles, the official calendar, a bare
 * case snapshot to build on, and the engine's items of one rule.
 */

/** The five profiles that ship in profiles/, as loaded at run time. */
export const shippedProfiles: readonly Profile[] = loadProfiles({ agencyDir: null })
  .list()
  .map((entry) => entry.profile);

/** `[id, profile]` pairs for `it.each`. */
export const eachShippedProfile = shippedProfiles.map((profile) => [profile.id, profile] as const);

export const officialCalendar = createOfficialCalendar();

/** Monday 2 November 2026, 09:00 in Beijing: when the bare case was opened. */
export const snapshotOpenedAt = '2026-11-02T01:00:00.000Z';

/** A general-procedure penalty case in investigation with nothing on record; `overrides` add what a test needs. */
export function bareSnapshot(overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    id: 'case-1',
    number: '测〔2026〕1号',
    unitId: 'unit-1',
    stage: 'investigation',
    procedure: 'general',
    act: 'penalty',
    source: 'exOfficio',
    handlerIds: ['zhang', 'li'],
    createdAt: snapshotOpenedAt,
    emergency: null,
    hearingReport: null,
    rectification: null,
    endedOn: null,
    majorComplex: false,
    events: [],
    activities: [],
    documents: [],
    avRecords: [],
    approvals: [],
    ...overrides,
  };
}

type Activity = CaseSnapshot['activities'][number];
type Document = CaseSnapshot['documents'][number];

/** An inquiry by two certified officers (`zhang`, `li`) who showed their certificates, the day after the opening. */
export function bareActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'act-1',
    type: 'inquiry',
    startedAt: '2026-11-03T02:00:00.000Z',
    endedAt: '2026-11-03T03:00:00.000Z',
    officers: [
      { userId: 'zhang', name: '张三', certificateNumber: '辽A-1', certificateShown: true },
      { userId: 'li', name: '李四', certificateNumber: '辽A-2', certificateShown: true },
    ],
    context: null,
    exception: null,
    gapNotes: [],
    rightsNotified: [],
    summary: null,
    recordedBy: 'zhang',
    ...overrides,
  };
}

/** A final document with empty data, finalised when last updated unless `finalisedAt` or `status` says otherwise. */
export function bareDocument(overrides: Partial<Document> & Pick<Document, 'typeCode'>): Document {
  const made = {
    id: `doc-${overrides.typeCode}`,
    status: 'final',
    activityId: null,
    data: {},
    signatures: [],
    createdBy: 'zhang',
    updatedAt: '2026-11-04T04:00:00.000Z',
    ...overrides,
  };
  return { ...made, finalisedAt: overrides.finalisedAt ?? (made.status === 'final' ? made.updatedAt : null) };
}

/** The engine's items of one rule (its key, e.g. `ARCH-01` or `DEC-04.mandatory`) for the case under the profile. */
export function ruleItems(profile: Profile, snapshot: CaseSnapshot, now: string, rule: string): ComplianceItem[] {
  return evaluateCase({ profile, snapshot, now, calendar: officialCalendar }).filter((item) => item.rule === rule);
}
