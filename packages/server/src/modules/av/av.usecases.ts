import type {
  AvListQuery,
  AvRecordBody,
  LinkAvRecordBody,
  UnlinkAvRecordBody,
  UpdateAvRecordBody,
} from '@liuhen/contracts';
import {
  avMetadataSchema,
  domainError,
  missingMetadata,
  type RequiredAvMetadataKey,
  requireAuthorization,
  requiredAvMetadataKeys,
  type Resource,
  widestScope,
} from '@liuhen/domain';
import { type Selectable, sql } from 'kysely';
import type { AvRecordTable } from '../../adapters/db/schema';
import type { Deps } from '../../deps';
import { afterCaseChange } from '../compliance/compliance.usecases';
import type { Db, RequestContext, SessionActor } from '../../uow';
import { loadCaseFor } from '../cases/case-access';
import { handlersOf, checkActivityOfCase } from '../cases/cases.repository';
import { factsOf, rulesOfRecords } from './av-rules';
import { derivativesOf } from './derivatives';

type Ctx = RequestContext & { actor: SessionActor };
export type AvRow = Selectable<AvRecordTable>;

/** The record's columns under the names of `requiredAvMetadataKeys` (AVS-03), for the incomplete filter. */
const metadataColumns = {
  deviceType: 'device_type',
  capturedFrom: 'captured_from',
  makerId: 'maker_id',
  purpose: 'purpose',
  place: 'place',
  deviceNumber: 'device_number',
} as const satisfies Record<RequiredAvMetadataKey, keyof AvRow>;

function missingOf(row: AvRow): string[] {
  return missingMetadata({
    deviceType: row.device_type,
    capturedFrom: row.captured_from,
    makerId: row.maker_id,
    purpose: row.purpose,
    place: row.place,
    deviceNumber: row.device_number,
  });
}

function probeOf(row: AvRow): AvRecordBody['probe'] {
  const status = row.probe_status as AvRecordBody['probe']['status'];
  const probed = row.probe ? (JSON.parse(row.probe) as Omit<AvRecordBody['probe'], 'status'>) : null;
  return {
    status,
    formatName: probed?.formatName ?? null,
    durationSeconds: probed?.durationSeconds ?? null,
    creationTime: probed?.creationTime ?? null,
    video: probed?.video ?? null,
    audio: probed?.audio ?? null,
    exif: probed?.exif ?? null,
    findings: (probed?.findings ?? []).map(({ code, zh, en }) => ({ code, zh, en })),
    error: probed?.error ?? null,
  };
}

/** Who an A/V record belongs to: its unit, and the people who uploaded or made it, and its case's handlers. */
async function resourceOf(db: Db, row: AvRow): Promise<Resource> {
  const members = [row.uploaded_by, row.maker_id].filter((id): id is string => id !== null);
  if (row.case_id) {
    const handlers = (await handlersOf(db, [row.case_id])).get(row.case_id) ?? [];
    members.push(...handlers.map((handler) => handler.id));
  }
  return { agencyId: row.agency_id, unitId: row.unit_id, memberIds: members };
}

