import type { Generated } from 'kysely';

/**
 * Row types of the one schema both dialects share. Timestamps are ISO 8601 UTC text and booleans are 0/1
 * integers on both SQLite and PostgreSQL, so repositories have one code path.
 */
export type AgencyTable = {
  id: string;
  name: string;
  short_name: string;
  /** e.g. `{机关简称}〔{年}〕{序号:3}号` (cases/case-number.ts). */
  case_number_pattern: Generated<string>;
  /** GEN-01: the jurisdiction profile new cases and A/V records are bound to. */
  profile_id: string | null;
  created_at: string;
};

export type UnitTable = {
  id: string;
  agency_id: string;
  name: string;
  kind: string;
  legal_basis: string | null;
  created_at: string;
  updated_at: string;
  /** Units are dissolved, never deleted: cases and records keep pointing at them. */
  dissolved_at: string | null;
};

export type UserTable = {
  id: string;
  agency_id: string;
  unit_id: string | null;
  username: string;
  display_name: string;
  /** JSON array of role names. */
  roles: string;
  password_hash: string;
  must_change_password: number;
  status: string;
  failed_login_count: number;
  locked_until: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
};

export type CertificateTable = {
  id: string;
  agency_id: string;
  user_id: string;
  number: string;
  issuing_body: string;
  valid_from: string;
  valid_to: string;
  status: string;
  establishment_staff: number;
  passed_unified_exam: number;
  created_at: string;
  updated_at: string;
};

export type SessionTable = {
  /** SHA-256 of the cookie token: a copy of the database does not hand out live sessions. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
};

export type LedgerLogTable = {
  agency_id: string;
  /** The log's unique name in checkpoints, e.g. `liuhen.example.gov.cn/benxi-hrss`. Fixed at initialisation. */
  origin: string;
  hash_algorithm: string;
  signature_algorithm: string;
  /** The signed-note verifier key (`name+keyid+base64`), as recorded at initialisation. */
  verifier_key: string;
  size: number;
  /** JSON array of lowercase hex hashes: the roots of the perfect subtrees that make up the tree, largest first. */
  frontier: string;
  created_at: string;
};

export type LedgerEntryTable = {
  agency_id: string;
  seq: number;
  /** The entry's RFC 8785 canonical JSON: the exact bytes that are hashed. */
  entry: string;
  leaf_hash: string;
  /** Copies of entry fields for filtering; `liuhen verify` checks they match the entry. */
  occurred_at: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
};

export type LedgerNodeTable = {
  agency_id: string;
  level: number;
  idx: number;
  hash: string;
};

export type LedgerCheckpointTable = {
  agency_id: string;
  tree_size: number;
  root_hash: string;
  note: string;
  created_at: string;
};

/** An RFC 3161 TimeStampResp (base64 DER) over the SHA-256 of the checkpoint note of the same size. */
export type LedgerTimestampTable = {
  agency_id: string;
  tree_size: number;
  tsa_url: string;
  gen_time: string;
  token: string;
  created_at: string;
};

export type CaseNumberSequenceTable = { agency_id: string; year: number; last_seq: number };

export type CaseTable = {
  id: string;
  agency_id: string;
  unit_id: string | null;
  number: string;
  act: string;
  procedure: string;
  source: string;
  real_name: number | null;
  cause: string;
  /** JSON array of parties (domain `partySchema`). */
  parties: string;
  /** Party names joined by newlines, for search. */
  party_names: string;
  confidentiality: string;
  /** JSON of the intake (contracts `caseIntakeSchema`). */
  intake: string;
  stage: string;
  emergency_reason: string | null;
  emergency_started_at: string | null;
  retro_approval_due: string | null;
  retro_approved_at: string | null;
  /** EXEC-02: the rectification deadline of a final 责令改正 order, and when its verification was recorded. */
  rectify_by: string | null;
  rectification_due: string | null;
  rectification_checked_at: string | null;
  /** HEAR-04: the hearing's last day, the report's due day (5 working days later) and its end, when it was made. */
  hearing_ended_on: string | null;
  hearing_report_due_on: string | null;
  hearing_report_due: string | null;
  hearing_report_provisional: number | null;
  hearing_reported_at: string | null;
  /** GEN-01: the profile the case was created under (null: created before profiles, follows the agency's). */
  profile_id: string | null;
  /** CLOSE-02: the day the enforcement act terminated / the matter was completed (YYYY-MM-DD), set on close/terminate. */
  ended_on: string | null;
  /** DEC-04 (LX 第九条): 1 when flagged 重大、复杂案件. Nullable column, default 0. */
  major_complex: number | null;
  /** Optimistic concurrency: raised by every change of the case row. */
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
};

