import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors';
import { type Actor, abilitiesOf, authorize, type Resource, requireAuthorization, widestScope } from './authorize';
import { type Action, actions, type Scope } from './permissions';
import { type Role, roles } from './roles';
import { caught } from '../shared/test-support';

/**
 * The whole authorization matrix (SYS-01 groundwork; ROLE-01 roles), written out by hand after Outline's
 * `server/policies/*.test.ts`: it is NOT derived from `permissions`, so a mistaken change to the matrix fails here.
 *
 * Every actor is user `user-self` in unit `unit-1` of agency `agency-1`. Each cell has five characters, one per
 * resource, in this order:
 *   1. own      — the actor's own user record            (agency-1, unit-1, user-self)
 *   2. same     — a colleague in the actor's unit         (agency-1, unit-1, user-colleague)
 *   3. other    — someone in another unit                 (agency-1, unit-2, user-stranger)
 *   4. agency   — an agency-level resource (no unit)      (agency-1, unit null)
 *   5. foreign  — another agency, with the same unit/user ids as the actor's own record (agency-2, unit-1, user-self)
 * and each character is the decision: `a` allowed with scope agency, `u` allowed with scope unit,
 * `s` allowed with scope self, `.` denied.
 */
const AGENCY = 'aaaa.'; // granted agency-wide
const UNIT = 'uu...'; // granted within the actor's unit (and always the actor themself)
const SELF = 's....'; // granted on the actor's own record only
const NONE = '.....'; // not granted