async function present(deps: Deps, rows: readonly AvRow[]): Promise<AvRecordBody[]> {
  const db = deps.database.db;
  const rules = await rulesOfRecords(deps, rows);
  const userIds = [...new Set(rows.flatMap((row) => [row.uploaded_by, row.maker_id]).filter((id) => id !== null))];
  const users = userIds.length
    ? await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', userIds as string[])
        .execute()
    : [];
  const stationIds = [...new Set(rows.map((row) => row.station_id).filter((id) => id !== null))];
  const stations = stationIds.length
    ? await db
        .selectFrom('stations')
        .select(['id', 'name'])
        .where('id', 'in', stationIds as string[])
        .execute()
    : [];
  const caseIds = [...new Set(rows.map((row) => row.case_id).filter((id) => id !== null))];
  const cases = caseIds.length
    ? await db
        .selectFrom('cases')
        .select(['id', 'number'])
        .where('id', 'in', caseIds as string[])
        .execute()
    : [];
  const derivatives = await derivativesOf(
    db,
    rows.map((row) => row.hash),
  );
  const user = (id: string | null) => {
    if (!id) return null;
    return { id, name: users.find((candidate) => candidate.id === id)?.display_name ?? id };
  };
  return rows.map((row) => ({
    id: row.id,
    hash: row.hash,
    size: Number(row.size),
    mediaType: row.media_type,
    fileName: row.file_name,
    declaredHash: row.declared_hash,
    uploadedBy: user(row.uploaded_by),
    station: row.station_id
      ? { id: row.station_id, name: stations.find((station) => station.id === row.station_id)?.name ?? '' }
      : null,
    receivedAt: row.received_at,
    deviceType: row.device_type as AvRecordBody['deviceType'],
    deviceNumber: row.device_number,
    maker: user(row.maker_id),
    officerNumber: row.officer_number,
    capturedFrom: row.captured_from,
    capturedTo: row.captured_to,
    place: row.place,
    purpose: row.purpose,
    mounting: row.mounting as AvRecordBody['mounting'],
    mountingFocus: row.mounting_focus,
    announcementOffsetSeconds:
      row.announcement_offset_seconds === null ? null : Number(row.announcement_offset_seconds),
    caseId: row.case_id,
    caseNumber: cases.find((item) => item.id === row.case_id)?.number ?? null,
    activityId: row.activity_id,
    probe: probeOf(row),
    derivatives: derivatives.get(`${row.agency_id} ${row.hash}`) ?? [],
    missing: missingOf(row),
    persons: row.persons,
    summary: row.summary,
    keyContent: factsOf(row).keyContent,
    partyReview: factsOf(row).partyReview,
    storageException: factsOf(row).storageException,
    profileId: row.profile_id,
    rules: rules.get(row.id) ?? null,
    version: row.version,
    updatedAt: row.updated_at,
  }));
}

/** Loads a record the actor may read (else `av.not_found`) and checks `action` on it; also used by custody.usecases. */
export async function loadFor(
  deps: Deps,
  actor: SessionActor,
  id: string,
  action: 'av.read' | 'av.manage' | 'av.custody',
) {
  const row = await deps.database.db
    .selectFrom('av_records')
    .selectAll()
    .where('id', '=', id)
    .where('agency_id', '=', actor.agencyId)
    .executeTakeFirst();
  if (!row) throw domainError('av.not_found');
  const resource = await resourceOf(deps.database.db, row);
  try {
    requireAuthorization(actor, 'av.read', resource);
  } catch {
    throw domainError('av.not_found');
  }
  if (action !== 'av.read') requireAuthorization(actor, action, resource);
  return row;
}

/**
 * The A/V library: records the actor may see, newest first, with filters (unlinked, incomplete, mine) and the AVS-05
 * classification (unit, device number, officer, time of use, party, 案由).
 */
