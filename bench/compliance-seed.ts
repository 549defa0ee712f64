// Synthetic cases for the compliance benchmark, written straight into the tables (no use cases, no ledger): the
// benchmark measures re-evaluation, and 100,000 cases through the application would take hours to create.
import type { ActivityType, CaseStage } from '@liuhen/domain';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../packages/server/src/adapters/db/schema';

export type SeedOptions = { cases: number; profileIds: readonly string[]; agencyId: string };
export type SeedCounts = Record<
  'cases' | 'handlers' | 'events' | 'activities' | 'documents' | 'documentVersions' | 'avRecords',
  number
>;

/** mulberry32: a tiny seeded generator, so every run and both databases get the same cases. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

/** UUID-shaped ids (the size of real ids, so the indexes are too), distinct per kind. */
function idOf(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
/** Cases are opened over the 23 months before `seedNow`; some deadlines fall into 2027 (no schedule yet). */
export const seedNow = Date.parse('2026-12-04T04:00:00.000Z');
const firstCase = Date.parse('2025-01-02T01:00:00.000Z');

const userCount = 200;
const unitCount = 10;
const userId = (n: number) => idOf(1, n % userCount);
const unitId = (n: number) => idOf(2, n % unitCount);

/** The main line a case has walked to reach its stage, with the stage mix of a working agency. */
const stagePaths: { stage: CaseStage; weight: number; actions: string[] }[] = [
  { stage: 'initiation', weight: 5, actions: [] },
  { stage: 'investigation', weight: 30, actions: ['register'] },
  { stage: 'review', weight: 15, actions: ['register', 'endInvestigation'] },
  { stage: 'service', weight: 10, actions: ['register', 'endInvestigation', 'decide'] },
  { stage: 'execution', weight: 15, actions: ['register', 'endInvestigation', 'decide', 'serve'] },
  { stage: 'closed', weight: 10, actions: ['register', 'endInvestigation', 'decide', 'serve', 'close'] },
  { stage: 'archived', weight: 12, actions: ['register', 'endInvestigation', 'decide', 'serve', 'close', 'archive'] },
  { stage: 'terminated', weight: 3, actions: ['register', 'terminate'] },
];
const stageWeights = stagePaths.reduce((sum, path) => sum + path.weight, 0);

const activityKinds: ActivityType[] = [
  'siteInspection',
  'inquiry',
  'evidenceCollection',
  'sampling',
  'coerciveMeasure',
  'rightsNotification',
  'statementDefence',
  'hearing',
  'legalReview',
  'service',
  'rectificationCheck',
  'demand',
  'compulsoryExecution',
];
const documentKinds = [
  'initiationApprovalForm',
  'inquiryTranscript',
  'siteInspectionRecord',
  'evidenceRegisterList',
  'advanceNotice',
  'decisionDocument',
  'serviceReceipt',
  'rectificationOrder',
  'demandNotice',
  'hearingReport',
  'caseClosingReport',
];
const serviceMethodsUsed = ['direct', 'lodged', 'postal'] as const;

type Rows = {
  cases: Insertable<DB['cases']>[];
  case_handlers: Insertable<DB['case_handlers']>[];
  case_events: Insertable<DB['case_events']>[];
  activities: Insertable<DB['activities']>[];
  documents: Insertable<DB['documents']>[];
  document_versions: Insertable<DB['document_versions']>[];
  av_records: Insertable<DB['av_records']>[];
};
const emptyRows = (): Rows => ({
  cases: [],
  case_handlers: [],
  case_events: [],
  activities: [],
  documents: [],
  document_versions: [],
  av_records: [],
});

/** CLOSE-02: the (UTC) day of the path's close or terminate event, or null while the case is open. */
function endedOn(actions: readonly string[], at: (fraction: number) => number): string | null {
  const index = actions.findIndex((action) => action === 'close' || action === 'terminate');
  return index < 0 ? null : iso(at((index + 1) / (actions.length + 1))).slice(0, 10);
}

/** One case with ~10 activities, ~10 documents (one version each), ~4 A/V records and its stage events. */
function generateCase(n: number, options: SeedOptions, random: ReturnType<typeof createRandom>, into: Rows): void {
  const caseId = idOf(3, n);
  const createdMs = firstCase + Math.floor(((seedNow - firstCase - 10 * DAY) * n) / options.cases);
  let roll = random.next() * stageWeights;
  const path = stagePaths.find((candidate) => (roll -= candidate.weight) < 0) ?? stagePaths[1]!;
  const handlers = [userId(n * 2), userId(n * 2 + 1)];
  const emergency = random.chance(0.05);
  const hearing = random.chance(0.08) && path.actions.length >= 3;
  const rectification = random.chance(0.1) && path.actions.length >= 4;
  const span = Math.min(seedNow - createdMs - DAY, random.int(20, 200) * DAY);
  const at = (fraction: number) => createdMs + Math.floor(span * fraction);
  const hearingEnd = at(0.5);
  const rectifyDue = at(0.8);
  into.cases.push({
    id: caseId,
    agency_id: options.agencyId,
    unit_id: unitId(n),
    number: `基准〔${new Date(createdMs).getUTCFullYear()}〕${n + 1}号`,
    act: random.pick(['penalty', 'penalty', 'penalty', 'inspection', 'coercion'] as const),
    procedure: random.chance(0.9) ? 'general' : 'simplified',
    source: random.pick(['exOfficio', 'complaint', 'report', 'doubleRandom'] as const),
    real_name: 1,
    cause: '基准测试案件：未依法为劳动者缴纳社会保险费',
    parties: JSON.stringify([{ kind: 'organisation', name: `基准单位${n}`, creditCode: null }]),
    party_names: `基准单位${n}`,
    confidentiality: '[]',
    intake: '{}',
    stage: path.stage,
    emergency_reason: emergency ? '证据可能灭失' : null,
    emergency_started_at: emergency ? iso(createdMs) : null,
    retro_approval_due: emergency ? iso(createdMs + 24 * HOUR) : null,
    retro_approved_at: emergency && random.chance(0.8) ? iso(createdMs + random.int(2, 30) * HOUR) : null,
    rectify_by: rectification ? iso(rectifyDue).slice(0, 10) : null,
    rectification_due: rectification ? iso(rectifyDue) : null,
    rectification_checked_at: rectification && random.chance(0.6) ? iso(rectifyDue + random.int(-2, 3) * DAY) : null,
    hearing_ended_on: hearing ? iso(hearingEnd).slice(0, 10) : null,
    hearing_report_due_on: hearing ? iso(hearingEnd + 7 * DAY).slice(0, 10) : null,
    hearing_report_due: hearing ? iso(hearingEnd + 7 * DAY) : null,
    hearing_report_provisional: hearing ? 0 : null,
    hearing_reported_at: hearing && random.chance(0.7) ? iso(hearingEnd + random.int(1, 9) * DAY) : null,
    profile_id: options.profileIds[n % options.profileIds.length]!,
    // CLOSE-02: a closed or terminated case records the day it ended, the day of its close/terminate event here.
    ended_on: endedOn(path.actions, at),
    version: path.actions.length + 1,
    created_by: handlers[0]!,
    created_at: iso(createdMs),
    updated_at: iso(at(1)),
  });
  handlers.forEach((user, position) => into.case_handlers.push({ case_id: caseId, user_id: user, position }));
  let stage: string = 'initiation';
  path.actions.forEach((action, i) => {
    const to = stagePaths.find((candidate) => candidate.actions.at(-1) === action)?.stage ?? path.stage;
    into.case_events.push({
      id: idOf(4, n * 8 + i),
      case_id: caseId,
      action,
      from_stage: stage,
      to_stage: to,
      actor_id: handlers[0]!,
      approval_id: null,
      reason: null,
      details: '{}',
      at: iso(at((i + 1) / (path.actions.length + 1))),
    });
    stage = to;
  });

  const activityIds: string[] = [];
  const activityCount = random.int(8, 12);
  let recordNo = 0;
  for (let a = 0; a < activityCount; a++) {
    const id = idOf(5, n * 16 + a);
    activityIds.push(id);
    const type = random.pick(activityKinds);
    const startMs = at((a + 1) / (activityCount + 2));
    const endMs = startMs + random.int(20, 180) * 60_000;
    // About 40% of activities have footage: one recording, or (3%) two with an explained break between them.
    const gap = random.chance(0.03);
    const recordIds =
      gap || random.chance(0.4) ? Array.from({ length: gap ? 2 : 1 }, () => idOf(7, n * 64 + recordNo++)) : [];
    const [before, after] = recordIds;
    into.activities.push({
      id,
      case_id: caseId,
      type,
      started_at: iso(startMs),
      ended_at: random.chance(0.97) ? iso(endMs) : null,
      place: '基准市某区某路 1 号',
      officers: JSON.stringify(
        handlers.map((user, i) => ({
          userId: user,
          name: `执法员${i}`,
          certificateNumber: `2100${i}`,
          certificateShown: true,
        })),
      ),
      parties: '[]',
      witnesses: '[]',
      rights_notified: JSON.stringify(random.chance(0.5) ? [{ right: 'statement', at: iso(startMs) }] : []),
      summary: null,
      // Half the activities named their recordings when they were recorded (the other half were linked later).
      av_record_ids: JSON.stringify(a % 2 === 0 ? recordIds : []),
      av_context: JSON.stringify(
        type === 'service'
          ? { serviceMethod: random.pick(serviceMethodsUsed) }
          : { offPremises: random.chance(0.6), disputeProne: random.chance(0.2) },
      ),
      av_exception: random.chance(0.03)
        ? JSON.stringify({ kind: 'unsuitable', reason: '涉及个人隐私', recordedBy: handlers[0], at: iso(endMs) })
        : null,
      av_gap_notes:
        before && after
          ? JSON.stringify([
              { beforeId: before, afterId: after, reason: '电量耗尽', recordedBy: handlers[0], at: iso(endMs) },
            ])
          : null,
      recorded_by: handlers[0]!,
      recorded_at: iso(endMs),
    });
    recordIds.forEach((recordId, p) => {
      const parts = recordIds.length;
      const from = startMs + ((endMs - startMs) * p) / parts + (p > 0 ? 5 * 60_000 : 0);
      const to = startMs + ((endMs - startMs) * (p + 1)) / parts;
      into.av_records.push(avRecord({ id: recordId, n, caseId, activityId: id, from, to, handlers, random }));
    });
  }

  const documentCount = random.int(8, 12);
  for (let d = 0; d < documentCount; d++) {
    const id = idOf(6, n * 16 + d);
    const status = random.chance(0.8) ? 'final' : 'draft';
    const updated = iso(at((d + 1) / (documentCount + 1)));
    into.documents.push({
      id,
      case_id: caseId,
      activity_id: d < activityIds.length && random.chance(0.5) ? activityIds[d]! : null,
      type_code: random.pick(documentKinds),
      type_version: 1,
      current_version: 1,
      status,
      created_by: handlers[0]!,
      created_at: updated,
      updated_at: updated,
    });
    into.document_versions.push({
      document_id: id,
      version: 1,
      status,
      data: JSON.stringify({ title: `文书 ${d}`, body: '经查，当事人……', place: '基准市', date: updated.slice(0, 10) }),
      signatures: JSON.stringify(status === 'final' ? [{ role: 'officer', userId: handlers[0], at: updated }] : []),
      av_record_ids: '[]',
      reason: null,
      content_hash: `sha256:${'0'.repeat(48)}${n.toString(16).padStart(16, '0')}`,
      created_by: handlers[0]!,
      created_at: updated,
    });
  }
}

function avRecord(input: {
  id: string;
  n: number;
  caseId: string;
  activityId: string;
  from: number;
  to: number;
  handlers: string[];
  random: ReturnType<typeof createRandom>;
}): Insertable<DB['av_records']> {
  const { random, n } = input;
  const late = random.chance(0.1);
  return {
    id: input.id,
    agency_id: '',
    unit_id: unitId(n),
    hash: `sha256:${input.id.replaceAll('-', '').padStart(64, '0')}`,
    size: random.int(10, 500) * 1_000_000,
    media_type: 'video/mp4',
    file_name: `DSCN${input.id.slice(-4)}.MP4`,
    declared_hash: null,
    upload_id: null,
    uploaded_by: input.handlers[0]!,
    station_id: null,
    received_at: iso(input.to + (late ? random.int(3, 10) * DAY : random.int(1, 20) * HOUR)),
    device_type: 'bodyCam',
    device_number: `DEV-${n % 500}`,
    maker_id: input.handlers[0]!,
    officer_number: '21001',
    captured_from: iso(input.from),
    captured_to: iso(input.to),
    place: random.chance(0.9) ? '基准市某区某路 1 号' : null,
    purpose: random.chance(0.9) ? '现场检查' : null,
    mounting: random.chance(0.8) ? 'chest' : null,
    mounting_focus: null,
    announcement_offset_seconds: random.chance(0.85) ? random.int(0, 30) : null,
    case_id: input.caseId,
    activity_id: input.activityId,
    probe_status: 'done',
    probe: null,
    probe_attempts: 1,
    profile_id: null,
    persons: '当事人',
    summary: random.chance(0.9) ? '检查过程' : null,
    key_content: random.chance(0.7) ? JSON.stringify({ scene: 'captured', documents: 'captured' }) : null,
    party_review: random.chance(0.5) ? JSON.stringify({ reviewedAt: iso(input.to + HOUR), signed: true }) : null,
    storage_exception_reason: null,
    returned_at: null,
    custodian_kind: 'system',
    custodian_id: null,
    version: 1,
    updated_at: iso(input.to + DAY),
  };
}

/** Multi-row INSERTs within the dialect's bound-parameter limit (SQLite 32,766; PostgreSQL 65,535). */
async function insertAll<T extends keyof Rows>(db: Kysely<DB>, table: T, rows: Rows[T], maxRows: number) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(30_000 / columns)));
  for (let i = 0; i < rows.length; i += perStatement) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
  }
}

