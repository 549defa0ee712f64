import type { ProfileDetailBody, ProfileListBody, ProfileSummaryBody, SelectProfileBody } from '@liuhen/contracts';
import { domainError, requireAuthorization, type Profile } from '@liuhen/domain';
import type { Deps } from '../../deps';
import { reevaluateAll } from '../compliance/compliance.usecases';
import type { Db, RequestContext, SessionActor } from '../../uow';
import type { LoadedProfile } from './profile-registry';

function summaryOf(entry: LoadedProfile): ProfileSummaryBody {
  const { profile } = entry;
  return {
    id: profile.id,
    family: profile.family,
    version: profile.version,
    name: profile.name,
    issuer: profile.issuer,
    issuedOn: profile.issuedOn,
    legalBasis: profile.source.legalBasis,
    article: profile.source.article,
    shipped: entry.shipped,
    sha256: entry.sha256,
  };
}

/** The agency's selected profile id (GEN-01), or null while none is selected. */
export async function agencyProfileId(db: Db, agencyId: string): Promise<string | null> {
  const row = await db.selectFrom('agencies').select('profile_id').where('id', '=', agencyId).executeTakeFirst();
  return row?.profile_id ?? null;
}

/**
 * The profile whose rules apply to something bound to `profileId` (a case, an A/V record), falling back to the
 * agency's for rows made before profiles existed. Null when neither is set, or the id is no longer loaded.
 */
export async function effectiveProfile(
  deps: Deps,
  input: { profileId: string | null; agencyId: string },
): Promise<Profile | null> {
  const id = input.profileId ?? (await agencyProfileId(deps.database.db, input.agencyId));
  return id ? (deps.profiles.get(id)?.profile ?? null) : null;
}

/** GEN-01: a new case or A/V record is bound to the agency's profile; a case cannot be opened without one. */
export async function requireAgencyProfile(deps: Deps, agencyId: string): Promise<LoadedProfile> {
  const id = await agencyProfileId(deps.database.db, agencyId);
  if (!id) throw domainError('profile.not_selected');
  return deps.profiles.require(id);
}

export async function listProfiles(deps: Deps, actor: SessionActor): Promise<ProfileListBody> {
  requireAuthorization(actor, 'agency.read', { agencyId: actor.agencyId });
  return {
    items: deps.profiles.list().map(summaryOf),
    selectedId: await agencyProfileId(deps.database.db, actor.agencyId),
  };
}

export async function getProfile(deps: Deps, actor: SessionActor, profileId: string): Promise<ProfileDetailBody> {
  requireAuthorization(actor, 'agency.read', { agencyId: actor.agencyId });
  const entry = deps.profiles.require(profileId);
  return { summary: summaryOf(entry), profile: entry.profile };
}

/**
 * GEN-01: the administrator selects the agency's profile. It applies to cases and A/V records created from now on;
 * existing ones keep the profile they were bound to. The change, its reason and the file's hash are in the ledger.
 */
export async function selectAgencyProfile(
  deps: Deps,
  ctx: RequestContext & { actor: SessionActor },
  body: SelectProfileBody,
): Promise<ProfileListBody> {
  requireAuthorization(ctx.actor, 'agency.update', { agencyId: ctx.agencyId });
  const entry = deps.profiles.require(body.profileId);
  const before = await agencyProfileId(deps.database.db, ctx.agencyId);
  if (before !== body.profileId) {
    await deps.uow.run(ctx, async (tx) => {
      await tx.db.updateTable('agencies').set({ profile_id: body.profileId }).where('id', '=', ctx.agencyId).execute();
      await tx.ledger.append({
        action: 'agency.profile_selected',
        subject: { type: 'agency', id: ctx.agencyId },
        summary: {
          before,
          after: body.profileId,
          version: entry.profile.version,
          sha256: entry.sha256,
          reason: body.reason,
        },
      });
    });
    // Cases bound to no profile follow the agency's: their findings are recomputed (derived data, not ledgered).
    // Cases bound to a profile keep theirs, so a large agency's switch does not re-evaluate all its cases here.
    await reevaluateAll(deps, { agencyId: ctx.agencyId, unboundOnly: true }).catch((error: unknown) =>
      console.warn(
        JSON.stringify({ msg: 'compliance re-evaluation after a profile change failed', error: String(error) }),
      ),
    );
  }
  return listProfiles(deps, ctx.actor);
}
