import type { ContentHash } from './ledger/entry';

/**
 * Actions recorded in the trail, `<aggregate>.<past tense>`, each with when it fires.
 * Summaries never hold passwords, password hashes or session tokens.
 */
export const trailActions = {
  'agency.initialised': 'first start or `liuhen init` created the agency and its bootstrap administrator',
  'agency.updated': 'an administrator changed the agency name or short name',
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
