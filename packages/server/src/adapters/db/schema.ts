import type { Generated } from 'kysely';

/**
 * Row types of the one schema both dialects share. Timestamps are ISO 8601 UTC text and booleans are 0/1
 * integers on both SQLite and PostgreSQL, so repositories have one code path.
 */
export type AgencyTable = {
  id: string;
  name: string;
  short_name: string;
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

/** The trail seam's rows until the Merkle ledger replaces them (issue 3). Append-only, enforced by triggers. */
export type AuditEntryTable = {
  seq: Generated<number>;
  agency_id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_roles: string | null;
  actor_unit_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  /** JSON object: what changed (never passwords or tokens). */
  summary: string;
  request_id: string | null;
};

export type DB = {
  agencies: AgencyTable;
  units: UnitTable;
  users: UserTable;
  certificates: CertificateTable;
  sessions: SessionTable;
  audit_entries: AuditEntryTable;
};