async function seedPeople(db: Kysely<DB>, agencyId: string) {
  const now = iso(firstCase - DAY);
  const units = Array.from({ length: unitCount }, (_, i) => ({
    id: unitId(i),
    agency_id: agencyId,
    name: `基准执法科${i}`,
    kind: 'enforcementSection',
    legal_basis: null,
    created_at: now,
    updated_at: now,
    dissolved_at: null,
  }));
  const users = Array.from({ length: userCount }, (_, i) => ({
    id: userId(i),
    agency_id: agencyId,
    unit_id: unitId(i),
    username: `bench.officer${i}`,
    display_name: `执法员${i}`,
    roles: '["officer"]',
    password_hash: 'x',
    must_change_password: 0,
    status: 'active',
    failed_login_count: 0,
    locked_until: null,
    password_changed_at: now,
    created_at: now,
    updated_at: now,
  }));
  await db.insertInto('units').values(units).execute();
  await db.insertInto('users').values(users).execute();
}

/**
 * Writes the synthetic cases, `casesPerTransaction` at a time, each table as multi-row INSERTs of at most
 * `rowsPerStatement` rows. Returns the ids (in order) and the row counts.
 */
export async function seedCases(
  db: Kysely<DB>,
  options: SeedOptions & { casesPerTransaction: number; rowsPerStatement: number },
): Promise<{ caseIds: string[]; counts: SeedCounts }> {
  await seedPeople(db, options.agencyId);
  const random = createRandom(20261204);
  const counts: SeedCounts = {
    cases: 0,
    handlers: 0,
    events: 0,
    activities: 0,
    documents: 0,
    documentVersions: 0,
    avRecords: 0,
  };
  const caseIds: string[] = [];
  for (let from = 0; from < options.cases; from += options.casesPerTransaction) {
    const rows = emptyRows();
    const to = Math.min(options.cases, from + options.casesPerTransaction);
    for (let n = from; n < to; n++) generateCase(n, options, random, rows);
    for (const record of rows.av_records) record.agency_id = options.agencyId;
    await db.transaction().execute(async (trx) => {
      // Parents before children (foreign keys).
      for (const table of Object.keys(rows) as (keyof Rows)[]) {
        await insertAll(trx, table, rows[table], options.rowsPerStatement);
      }
    });
    caseIds.push(...rows.cases.map((row) => row.id));
    counts.cases += rows.cases.length;
    counts.handlers += rows.case_handlers.length;
    counts.events += rows.case_events.length;
    counts.activities += rows.activities.length;
    counts.documents += rows.documents.length;
    counts.documentVersions += rows.document_versions.length;
    counts.avRecords += rows.av_records.length;
  }
  return { caseIds, counts };
}