export async function listAvRecords(deps: Deps, actor: SessionActor, query: AvListQuery) {
  const scope = widestScope(actor, 'av.read');
  if (scope === null) throw domainError('auth.forbidden', { action: 'av.read' });
  const db = deps.database.db;
  let q = db.selectFrom('av_records').where('av_records.agency_id', '=', actor.agencyId);
  if (scope !== 'agency') {
    q = q.where((eb) =>
      eb.or([
        ...(actor.unitId !== null ? [eb('av_records.unit_id', '=', actor.unitId)] : []),
        eb('av_records.uploaded_by', '=', actor.userId),
        eb('av_records.maker_id', '=', actor.userId),
      ]),
    );
  }
  if (query.caseId) q = q.where('av_records.case_id', '=', query.caseId);
  if (query.activityId) q = q.where('av_records.activity_id', '=', query.activityId);
  if (query.unlinked === 'true') q = q.where('av_records.case_id', 'is', null);
  if (query.mine === 'true') {
    q = q.where((eb) =>
      eb.or([eb('av_records.uploaded_by', '=', actor.userId), eb('av_records.maker_id', '=', actor.userId)]),
    );
  }
  if (query.incomplete === 'true') {
    q = q.where((eb) =>
      eb.or(requiredAvMetadataKeys.map((key) => eb(`av_records.${metadataColumns[key]}`, 'is', null))),
    );
  }
  // AVS-05: unit, device number, officer, time of use (the capture overlaps the range), party and 案由.
  const like = (text: string) => sql<string>`${`%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`} escape '\\'`;
  if (query.unitId) q = q.where('av_records.unit_id', '=', query.unitId);
  if (query.deviceNumber) {
    // Case-insensitive on both dialects (PostgreSQL's LIKE is case-sensitive): serials are written DSJ- or dsj-.
    const device = query.deviceNumber.toLowerCase();
    q = q.where((eb) => eb(eb.fn<string>('lower', ['av_records.device_number']), 'like', like(device)));
  }
  if (query.officer) q = q.where('av_records.maker_id', '=', query.officer);
  if (query.capturedTo) {
    q = q.where('av_records.captured_from', '<=', new Date(query.capturedTo).toISOString());
  }
  if (query.capturedFrom) {
    const from = new Date(query.capturedFrom).toISOString();
    q = q.where((eb) => eb(eb.fn.coalesce('av_records.captured_to', 'av_records.captured_from'), '>=', from));
  }
  if (query.party || query.cause) {
    const { party, cause } = query;
    q = q.where('av_records.case_id', 'in', (eb) => {
      let cases = eb.selectFrom('cases').select('cases.id').where('cases.agency_id', '=', actor.agencyId);
      if (party) cases = cases.where('cases.party_names', 'like', like(party));
      if (cause) cases = cases.where('cases.cause', 'like', like(cause));
      return cases;
    });
  }
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('av_records')
    .orderBy('av_records.received_at', 'desc')
    .orderBy('av_records.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items: await present(deps, rows), total: Number(count.n) };
}

export async function getAvRecord(deps: Deps, actor: SessionActor, id: string): Promise<AvRecordBody> {
  const row = await loadFor(deps, actor, id, 'av.read');
  const [body] = await present(deps, [row]);
  return body!;
}

async function bump(
  deps: Deps,
  ctx: Ctx,
  row: AvRow,
  expectedVersion: number,
  changes: Partial<AvRow>,
  entry: {
    action: 'av.updated' | 'av.linked' | 'av.unlinked';
    summary: Record<string, unknown>;
  },
) {
  if (row.version !== expectedVersion) {
    throw domainError('av.version_conflict', { current: row.version, expected: expectedVersion });
  }
  await deps.uow.run(ctx, async (tx) => {
    const result = await tx.db
      .updateTable('av_records')
      .set({ ...changes, version: row.version + 1, updated_at: tx.now.toISOString() })
      .where('id', '=', row.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw domainError('av.version_conflict', { current: '?', expected: expectedVersion });
    }
    await tx.ledger.append({ action: entry.action, subject: { type: 'avRecord', id: row.id }, summary: entry.summary });
  });
}

function durationOf(row: AvRow): number | null {
  if (!row.probe) return null;
  const probed = JSON.parse(row.probe) as { durationSeconds?: number | null };
  return probed.durationSeconds ?? null;
}

/**
 * The metadata after a change must hold together as a whole (domain `avMetadataSchema`): the capture ends after it
 * starts, a mounting only for body cams and with the key content when handheld or fixed (AV-06), the announcement
 * within the footage (AV-07).
 */
function checkMetadata(row: AvRow, durationSeconds: number | null): void {
  const defined = <T>(value: T | null) => (value === null ? undefined : value);
  const result = avMetadataSchema.safeParse({
    deviceType: defined(row.device_type),
    deviceNumber: defined(row.device_number),
    makerId: defined(row.maker_id),
    capturedFrom: defined(row.captured_from),
    capturedTo: defined(row.captured_to),
    place: defined(row.place),
    purpose: defined(row.purpose),
    mounting: defined(row.mounting),
    mountingFocus: defined(row.mounting_focus),
    announcementOffsetSeconds: defined(
      row.announcement_offset_seconds === null ? null : Number(row.announcement_offset_seconds),
    ),
  });
  if (!result.success) {
    throw domainError('request.invalid', {
      issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    });
  }
  const offset = row.announcement_offset_seconds;
  if (offset !== null && durationSeconds !== null && Number(offset) > durationSeconds) {
    throw domainError('request.invalid', {
      issues: `announcementOffsetSeconds: ${offset} is past the end of the footage (${durationSeconds} s)`,
    });
  }
}

/** AVS-03: completes the metadata (制作方法, 时间, 制作人, 地点, 证明对象). The file itself never changes (AV-04). */
export async function updateAvRecord(deps: Deps, ctx: Ctx, input: { id: string; body: UpdateAvRecordBody }) {
  const row = await loadFor(deps, ctx.actor, input.id, 'av.manage');
  const { body } = input;
  if (body.makerId) {
    const maker = await deps.database.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', body.makerId)
      .where('agency_id', '=', ctx.agencyId)
      .executeTakeFirst();
    if (!maker) throw domainError('user.not_found', { userId: body.makerId });
  }
  const changes: Partial<AvRow> = {
    ...(body.deviceType !== undefined ? { device_type: body.deviceType } : {}),
    ...(body.deviceNumber !== undefined ? { device_number: body.deviceNumber } : {}),
    ...(body.makerId !== undefined ? { maker_id: body.makerId } : {}),
    ...(body.capturedFrom !== undefined ? { captured_from: new Date(body.capturedFrom).toISOString() } : {}),
    ...(body.capturedTo !== undefined ? { captured_to: new Date(body.capturedTo).toISOString() } : {}),
    ...(body.place !== undefined ? { place: body.place } : {}),
    ...(body.purpose !== undefined ? { purpose: body.purpose } : {}),
    ...(body.mounting !== undefined ? { mounting: body.mounting } : {}),
    ...(body.mountingFocus !== undefined ? { mounting_focus: body.mountingFocus } : {}),
    ...(body.announcementOffsetSeconds !== undefined
      ? { announcement_offset_seconds: body.announcementOffsetSeconds }
      : {}),
    ...(body.persons !== undefined ? { persons: body.persons } : {}),
    ...(body.summary !== undefined ? { summary: body.summary } : {}),
    ...(body.keyContent !== undefined
      ? { key_content: JSON.stringify({ ...(factsOf(row).keyContent ?? {}), ...body.keyContent }) }
      : {}),
    ...(body.partyReview !== undefined ? { party_review: JSON.stringify(body.partyReview) } : {}),
    ...(body.storageException !== undefined
      ? {
          storage_exception_reason: body.storageException.reason,
          returned_at: new Date(body.storageException.returnedAt).toISOString(),
        }
      : {}),
  };
  checkMetadata({ ...row, ...changes }, durationOf(row));
  await checkProfileRules(deps, { ...row, ...changes }, body);
  const before = Object.fromEntries(Object.keys(changes).map((key) => [key, row[key as keyof AvRow]]));
  await bump(deps, ctx, row, body.expectedVersion, changes, {
    action: 'av.updated',
    summary: { hash: row.hash, before, after: changes },
  });
  await afterCaseChange(deps, row.case_id);
  return getAvRecord(deps, ctx.actor, row.id);
}

/**
 * What the record's profile says of the fields just changed: AV-05 items must be the profile's own checklist items,
 * AV-11 applies only where the profile asks for the party's review, and the AVS-01 return-to-unit exception must be
 * allowed by the profile, with its reason and a return after the recording ended.
 */
async function checkProfileRules(deps: Deps, row: AvRow, body: UpdateAvRecordBody): Promise<void> {
  if (body.keyContent === undefined && body.storageException === undefined) return;
  const rules = (await rulesOfRecords(deps, [row])).get(row.id) ?? null;
  if (body.keyContent !== undefined) {
    const known = rules?.keyContent?.items.map((item) => item.id) ?? [];
    const unknown = Object.keys(body.keyContent).find((id) => !known.includes(id));
    if (unknown !== undefined) throw domainError('av.key_content_unknown', { item: unknown });
  }
  if (body.storageException !== undefined) {
    const [problem] = rules?.storage.exceptionProblems ?? ['av.exception_not_allowed'];
    if (problem !== undefined) {
      throw domainError(problem as 'av.exception_not_allowed', {
        returnedAt: body.storageException.returnedAt,
        capturedTo: row.captured_to ?? '',
        article: rules?.storage.article ?? '',
      });
    }
  }
}

/** AV-08: under a profile that says so (LX), a record joins a case only with its time, place, persons and summary. */
export async function checkCaseMetadata(deps: Deps, row: AvRow): Promise<void> {
  const rules = (await rulesOfRecords(deps, [row])).get(row.id) ?? null;
  const missing = rules?.caseMetadata?.missing ?? [];
  if (missing.length > 0) {
    throw domainError('av.case_metadata_missing', {
      fields: missing.join(', '),
      article: rules!.caseMetadata!.article,
    });
  }
}

/** Links a record to a case the actor records on (and optionally one of its activities); closed cases refuse. */
export async function linkAvRecord(deps: Deps, ctx: Ctx, input: { id: string; body: LinkAvRecordBody }) {
  const row = await loadFor(deps, ctx.actor, input.id, 'av.manage');
  const { row: caseRow } = await loadCaseFor(deps, ctx.actor, input.body.caseId, 'case.record');
  if (caseRow.stage === 'closed' || caseRow.stage === 'archived') {
    throw domainError('av.case_closed', { stage: caseRow.stage });
  }
  if (input.body.activityId) {
    await checkActivityOfCase(deps.database.db, { activityId: input.body.activityId, caseId: caseRow.id });
  }
  await checkCaseMetadata(deps, row);
  await bump(
    deps,
    ctx,
    row,
    input.body.expectedVersion,
    { case_id: caseRow.id, activity_id: input.body.activityId ?? null },
    {
      action: 'av.linked',
      summary: {
        hash: row.hash,
        caseId: caseRow.id,
        caseNumber: caseRow.number,
        activityId: input.body.activityId ?? null,
        previousCaseId: row.case_id,
      },
    },
  );
  if (row.case_id !== caseRow.id) await afterCaseChange(deps, row.case_id);
  await afterCaseChange(deps, caseRow.id);
  return getAvRecord(deps, ctx.actor, row.id);
}

/** Unlinks a record from its case, with the reason; the file stays stored and the earlier link stays in the ledger. */
export async function unlinkAvRecord(deps: Deps, ctx: Ctx, input: { id: string; body: UnlinkAvRecordBody }) {
  const row = await loadFor(deps, ctx.actor, input.id, 'av.manage');
  if (!row.case_id) return getAvRecord(deps, ctx.actor, row.id);
  await bump(
    deps,
    ctx,
    row,
    input.body.expectedVersion,
    { case_id: null, activity_id: null },
    {
      action: 'av.unlinked',
      summary: { hash: row.hash, caseId: row.case_id, activityId: row.activity_id, reason: input.body.reason },
    },
  );
  await afterCaseChange(deps, row.case_id);
  return getAvRecord(deps, ctx.actor, row.id);
}