export type CaseHandlerTable = { case_id: string; user_id: string; position: number };

export type CaseEventTable = {
  id: string;
  case_id: string;
  action: string;
  from_stage: string | null;
  to_stage: string;
  actor_id: string;
  approval_id: string | null;
  reason: string | null;
  details: string;
  at: string;
};

export type ActivityTable = {
  id: string;
  case_id: string;
  type: string;
  started_at: string;
  ended_at: string | null;
  place: string;
  officers: string;
  parties: string;
  witnesses: string;
  rights_notified: string;
  summary: string | null;
  av_record_ids: string;
  /** JSON of the domain `ActivityAvContext` (service method, dispute-prone …) the A/V matrix reads (AV-01). */
  av_context: string | null;
  /** JSON `{ kind, reason, recordedBy, at }`: A/V unsuitable (AV-02) or objectively impossible (AV-10). */
  av_exception: string | null;
  /** AV-03: JSON `[{ beforeId, afterId, reason, recordedBy, at }]`, the reasons officers gave for breaks. */
  av_gap_notes: string | null;
  recorded_by: string;
  recorded_at: string;
};

export type DocumentTable = {
  id: string;
  case_id: string;
  activity_id: string | null;
  type_code: string;
  type_version: number;
  current_version: number;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
};

export type DocumentVersionTable = {
  document_id: string;
  version: number;
  status: string;
  data: string;
  signatures: string;
  av_record_ids: string;
  reason: string | null;
  content_hash: string;
  created_by: string;
  created_at: string;
};

export type DocumentScanTable = {
  document_id: string;
  hash: string;
  media_type: string;
  file_name: string;
  size: number;
  added_by: string;
  added_at: string;
};

/** DOC-02: one certificate, material or copy received from or kept of the counterpart, with its marks. */
export type CaseMaterialTable = {
  id: string;
  case_id: string;
  name: string;
  kind: string;
  submitted_by: string;
  received_on: string | null;
  received: number;
  complete: number;
  valid: number;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
};

export type ApprovalTable = {
  id: string;
  case_id: string;
  type: string;
  activity_id: string | null;
  status: string;
  used_at: string | null;
  created_at: string;
};

export type ApprovalStepTable = {
  approval_id: string;
  seq: number;
  kind: string;
  agree: number;
  user_id: string;
  opinion: string;
  reasons: string | null;
  signature: string;
  at: string;
};

/** An ingest station (采集站): a camera dock that may only upload, with its token's SHA-256. */
export type StationTable = {
  id: string;
  agency_id: string;
  unit_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
};

/** One received A/V file and what is known of it (AVS-03); the bytes are the blob under `hash`. */
export type AvRecordTable = {
  id: string;
  agency_id: string;
  unit_id: string | null;
  /** `<alg>:<hex>` in the agency's ledger algorithm. */
  hash: string;
  size: number;
  media_type: string;
  file_name: string;
  declared_hash: string | null;
  /** The tus upload it came from: finishing the same upload twice (a lost response, a crash) is idempotent. */
  upload_id: string | null;
  uploaded_by: string | null;
  station_id: string | null;
  received_at: string;
  device_type: string | null;
  device_number: string | null;
  maker_id: string | null;
  officer_number: string | null;
  captured_from: string | null;
  captured_to: string | null;
  place: string | null;
  purpose: string | null;
  /** AV-06: body-cam mounting, and the key content filmed when handheld or fixed. */
  mounting: string | null;
  mounting_focus: string | null;
  /** AV-07: seconds into the footage at which the party was told that recording was taking place. */
  announcement_offset_seconds: number | null;
  case_id: string | null;
  activity_id: string | null;
  /** The probe job (ffprobe): pending → done | failed (unreadable media, kept as received) | unavailable. */
  probe_status: Generated<string>;
  /** JSON of what the file says of itself (duration, creation time, codecs) and the contradictions found. */
  probe: string | null;
  probe_attempts: Generated<number>;
  /** GEN-01: the profile whose rules apply to the record (its agency's when it was received). */
  profile_id: string | null;
  /** AV-08: the party and other persons concerned, and a summary of the enforcement process shown. */
  persons: string | null;
  summary: string | null;
  /** AV-05: JSON `{ [itemId]: 'captured' | 'notApplicable' }`. */
  key_content: string | null;
  /** AV-11: JSON `{ reviewedAt, signed, refusalNote }`. */
  party_review: string | null;
  /** AVS-01: the return-to-unit exception's written reason and return time. */
  storage_exception_reason: string | null;
  returned_at: string | null;
  /** AVS-02: who holds the material now: 'system' | 'unitStorage' | 'designatedStaff' | 'officer', and which user. */
  custodian_kind: string | null;
  custodian_id: string | null;
  version: number;
  updated_at: string;
};

