import type { AvException, AvGapNote, ActivityAvContext } from '../profiles/av-requirements';
import type { AvRecordFacts } from '../profiles/av-record-rules';
import type { ActivityType } from '../cases/activities';
import type { CaseProcedure, EnforcementAct } from '../cases/case';
import type { CaseStage } from '../cases/stages';
import type { Instant } from '../shared/time';

/**
 * Everything on record about one case that the compliance rules read: assembled by the server from its tables, or
 * synthesised by a test or a benchmark. Pure data; the engine never reads anything else.
 */
export type CaseSnapshot = {
  id: string;
  number: string;
  unitId: string | null;
  stage: CaseStage;
  procedure: CaseProcedure;
  act: EnforcementAct;
  source: string;
  handlerIds: string[];
  createdAt: Instant;
  /** INIT-07: an emergency start, its retro-approval due time and when it was approved. */
  emergency: { startedAt: Instant; retroDueAt: Instant | null; retroApprovedAt: Instant | null } | null;
  /** HEAR-04: the hearing report due time, when it was made, and whether the due date is provisional. */
  hearingReport: { dueAt: Instant; reportedAt: Instant | null; provisional: boolean } | null;
  /** EXEC-02: the rectification verification due time and when it was recorded. */
  rectification: { dueAt: Instant; checkedAt: Instant | null } | null;
  /** CLOSE-02: the day the enforcement act terminated / the matter was completed (YYYY-MM-DD), recorded at close. */
  endedOn: string | null;
  /** DEC-04 (LX 第九条): flagged major or complex — collective discussion is mandatory before the decision. */
  majorComplex: boolean;
  /** Stage transitions in order, each with the approval it rested on (APPR-01), if any. */
  events: { action: string; at: Instant; approvalId?: string | null }[];
  /** APPR-01: the case's internal approvals, each with its steps in the order taken. */
  approvals: {
    id: string;
    type: string;
    status: string;
    activityId: string | null;
    steps: { kind: 'propose' | 'review' | 'approve'; agree: boolean; userId: string; at: Instant }[];
  }[];
  activities: {
    id: string;
    type: ActivityType;
    startedAt: Instant;
    endedAt: Instant | null;
    officers: { userId: string; name: string; certificateNumber: string; certificateShown: boolean }[];
    context: ActivityAvContext | null;
    exception: AvException | null;
    gapNotes: AvGapNote[];
    rightsNotified: { right: string; at: Instant }[];
    /** The written account entered with the activity (GEN-06), `null` when none. */
    summary: string | null;
    recordedBy: string;
  }[];
  documents: {
    id: string;
    typeCode: string;
    status: 'draft' | 'final' | string;
    activityId: string | null;
    /** The current version's data and signatures (the document catalogue's shapes). */
    data: Record<string, unknown>;
    signatures: unknown[];
    createdBy: string;
    updatedAt: Instant;
    /** When it was first finalised (a later correction keeps it final but moves `updatedAt`); null for a draft. */
    finalisedAt: Instant | null;
  }[];
  avRecords: (AvRecordFacts & {
    id: string;
    activityId: string | null;
    deviceNumber: string | null;
    uploadedBy: string | null;
  })[];
};