const expectedMatrix: Record<Role, Record<Action, string>> = {
  officer: {
    'agency.read': AGENCY,
    'agency.update': NONE,
    'unit.list': AGENCY,
    'unit.create': NONE,
    'unit.update': NONE,
    'unit.delete': NONE,
    'user.list': UNIT,
    'user.read': UNIT,
    'user.create': NONE,
    'user.update': NONE,
    'user.disable': NONE,
    'user.enable': NONE,
    'user.resetPassword': NONE,
    'user.changeOwnPassword': SELF,
    'certificate.read': UNIT,
    'certificate.manage': NONE,
    'audit.read': NONE,
    'ledger.read': NONE,
    'ledger.checkpoint': NONE,
    'ledger.verify': NONE,
    'case.list': UNIT,
    'case.read': UNIT,
    'case.create': UNIT,
    'case.record': SELF,
    'case.archive': NONE,
    'approval.review': NONE,
    'approval.approve': NONE,
    'av.read': UNIT,
    'av.upload': UNIT,
    'av.manage': UNIT,
    'av.custody': UNIT,
    'station.manage': NONE,
  },
  unitHead: {
    'agency.read': AGENCY,
    'agency.update': NONE,
    'unit.list': AGENCY,
    'unit.create': NONE,
    'unit.update': NONE,
    'unit.delete': NONE,
    'user.list': UNIT,
    'user.read': UNIT,
    'user.create': NONE,
    'user.update': NONE,
    'user.disable': NONE,
    'user.enable': NONE,
    'user.resetPassword': NONE,
    'user.changeOwnPassword': SELF,
    'certificate.read': UNIT,
    'certificate.manage': NONE,
    'audit.read': NONE,
    'ledger.read': NONE,
    'ledger.checkpoint': NONE,
    'ledger.verify': NONE,
    'case.list': UNIT,
    'case.read': UNIT,
    'case.create': UNIT,
    'case.record': UNIT,
    'case.archive': UNIT,
    'approval.review': UNIT,
    'approval.approve': NONE,
    'av.read': UNIT,
    'av.upload': UNIT,
    'av.manage': UNIT,
    'av.custody': UNIT,
    'station.manage': NONE,
  },
  agencyHead: {
    'agency.read': AGENCY,
    'agency.update': NONE,
    'unit.list': AGENCY,
    'unit.create': NONE,
    'unit.update': NONE,
    'unit.delete': NONE,
    'user.list': AGENCY,
    'user.read': AGENCY,
    'user.create': NONE,
    'user.update': NONE,
    'user.disable': NONE,
    'user.enable': NONE,
    'user.resetPassword': NONE,
    'user.changeOwnPassword': SELF,
    'certificate.read': AGENCY,
    'certificate.manage': NONE,
    'audit.read': NONE,
    'ledger.read': NONE,
    'ledger.checkpoint': NONE,
    'ledger.verify': NONE,
    'case.list': AGENCY,
    'case.read': AGENCY,
    'case.create': NONE,
    'case.record': NONE,
    'case.archive': NONE,
    'approval.review': NONE,
    'approval.approve': AGENCY,
    'av.read': AGENCY,
    'av.upload': NONE,
    'av.manage': NONE,
    'av.custody': NONE,
    'station.manage': NONE,
  },
  legalAffairs: {
    'agency.read': AGENCY,
    'agency.update': NONE,
    'unit.list': AGENCY,
    'unit.create': NONE,
    'unit.update': NONE,
    'unit.delete': NONE,
    'user.list': AGENCY,
    'user.read': AGENCY,
    'user.create': NONE,
    'user.update': NONE,
    'user.disable': NONE,
    'user.enable': NONE,
    'user.resetPassword': NONE,
    'user.changeOwnPassword': SELF,
    'certificate.read': AGENCY,
    'certificate.manage': NONE,
    'audit.read': AGENCY,
    'ledger.read': AGENCY,
    'ledger.checkpoint': NONE,
    'ledger.verify': AGENCY,
    'case.list': AGENCY,
    'case.read': AGENCY,
    'case.create': NONE,
    'case.record': NONE,
    'case.archive': NONE,
    'approval.review': AGENCY,
    'approval.approve': NONE,
    'av.read': AGENCY,
    'av.upload': NONE,
    'av.manage': NONE,
    'av.custody': NONE,
    'station.manage': NONE,
  },
  recordsCustodian: {
    'agency.read': AGENCY,
    'agency.update': NONE,
    'unit.list': AGENCY,
    'unit.create': NONE,
    'unit.update': NONE,
    'unit.delete': NONE,
    'user.list': SELF,
    'user.read': SELF,
    'user.create': NONE,
    'user.update': NONE,
    'user.disable': NONE,
    'user.enable': NONE,
    'user.resetPassword': NONE,
    'user.changeOwnPassword': SELF,
    'certificate.read': SELF,
    'certificate.manage': NONE,
    'audit.read': NONE,
    'ledger.read': NONE,
    'ledger.checkpoint': NONE,
    'ledger.verify': NONE,
    'case.list': AGENCY,
    'case.read': AGENCY,
    'case.create': NONE,
    'case.record': NONE,
    'case.archive': AGENCY,
    'approval.review': NONE,
    'approval.approve': NONE,
    'av.read': AGENCY,
    'av.upload': NONE,
    'av.manage': NONE,
    'av.custody': AGENCY,
    'station.manage': NONE,
  },
  admin: {
    'agency.read': AGENCY,
    'agency.update': AGENCY,
    'unit.list': AGENCY,
    'unit.create': AGENCY,
    'unit.update': AGENCY,
    'unit.delete': AGENCY,
    'user.list': AGENCY,
    'user.read': AGENCY,
    'user.create': AGENCY,
    'user.update': AGENCY,
    'user.disable': AGENCY,
    'user.enable': AGENCY,
    'user.resetPassword': AGENCY,
    'user.changeOwnPassword': SELF,
    'certificate.read': AGENCY,
    'certificate.manage': AGENCY,
    'audit.read': AGENCY,
    'ledger.read': AGENCY,
    'ledger.checkpoint': AGENCY,
    'ledger.verify': AGENCY,
    'case.list': NONE,
    'case.read': NONE,
    'case.create': NONE,
    'case.record': NONE,
    'case.archive': NONE,
    'approval.review': NONE,
    'approval.approve': NONE,
    'av.read': NONE,
    'av.upload': NONE,
    'av.manage': NONE,
    'av.custody': NONE,
    'station.manage': AGENCY,
  },
  auditor: {
    'agency.read': AGENCY,
    'agency.update': NONE,
    'unit.list': AGENCY,
    'unit.create': NONE,
    'unit.update': NONE,
    'unit.delete': NONE,
    'user.list': AGENCY,
    'user.read': AGENCY,
    'user.create': NONE,
    'user.update': NONE,
    'user.disable': NONE,
    'user.enable': NONE,
    'user.resetPassword': NONE,
    'user.changeOwnPassword': SELF,
    'certificate.read': AGENCY,
    'certificate.manage': NONE,
    'audit.read': AGENCY,
    'ledger.read': AGENCY,
    'ledger.checkpoint': NONE,
    'ledger.verify': AGENCY,
    'case.list': AGENCY,
    'case.read': AGENCY,
    'case.create': NONE,
    'case.record': NONE,
    'case.archive': NONE,
    'approval.review': NONE,
    'approval.approve': NONE,
    'av.read': AGENCY,
    'av.upload': NONE,
    'av.manage': NONE,
    'av.custody': NONE,
    'station.manage': NONE,
  },
};

