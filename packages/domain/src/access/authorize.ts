import { domainError } from '../shared/errors';
import { type Action, actions, permissions, type Scope } from './permissions';
import type { Role } from './roles';

/** Who is acting: taken from the session, never from the request body. */
export type Actor = {
  userId: string;
  agencyId: string;
  unitId: string | null;
  roles: readonly Role[];
};

/**
 * What is acted on. `unitId` is the unit the resource belongs to (null for agency-level resources);
 * `userId` is set when the resource is a person (or belongs to one), for the `self` scope.
 */
export type Resource = {
  agencyId: string;
  unitId?: string | null;
  userId?: string | null;
  /** People the resource belongs to beside its unit (a case's handlers): `self` and `unit` scopes cover them. */
  memberIds?: readonly string[];
};

export type Decision = { allowed: true; scope: Scope } | { allowed: false };

const scopeBreadth: Record<Scope, number> = { self: 0, unit: 1, agency: 2 };

function covers(scope: Scope, actor: Actor, resource: Resource): boolean {
  if (scope === 'agency') return true;
  if (resource.memberIds?.includes(actor.userId)) return true;
  if (scope === 'unit') {
    // A unit-scoped role sees its own unit's resources and always itself.
    if (resource.userId !== undefined && resource.userId === actor.userId) return true;
    return actor.unitId !== null && resource.unitId !== undefined && resource.unitId === actor.unitId;
  }
  return resource.userId !== undefined && resource.userId === actor.userId;
}

/** The single authorization point: default deny, never across agencies, widest matching role wins. */
export function authorize(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.agencyId !== resource.agencyId) return { allowed: false };
  const grants = permissions[action];
  const scopes = actor.roles
    .map((role) => grants[role])
    .filter((scope): scope is Scope => scope !== undefined)
    .sort((a, b) => scopeBreadth[b] - scopeBreadth[a]);
  for (const scope of scopes) {
    if (covers(scope, actor, resource)) return { allowed: true, scope };
  }
  return { allowed: false };
}

/** Like `authorize`, but throws `auth.forbidden` when denied. Use cases call it first. */
export function requireAuthorization(actor: Actor, action: Action, resource: Resource): Scope {
  const decision = authorize(actor, action, resource);
  if (!decision.allowed) throw domainError('auth.forbidden', { action });
  return decision.scope;
}

/** The widest scope the actor has for an action, for listing queries (null: none at all). */
export function widestScope(actor: Actor, action: Action): Scope | null {
  const grants = permissions[action];
  let widest: Scope | null = null;
  for (const role of actor.roles) {
    const scope = grants[role];
    if (scope && (widest === null || scopeBreadth[scope] > scopeBreadth[widest])) widest = scope;
  }
  return widest;
}

/** Whether the actor may take each action on at least some resource (any scope): shipped to the UI to show or hide controls. */
export function abilitiesOf(actor: Actor): Record<Action, boolean> {
  const result = {} as Record<Action, boolean>;
  for (const action of actions) result[action] = widestScope(actor, action) !== null;
  return result;
}
