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
  suggestAvLinks,
  type Resource,
  widestScope,
} from '@liuhen/domain';
import type { Selectable } from 'kysely';
import type { Readable } from 'node:stream';
import type { AvRecordTable } from '../../adapters/db/schema';
import type { Deps } from '../../deps';
import type { Db, RequestContext, SessionActor } from '../../uow';
import { loadCaseFor } from '../cases/case-access';
import { handlersOf, checkActivityOfCase } from '../cases/cases.repository';

type Ctx = RequestContext & { actor: SessionActor };
type AvRow = Selectable<AvRecordTable>;

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

async function present(db: Db, rows: readonly AvRow[]): Promise<AvRecordBody[]> {
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
    missing: missingOf(row),
    version: row.version,
    updatedAt: row.updated_at,
  }));
}

async function loadFor(deps: Deps, actor: SessionActor, id: string, action: 'av.read' | 'av.manage') {
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

/** The A/V library: records the actor may see, newest first, with filters (unlinked, incomplete, mine). */
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
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('av_records')
    .orderBy('av_records.received_at', 'desc')
    .orderBy('av_records.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items: await present(db, rows), total: Number(count.n) };
}

export async function getAvRecord(deps: Deps, actor: SessionActor, id: string): Promise<AvRecordBody> {
  const row = await loadFor(deps, actor, id, 'av.read');
  const [body] = await present(deps.database.db, [row]);
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
  };
  checkMetadata({ ...row, ...changes }, durationOf(row));
  const before = Object.fromEntries(Object.keys(changes).map((key) => [key, row[key as keyof AvRow]]));
  await bump(deps, ctx, row, body.expectedVersion, changes, {
    action: 'av.updated',
    summary: { hash: row.hash, before, after: changes },
  });
  return getAvRecord(deps, ctx.actor, row.id);
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
  return getAvRecord(deps, ctx.actor, row.id);
}

/**
 * Opens the stored file (or the inclusive byte range) for playback or download. Every access is a ledger entry —
 * who, which file, play or download, which range — written before the first byte is sent.
 */
export async function openAvContent(
  deps: Deps,
  ctx: Ctx,
  input: { id: string; rangeHeader: string | undefined; download: boolean },
): Promise<{ stream: Readable; row: AvRow; size: number; range: { start: number; end: number } | null }> {
  const row = await loadFor(deps, ctx.actor, input.id, 'av.read');
  const size = Number(row.size);
  const range = parseRange(input.rangeHeader, size);
  const [alg, hex] = row.hash.split(':') as ['sha256' | 'sm3', string];
  await deps.uow.run(ctx, (tx) =>
    tx.ledger.append({
      action: 'av.accessed',
      subject: { type: 'avRecord', id: row.id },
      summary: {
        hash: row.hash,
        mode: input.download ? 'download' : 'play',
        range: range ? `${range.start}-${range.end}` : null,
        caseId: row.case_id,
      },
    }),
  );
  const stream = await deps.blobs.open({ alg, hex }, range ?? undefined);
  return { stream, row, size, range };
}

/**
 * Link suggestions for the actor's unlinked recordings (the most neglected part of footage in practice): an activity
 * of a case the actor may record on, at which the recording's officer (its maker or uploader) was present, whose time
 * window overlaps the capture window. Ranked by overlap; one click (`POST /api/av/:id/link`) accepts one.
 */
export async function suggestLinks(deps: Deps, actor: SessionActor) {
  const db = deps.database.db;
  const mine = await db
    .selectFrom('av_records')
    .selectAll()
    .where('agency_id', '=', actor.agencyId)
    .where('case_id', 'is', null)
    .where((eb) => eb.or([eb('uploaded_by', '=', actor.userId), eb('maker_id', '=', actor.userId)]))
    .where('captured_from', 'is not', null)
    .execute();
  if (mine.length === 0) return { items: [] };
  const caseIds = (
    await db.selectFrom('case_handlers').select('case_id').where('user_id', '=', actor.userId).execute()
  ).map((row) => row.case_id);
  const activities = caseIds.length
    ? await db
        .selectFrom('activities')
        .innerJoin('cases', 'cases.id', 'activities.case_id')
        .select([
          'activities.id',
          'activities.case_id',
          'activities.type',
          'activities.started_at',
          'activities.ended_at',
          'activities.officers',
          'cases.number',
          'cases.stage',
        ])
        .where('activities.case_id', 'in', caseIds)
        .where('cases.stage', 'not in', ['closed', 'archived'])
        .execute()
    : [];
  const suggestions = suggestAvLinks(
    mine.map((row) => ({
      id: row.id,
      deviceNumber: row.device_number,
      officerIds: [row.maker_id, row.uploaded_by].filter((id): id is string => id !== null),
      capturedFrom: row.captured_from,
      capturedTo: row.captured_to,
    })),
    activities.map((activity) => ({
      id: activity.id,
      caseId: activity.case_id,
      officerIds: (JSON.parse(activity.officers) as { userId: string }[]).map((officer) => officer.userId),
      startedAt: activity.started_at,
      endedAt: activity.ended_at,
    })),
  );
  return {
    items: suggestions.map((suggestion) => {
      const activity = activities.find((item) => item.id === suggestion.activityId)!;
      const record = mine.find((item) => item.id === suggestion.recordId)!;
      return {
        ...suggestion,
        fileName: record.file_name,
        recordVersion: record.version,
        caseNumber: activity.number,
        activityType: activity.type,
        activityStartedAt: activity.started_at,
      };
    }),
  };
}

/** Parses `Range: bytes=a-b` (one range; `a-` and `-n` forms) against the file size; null when absent. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) throw domainError('av.invalid_range', { range: header });
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) throw domainError('av.invalid_range', { range: header });
  return { start, end };
}