const resources = {
  own: { agencyId: 'agency-1', unitId: 'unit-1', userId: 'user-self' },
  same: { agencyId: 'agency-1', unitId: 'unit-1', userId: 'user-colleague' },
  other: { agencyId: 'agency-1', unitId: 'unit-2', userId: 'user-stranger' },
  agency: { agencyId: 'agency-1', unitId: null },
  foreign: { agencyId: 'agency-2', unitId: 'unit-1', userId: 'user-self' },
} as const satisfies Record<string, Resource>;
const resourceOrder = ['own', 'same', 'other', 'agency', 'foreign'] as const;

function actorWith(actorRoles: readonly Role[], unitId: string | null = 'unit-1'): Actor {
  return { userId: 'user-self', agencyId: 'agency-1', unitId, roles: actorRoles };
}

const scopeLetter: Record<Scope, string> = { agency: 'a', unit: 'u', self: 's' };

/** The five decisions of `actor` for `action`, in the cell notation above. */
function decisionsOf(actor: Actor, action: Action): string {
  return resourceOrder
    .map((name) => {
      const decision = authorize(actor, action, resources[name]);
      return decision.allowed ? scopeLetter[decision.scope] : '.';
    })
    .join('');
}

const matrixRows = roles.flatMap((role) =>
  actions.map((action) => ({ role, action, expected: expectedMatrix[role][action] })),
);

describe('authorize: the permission matrix, role × action × resource scope (SYS-01, ROLE-01)', () => {
  it('lists exactly the roles and actions the domain defines, so a new one cannot slip in unreviewed', () => {
    expect(Object.keys(expectedMatrix).sort()).toEqual([...roles].sort());
    for (const role of roles) expect(Object.keys(expectedMatrix[role]).sort()).toEqual([...actions].sort());
    expect(matrixRows).toHaveLength(7 * 32);
  });

  it.each(matrixRows)(
    'a sole $role gets "$expected" for $action (own/same unit/other unit/agency/other agency)',
    ({ role, action, expected }) => {
      expect(decisionsOf(actorWith([role]), action)).toBe(expected);
    },
  );

  it.each(matrixRows)('widestScope of a sole $role for $action matches the matrix', ({ role, action, expected }) => {
    const letter = expected[0];
    const scope = (Object.keys(scopeLetter) as Scope[]).find((s) => scopeLetter[s] === letter) ?? null;
    expect(widestScope(actorWith([role]), action)).toBe(scope);
  });
});

describe('authorize: default deny', () => {
  const nobody = actorWith([]);

  it('denies an actor with no roles every action on every resource, even their own record', () => {
    for (const action of actions) expect(decisionsOf(nobody, action)).toBe(NONE);
  });

  it('gives an actor with no roles no scope and no abilities', () => {
    for (const action of actions) expect(widestScope(nobody, action)).toBeNull();
    expect(Object.values(abilitiesOf(nobody)).every((able) => able === false)).toBe(true);
    expect(Object.keys(abilitiesOf(nobody)).sort()).toEqual([...actions].sort());
  });
});