/** AVS-02: one hand-over of an A/V record's custody (append-only). */
export type AvCustodyEventTable = {
  id: string;
  agency_id: string;
  av_record_id: string;
  handover_id: string | null;
  from_kind: string | null;
  from_id: string | null;
  to_kind: string;
  to_id: string | null;
  at: string;
  recorded_by: string | null;
  note: string | null;
};

/** AVS-07: an officer's monthly hand-over of the month's A/V material to the designated custodian (append-only). */
export type AvHandoverTable = {
  id: string;
  agency_id: string;
  officer_id: string;
  custodian_id: string;
  /** `YYYY-MM`, Asia/Shanghai. */
  month: string;
  handed_at: string;
  record_count: number;
  recorded_by: string;
  note: string | null;
};

/** AVS-04: a copy of an evidence recording to a storage medium, with its written explanation (append-only). */
export type AvEvidenceCopyTable = {
  id: string;
  agency_id: string;
  av_record_id: string;
  case_id: string;
  medium: string;
  medium_label: string;
  copied_on: string;
  explanation: string;
  hash: string;
  recorded_by: string;
  recorded_at: string;
};

/**
 * A derivative of an A/V original (AV-04): poster, thumbnail or browser-playable proxy, stored as a blob of its own
 * and linked to the original by `original_hash`. Also the derive job's work list.
 */
export type AvDerivativeTable = {
  id: string;
  agency_id: string;
  /** The original's `av_records.hash`: every record of the same bytes shares these derivatives. */
  original_hash: string;
  /** 'poster' | 'thumbnail' | 'proxy'. */
  kind: string;
  /** 'pending' → 'done' | 'failed' (after three attempts); 'notNeeded' when the original serves (or it cannot apply). */
  status: string;
  /** `<alg>:<hex>` of the derivative's own blob, once done. */
  hash: string | null;
  size: number | null;
  media_type: string | null;
  width: number | null;
  height: number | null;
  attempts: Generated<number>;
  error: string | null;
  created_at: string;
  updated_at: string;
};

/** Issue 6: one finding of the compliance engine (derived data, replaced on each evaluation of its case). */
export type ComplianceFindingTable = {
  id: string;
  agency_id: string;
  case_id: string;
  unit_id: string | null;
  rule: string;
  requirement_id: string;
  article: string | null;
  status: string;
  severity: string;
  subject_type: string;
  subject_id: string;
  message_zh: string;
  message_en: string;
  /** JSON array of user ids. */
  responsible_ids: string;
  due_at: string | null;
  provisional: number;
  profile_id: string;
  evaluated_at: string;
};

/** Issue 6: when a case was last evaluated, and its earliest open deadline (drives the sweep). */
export type ComplianceStateTable = {
  case_id: string;
  agency_id: string;
  evaluated_at: string;
  next_due_at: string | null;
  /** SHA-256 of the stored findings (migration 0010); null before it. */
  findings_digest: string | null;
};

export type DB = {
  agencies: AgencyTable;
  units: UnitTable;
  users: UserTable;
  certificates: CertificateTable;
  sessions: SessionTable;
  ledger_logs: LedgerLogTable;
  ledger_entries: LedgerEntryTable;
  ledger_nodes: LedgerNodeTable;
  ledger_checkpoints: LedgerCheckpointTable;
  ledger_timestamps: LedgerTimestampTable;
  case_number_sequences: CaseNumberSequenceTable;
  cases: CaseTable;
  case_handlers: CaseHandlerTable;
  case_events: CaseEventTable;
  activities: ActivityTable;
  documents: DocumentTable;
  document_versions: DocumentVersionTable;
  document_scans: DocumentScanTable;
  approvals: ApprovalTable;
  case_materials: CaseMaterialTable;
  stations: StationTable;
  av_records: AvRecordTable;
  av_custody_events: AvCustodyEventTable;
  av_handovers: AvHandoverTable;
  av_evidence_copies: AvEvidenceCopyTable;
  av_derivatives: AvDerivativeTable;
  approval_steps: ApprovalStepTable;
  compliance_findings: ComplianceFindingTable;
  compliance_state: ComplianceStateTable;
};
