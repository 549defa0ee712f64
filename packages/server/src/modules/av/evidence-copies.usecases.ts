import type { EvidenceCopyBody, RecordEvidenceCopyBody } from '@liuhen/contracts';
import { checkEvidenceCopy, domainError, type EvidenceCopyMedium, localDateOf } from '@liuhen/domain';
import type { Selectable } from 'kysely';
import type { AvEvidenceCopyTable } from '../../adapters/db/schema';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor } from '../../uow';
import { loadCaseFor } from '../cases/case-access';
import { effectiveProfile } from '../profiles/profiles.usecases';
import { loadFor } from './av.usecases';
import { namesOf } from './custody.usecases';

type Ctx = RequestContext & { actor: SessionActor };
type CopyRow = Selectable<AvEvidenceCopyTable> & { file_name: string };

async function present(deps: Deps, rows: readonly CopyRow[]): Promise<{ items: EvidenceCopyBody[] }> {
  const names = await namesOf(deps.database.db, { users: rows.map((row) => row.recorded_by) });
  return {
    items: rows.map((row) => ({
      id: row.id,
      avRecordId: row.av_record_id,
      fileName: row.file_name,
      caseId: row.case_id,
      medium: row.medium as EvidenceCopyMedium,
      mediumLabel: row.medium_label,
      copiedOn: row.copied_on,
      explanation: row.explanation,
      hash: row.hash,
      recordedBy: { id: row.recorded_by, name: names.get(row.recorded_by) ?? row.recorded_by },
      recordedAt: row.recorded_at,
    })),
  };
}

function copies(deps: Deps, agencyId: string) {
  return deps.database.db
    .selectFrom('av_evidence_copies')
    .innerJoin('av_records', 'av_records.id', 'av_evidence_copies.av_record_id')
    .selectAll('av_evidence_copies')
    .select('av_records.file_name')
    .where('av_evidence_copies.agency_id', '=', agencyId)
    .orderBy('av_evidence_copies.recorded_at')
    .orderBy('av_evidence_copies.id');
}

/** AVS-04: the evidence copies of one record. */
export async function listRecordEvidenceCopies(deps: Deps, actor: SessionActor, id: string) {
  const row = await loadFor(deps, actor, id, 'av.read');
  return present(
    deps,
    await copies(deps, actor.agencyId).where('av_evidence_copies.av_record_id', '=', row.id).execute(),
  );
}

/** AVS-04: the evidence copies in a case's file. */
export async function listCaseEvidenceCopies(deps: Deps, actor: SessionActor, caseId: string) {
  const { row } = await loadCaseFor(deps, actor, caseId, 'case.read');
  return present(deps, await copies(deps, actor.agencyId).where('av_evidence_copies.case_id', '=', row.id).execute());
}

/**
 * AVS-04, LX 第二十六条: an A/V record used as evidence is copied to a storage medium (光盘, U 盘 …) and a written
 * explanation joins the case file. Recorded with the record's hash, so the copy can later be checked against it; the
 * row is append-only and the act is a ledger entry.
 */
export async function recordEvidenceCopy(
  deps: Deps,
  ctx: Ctx,
  input: { id: string; body: RecordEvidenceCopyBody },
): Promise<EvidenceCopyBody> {
  const row = await loadFor(deps, ctx.actor, input.id, 'av.manage');
  const profile = await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id });
  if (!profile) throw domainError('profile.not_selected');
  const { body } = input;
  checkEvidenceCopy(profile.avStorage.evidenceCopy, {
    caseId: row.case_id,
    copiedOn: body.copiedOn,
    today: localDateOf(deps.clock.now()),
    explanation: body.explanation,
  });
  const caseId = row.case_id!;
  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    await tx.db
      .insertInto('av_evidence_copies')
      .values({
        id,
        agency_id: row.agency_id,
        av_record_id: row.id,
        case_id: caseId,
        medium: body.medium,
        medium_label: body.mediumLabel,
        copied_on: body.copiedOn,
        explanation: body.explanation,
        hash: row.hash,
        recorded_by: ctx.actor.userId,
        recorded_at: tx.now.toISOString(),
      })
      .execute();
    await tx.ledger.append({
      action: 'av.evidence_copied',
      subject: { type: 'avRecord', id: row.id },
      summary: {
        evidenceCopyId: id,
        hash: row.hash,
        caseId,
        medium: body.medium,
        mediumLabel: body.mediumLabel,
        copiedOn: body.copiedOn,
        explanation: body.explanation,
        article: profile.avStorage.evidenceCopy?.article ?? null,
      },
    });
  });
  const [copy] = (await listRecordEvidenceCopies(deps, ctx.actor, row.id)).items.filter((item) => item.id === id);
  return copy!;
}
