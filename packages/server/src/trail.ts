import type { ContentHash } from './ledger/entry';

/**
 * Actions recorded in the trail, `<aggregate>.<past tense>`, each with when it fires.
 * Summaries never hold passwords, password hashes or session tokens.
 */
export const trailActions = {
  'agency.initialised': 'first start or `liuhen init` created the agency and its bootstrap administrator',
  'agency.updated': 'an administrator changed the agency name or short name',
  'agency.profile_selected':
    'an administrator selected the jurisdiction profile new cases and A/V records are bound to (GEN-01)',
  'unit.created': 'an administrator created a unit',
  'unit.updated': 'an administrator changed a unit',
  'unit.dissolved': 'an administrator deleted (dissolved) a unit that had no users',
  'user.created': 'an administrator (or the CLI) created a user',
  'user.updated': "an administrator changed a user's name, roles or unit",
  'user.disabled': 'an administrator disabled a user; their sessions end',
  'user.enabled': 'an administrator enabled a user again',
  'user.password_reset': "an administrator reset a user's password; they must change it at next login",
  'user.password_changed': 'a user changed their own password',
  'user.logged_in': 'a user logged in',
  'user.logged_out': 'a user logged out',
  'user.login_failed': 'a login was refused (wrong password, unknown user, locked or disabled account)',
  'user.locked': 'repeated failures locked an account',
  'certificate.registered': "an enforcement certificate was added to an officer's record (ROLE-01)",
  'certificate.updated': 'a certificate changed: validity, status (suspended, revoked) or XG flags',
  'case.opened': 'an officer opened a case (any initiation path); its number was assigned',
  'case.transitioned': 'a case moved to another stage (立案, 调查终结, 决定, 送达, 结案, 归档 or an early outcome)',
  'case.major_complex_changed':
    'a handler or the unit head flagged the case 重大、复杂案件 or cleared the flag, with the reason (DEC-04, LX)',
  'activity.recorded': 'an enforcement activity (执法活动) was recorded with its place, time and participants',
  'activity.av_gap_explained': 'an officer recorded why the A/V of an activity broke off between two segments (AV-03)',
  'activity.av_exception_recorded':
    'why an activity has no (complete) A/V was recorded: unsuitable for A/V (AV-02) or objective limitation (AV-10)',
  'document.created': 'a written record (执法文书) was made, as draft or final; its content hash is in the summary',
  'document.revised':
    'a new version of a written record: an edit of a draft, finalisation, or a correction with reason',
  'document.scan_attached': 'a scan of a signed paper original was attached; the file hash is in the entry',
  'material.registered':
    "a certificate, material or copy of the counterpart was entered in the case's register (DOC-02)",
  'material.updated': 'its received / complete / valid marks or note changed; the entry holds before and after',
  'approval.proposed': 'a handler proposed an internal approval (承办人意见)',
  'approval.reviewed': 'a reviewer (审核人) agreed or disagreed',
  'approval.decided': 'an approver (批准人) approved or rejected',
  'station.registered': 'an administrator registered an ingest station (采集站); its token was shown once',
  'station.revoked': "an administrator revoked an ingest station's token",
  'av.ingested': 'an A/V file was received, its hash verified, and stored under it; the entry lists the hash',
  'av.updated': "an A/V record's metadata (device, maker, capture time, place, 证明对象) changed; before and after",
  'av.linked': 'an A/V record was linked to a case (and activity)',
  'av.unlinked': 'an A/V record was unlinked from its case, with the reason',
  'av.accessed': 'someone played or downloaded an A/V file (every access is recorded)',
  'av.custody_transferred':
    'custody of an A/V record passed to another holder (system, unit storage, designated staff, officer; AVS-02)',
  'av.handed_over':
    "an officer handed the month's A/V material to the designated custodian (AVS-07, XG); the entry lists the records",
  'av.evidence_copied':
    'an A/V record was copied to a storage medium as evidence, with the written explanation and its hash (AVS-04)',
  'ledger.verified': 'someone ran a verification of the whole log (and stored files) from the web page or API',
} as const;
export type TrailAction = keyof typeof trailActions;

export type TrailEvent = {
  action: TrailAction;
  subject: { type: string; id: string | null };
  summary: Record<string, unknown>;
  /** Content hashes of the files the act involved; `liuhen verify` re-hashes each stored blob against them. */
  hashes?: ContentHash[];
};