describe('authorize: never across agencies', () => {
  it('denies an administrator holding every role any action on another agency, even on matching ids', () => {
    const everything = actorWith(roles);
    for (const action of actions) {
      expect(authorize(everything, action, resources.foreign)).toEqual({ allowed: false });
      expect(authorize(everything, action, { agencyId: 'agency-2', unitId: null })).toEqual({ allowed: false });
    }
  });

  it('makes requireAuthorization throw auth.forbidden for an administrator acting on another agency', () => {
    const error = caught(() => requireAuthorization(actorWith(['admin']), 'agency.read', { agencyId: 'agency-2' }));
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'auth.forbidden', details: { action: 'agency.read' } });
  });
});

describe('authorize: several roles', () => {
  it('grants the widest scope when a user is both officer and auditor', () => {
    const actor = actorWith(['officer', 'auditor']);
    expect(authorize(actor, 'user.read', resources.other)).toEqual({ allowed: true, scope: 'agency' });
    expect(authorize(actor, 'user.read', resources.same)).toEqual({ allowed: true, scope: 'agency' });
    expect(authorize(actor, 'user.read', resources.own)).toEqual({ allowed: true, scope: 'agency' });
    expect(widestScope(actor, 'user.read')).toBe('agency');
  });

  it('does not depend on the order the roles are listed in', () => {
    expect(authorize(actorWith(['auditor', 'officer']), 'user.read', resources.other)).toEqual({
      allowed: true,
      scope: 'agency',
    });
    expect(widestScope(actorWith(['auditor', 'officer']), 'certificate.read')).toBe('agency');
  });

  it('grants unit scope to a records custodian who is also an officer, where custodian alone is self', () => {
    const actor = actorWith(['recordsCustodian', 'officer']);
    expect(authorize(actor, 'certificate.read', resources.same)).toEqual({ allowed: true, scope: 'unit' });
    expect(authorize(actor, 'certificate.read', resources.own)).toEqual({ allowed: true, scope: 'unit' });
    expect(authorize(actor, 'certificate.read', resources.other)).toEqual({ allowed: false });
    expect(widestScope(actor, 'certificate.read')).toBe('unit');
  });

  it('adds a role’s extra actions: an officer in legal affairs may read the audit log agency-wide', () => {
    const actor = actorWith(['officer', 'legalAffairs']);
    expect(decisionsOf(actor, 'audit.read')).toBe(AGENCY);
    expect(decisionsOf(actor, 'user.read')).toBe(AGENCY);
    expect(decisionsOf(actor, 'user.create')).toBe(NONE);
  });

  it('keeps a widest self scope at self: no combination of roles lets anyone change another’s own password', () => {
    expect(decisionsOf(actorWith(roles), 'user.changeOwnPassword')).toBe(SELF);
  });
});

describe('authorize: unit scope without a unit', () => {
  const unitless = actorWith(['officer'], null);

  it('lets a unit-scoped role with no unit see only itself', () => {
    expect(authorize(unitless, 'user.read', { agencyId: 'agency-1', unitId: null, userId: 'user-self' })).toEqual({
      allowed: true,
      scope: 'unit',
    });
  });

  it('does not treat "no unit" as a shared unit', () => {
    expect(authorize(unitless, 'user.read', { agencyId: 'agency-1', unitId: null, userId: 'user-colleague' })).toEqual({
      allowed: false,
    });
    expect(authorize(unitless, 'user.read', { agencyId: 'agency-1', userId: 'user-colleague' })).toEqual({
      allowed: false,
    });
    expect(authorize(unitless, 'user.read', resources.same)).toEqual({ allowed: false });
  });

  it('does not treat a resource without a user as the actor’s own', () => {
    expect(authorize(actorWith(['officer']), 'user.changeOwnPassword', resources.agency)).toEqual({ allowed: false });
    expect(authorize(actorWith(['officer']), 'user.changeOwnPassword', { agencyId: 'agency-1', userId: null })).toEqual(
      { allowed: false },
    );
  });
});

describe('requireAuthorization', () => {
  it('returns the granted scope when allowed', () => {
    expect(requireAuthorization(actorWith(['admin']), 'user.create', resources.other)).toBe('agency');
    expect(requireAuthorization(actorWith(['officer']), 'user.read', resources.same)).toBe('unit');
    expect(requireAuthorization(actorWith(['officer']), 'user.changeOwnPassword', resources.own)).toBe('self');
  });

  it('throws a DomainError with code auth.forbidden naming the action when denied', () => {
    const error = caught(() => requireAuthorization(actorWith(['officer']), 'user.read', resources.other));
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'DomainError',
      code: 'auth.forbidden',
      details: { action: 'user.read' },
      message: 'You are not allowed to do this',
    });
  });

  it('throws auth.forbidden for an auditor trying to write', () => {
    const error = caught(() => requireAuthorization(actorWith(['auditor']), 'certificate.manage', resources.same));
    expect(error).toMatchObject({ code: 'auth.forbidden', details: { action: 'certificate.manage' } });
  });
});

describe('abilitiesOf', () => {
  it('shows an officer the reading controls, their own password change and case work, nothing else', () => {
    expect(abilitiesOf(actorWith(['officer']))).toEqual({
      'agency.read': true,
      'agency.update': false,
      'unit.list': true,
      'unit.create': false,
      'unit.update': false,
      'unit.delete': false,
      'user.list': true,
      'user.read': true,
      'user.create': false,
      'user.update': false,
      'user.disable': false,
      'user.enable': false,
      'user.resetPassword': false,
      'user.changeOwnPassword': true,
      'certificate.read': true,
      'certificate.manage': false,
      'audit.read': false,
      'ledger.read': false,
      'ledger.checkpoint': false,
      'ledger.verify': false,
      'case.list': true,
      'case.read': true,
      'case.create': true,
      'case.record': true,
      'case.archive': false,
      'approval.review': false,
      'approval.approve': false,
      'av.read': true,
      'av.upload': true,
      'av.manage': true,
      'av.custody': true,
      'station.manage': false,
    });
  });

  it('shows an administrator every system control but no case work: running the system is not reading cases', () => {
    const abilities = abilitiesOf(actorWith(['admin']));
    expect(Object.keys(abilities).sort()).toEqual([...actions].sort());
    for (const action of actions) {
      expect(abilities[action]).toBe(!/^(case|approval|av)\./.test(action));
    }
  });

  it('shows an auditor no writing control (verifying the ledger only reads it, and is itself recorded)', () => {
    const abilities = abilitiesOf(actorWith(['auditor']));
    expect(
      Object.entries(abilities)
        .filter(([, able]) => able)
        .map(([action]) => action),
    ).toEqual([
      'agency.read',
      'unit.list',
      'user.list',
      'user.read',
      'user.changeOwnPassword',
      'certificate.read',
      'audit.read',
      'ledger.read',
      'ledger.verify',
      'case.list',
      'case.read',
      'av.read',
    ]);
  });
});

describe("authorize: a case's handlers (memberIds)", () => {
  const caseInOtherUnit = { agencyId: 'agency-1', unitId: 'unit-2', memberIds: ['user-self', 'user-stranger'] };

  it('lets an officer handling a case of another unit record on it and read it (INV-01 joint handling)', () => {
    expect(authorize(actorWith(['officer']), 'case.record', caseInOtherUnit)).toEqual({ allowed: true, scope: 'self' });
    expect(authorize(actorWith(['officer']), 'case.read', caseInOtherUnit)).toEqual({ allowed: true, scope: 'unit' });
  });

  it('refuses an officer who is neither in the unit nor a handler', () => {
    const notMine = { ...caseInOtherUnit, memberIds: ['user-stranger'] };
    expect(authorize(actorWith(['officer']), 'case.record', notMine)).toEqual({ allowed: false });
    expect(authorize(actorWith(['officer']), 'case.read', notMine)).toEqual({ allowed: false });
  });

  it('never lets membership cross agencies', () => {
    expect(authorize(actorWith(['officer']), 'case.record', { ...caseInOtherUnit, agencyId: 'agency-2' })).toEqual({
      allowed: false,
    });
  });
});
