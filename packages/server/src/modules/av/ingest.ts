import { avDeviceTypes, domainError, isDomainError, missingCaseMetadata, requireAuthorization } from '@liuhen/domain';
import type { HashAlgorithm } from '@liuhen/ledger';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import { AsyncLocalStorage } from 'node:async_hooks';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../../deps';
import { afterCaseChange } from '../compliance/compliance.usecases';
import { errorResponse } from '../../http/errors';
import type { SessionActor } from '../../uow';
import { loadCaseFor } from '../cases/case-access';
import { checkActivityOfCase } from '../cases/cases.repository';
import { agencyProfileId } from '../profiles/profiles.usecases';
import type { StationPrincipal } from './stations.usecases';

/** Who sends an upload: a logged-in user (browser, CSRF-checked) or an ingest station (bearer token). */
export type Uploader = { kind: 'user'; actor: SessionActor } | { kind: 'station'; station: StationPrincipal };

/** The uploader of the request being handled; tus hooks run inside it (`handleUpload`). */
const uploaderOfRequest = new AsyncLocalStorage<{ uploader: Uploader; requestId: string }>();

/** Files up to 64 GiB: body-cam exports of a whole shift are tens of GiB. */
const maxUploadBytes = 64 * 1024 ** 3;

const controlCharacters = /\p{Cc}/gu;

/** File names are evidence metadata, never paths: separators and control characters go, length is bounded. */
export function cleanFileName(name: string): string {
  const cleaned = name.replace(controlCharacters, '').replaceAll('/', '／').replaceAll('\\', '＼').trim();
  return (cleaned === '' || cleaned === '.' || cleaned === '..' ? 'unnamed' : cleaned).slice(0, 255);
}

function uploaderKey(uploader: Uploader): string {
  return uploader.kind === 'user' ? `user:${uploader.actor.userId}` : `station:${uploader.station.stationId}`;
}

/** A DomainError as tus wants it thrown from a hook: status and the same JSON error body as every route. */
function tusError(error: unknown, requestId: string): { status_code: number; body: string } {
  const domain = isDomainError(error) ? error : domainError('internal', { requestId });
  const { status, body } = errorResponse(domain.code, domain.details, requestId);
  return { status_code: status, body: JSON.stringify(body) };
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function instantOrNull(value: string | null | undefined, key: string): string | null {
  if (!value) return null;
  if (!instantPattern.test(value) || Number.isNaN(Date.parse(value))) {
    throw domainError('request.invalid', { issues: `Upload-Metadata ${key}: ${value}` });
  }
  return new Date(value).toISOString();
}

export type IngestedFile = { recordId: string; hash: string; size: number };

/**
 * tus 1.0 resumable uploads into the content-addressed blob store (AV-04, AVS-01). Parts land in
 * `<data dir>/uploads` until the last byte; then the file is streamed once through the blob store, which hashes it
 * in the agency's ledger algorithm, checks the declared hash, and keeps it under that hash. Only then is the record
 * written, with its ledger entry, in one transaction; the part file is removed either way, so a wrong hash, a wrong
 * length or a vanished client never leaves a half file counted as stored.
 */
export function createIngest(deps: Deps, options: { directory?: string } = {}) {
  const directory = options.directory ?? path.join(deps.config.dataDir, 'uploads');
  const datastore = new FileStore({ directory });

  async function algorithmOf(agencyId: string): Promise<HashAlgorithm> {
    const log = await deps.database.db
      .selectFrom('ledger_logs')
      .select('hash_algorithm')
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow();
    return log.hash_algorithm as HashAlgorithm;
  }

  const agencyOf = (uploader: Uploader) =>
    uploader.kind === 'user' ? uploader.actor.agencyId : uploader.station.agencyId;

  async function checkCreate(uploader: Uploader, metadata: Record<string, string | null>): Promise<void> {
    if (uploader.kind === 'user') {
      requireAuthorization(uploader.actor, 'av.upload', {
        agencyId: uploader.actor.agencyId,
        unitId: uploader.actor.unitId,
        userId: uploader.actor.userId,
      });
    }
    if (!metadata.filename?.trim()) throw domainError('av.file_name_required');
    for (const key of ['filetype', 'deviceNumber', 'officerNumber'] as const) {
      if ((metadata[key]?.length ?? 0) > 200) {
        throw domainError('request.invalid', { issues: `Upload-Metadata ${key}: longer than 200 characters` });
      }
    }
    if (metadata.hash) {
      const [declared, hex] = metadata.hash.split(':');
      const expected = await algorithmOf(agencyOf(uploader));
      if (declared !== expected) throw domainError('av.hash_algorithm_mismatch', { declared, expected });
      // Checked before the first byte, not after the last: a malformed hash must not cost a whole upload.
      if (!hex || !/^[0-9a-f]{64}$/.test(hex)) {
        throw domainError('blob.invalid_hash', { algorithm: declared, hash: String(hex).slice(0, 80) });
      }
    }
    if (metadata.deviceType && !(avDeviceTypes as readonly string[]).includes(metadata.deviceType)) {
      throw domainError('request.invalid', { issues: `Upload-Metadata deviceType: ${metadata.deviceType}` });
    }
    instantOrNull(metadata.capturedFrom, 'capturedFrom');
    instantOrNull(metadata.capturedTo, 'capturedTo');
    if (metadata.activityId && !metadata.caseId) {
      throw domainError('request.invalid', { issues: 'Upload-Metadata activityId needs caseId' });
    }
    if (metadata.caseId) {
      // A user links footage only to a case they may record on; a station to any open case of its agency.
      const row =
        uploader.kind === 'user'
          ? (await loadCaseFor(deps, uploader.actor, metadata.caseId, 'case.record')).row
          : await deps.database.db
              .selectFrom('cases')
              .selectAll()
              .where('id', '=', metadata.caseId)
              .where('agency_id', '=', agencyOf(uploader))
              .executeTakeFirst();
      if (!row) throw domainError('case.not_found');
      if (row.stage === 'closed' || row.stage === 'archived') throw domainError('av.case_closed', { stage: row.stage });
      if (metadata.activityId) {
        await checkActivityOfCase(deps.database.db, { activityId: metadata.activityId, caseId: row.id });
      }
      // AV-08 (LX 第二十二条(三)): a recording joins a case only with its time, place, persons and summary.
      const profileId = await agencyProfileId(deps.database.db, agencyOf(uploader));
      const profile = profileId ? deps.profiles.get(profileId)?.profile : undefined;
      if (profile) {
        const missing = missingCaseMetadata(profile, {
          ...uploadFacts(metadata),
          makerId: uploader.kind === 'user' || metadata.officerNumber ? 'given' : null,
        });
        if (missing.length > 0) {
          throw domainError('av.case_metadata_missing', {
            fields: missing.join(', '),
            article: profile.av.caseMetadata?.article ?? '',
          });
        }
      }
    }
  }

  /** What an upload's metadata says of the recording (Upload-Metadata keys place, purpose, persons, summary). */
  function uploadFacts(metadata: Record<string, string | null | undefined>) {
    const text = (value: string | null | undefined, max: number) => value?.trim().slice(0, max) || null;
    return {
      deviceType: metadata.deviceType || null,
      capturedFrom: metadata.capturedFrom || null,
      capturedTo: metadata.capturedTo || null,
      receivedAt: new Date(0).toISOString(),
      place: text(metadata.place, 200),
      purpose: text(metadata.purpose, 1000),
      makerId: null as string | null,
      persons: text(metadata.persons, 1000),
      summary: text(metadata.summary, 4000),
      announcementOffsetSeconds: null,
      mounting: null,
      keyContent: null,
      partyReview: null,
      storageException: null,
    };
  }

  /** The 制作人: the uploading officer, or the officer a station names by certificate number or username. */
  async function makerOf(uploader: Uploader, officerNumber: string | null): Promise<string | null> {
    const db = deps.database.db;
    if (officerNumber) {
      const byCertificate = await db
        .selectFrom('certificates')
        .select('user_id')
        .where('number', '=', officerNumber)
        .where('agency_id', '=', agencyOf(uploader))
        .executeTakeFirst();
      if (byCertificate) return byCertificate.user_id;
      const byUsername = await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', officerNumber)
        .where('agency_id', '=', agencyOf(uploader))
        .executeTakeFirst();
      if (byUsername) return byUsername.id;
    }
    if (uploader.kind === 'user' && uploader.actor.roles.includes('officer')) return uploader.actor.userId;
    return null;
  }

  /** Removes what is left of a part (its data may have moved into the blob store) and its tus metadata file. */
  async function removePart(uploadId: string): Promise<void> {
    await rm(path.join(directory, uploadId), { force: true });
    await rm(path.join(directory, `${uploadId}.json`), { force: true });
  }

  async function recordOfUpload(uploadId: string) {
    return deps.database.db
      .selectFrom('av_records')
      .select(['id', 'hash', 'size', 'uploaded_by', 'station_id'])
      .where('upload_id', '=', uploadId)
      .executeTakeFirst();
  }

  async function finish(uploader: Uploader, upload: Upload, requestId: string): Promise<IngestedFile> {
    const done = await recordOfUpload(upload.id);
    if (done) return { recordId: done.id, hash: done.hash, size: Number(done.size) };
    const metadata = upload.metadata ?? {};
    const agencyId = agencyOf(uploader);
    const algorithm = await algorithmOf(agencyId);
    const declared = metadata.hash ? metadata.hash.split(':')[1] : undefined;
    // On local disk the finished part is hashed in place and moved under its hash: its bytes are written once.
    const stored = await deps.blobs.putFile({
      file: path.join(directory, upload.id),
      algorithm,
      ...(declared ? { expectedHash: declared } : {}),
    });
    if (upload.size !== undefined && stored.size !== upload.size) {
      throw domainError('request.invalid', { issues: `length ${stored.size} ≠ Upload-Length ${upload.size}` });
    }
    const hash = `${stored.alg}:${stored.hex}`;
    const officerNumber = metadata.officerNumber?.trim() || null;
    const makerId = await makerOf(uploader, officerNumber);
    const id = deps.ids.newId();
    const actor: SessionActor | null = uploader.kind === 'user' ? uploader.actor : null;
    const ctx = { actor, agencyId, requestId };
    // GEN-01: the record is bound to the agency's profile; AVS-02: the system holds it from now on, except where the
    // profile lets the officer keep the material until the monthly hand-over (XG 第十条).
    const profileId = await agencyProfileId(deps.database.db, agencyId);
    const profile = profileId ? deps.profiles.get(profileId)?.profile : undefined;
    const officerHolds = profile?.avStorage.custody.officerMayHold === 'untilMonthlyHandover' && makerId !== null;
    const custodian = officerHolds ? { kind: 'officer', id: makerId } : { kind: 'system', id: null };
    const described = uploadFacts(metadata);
    await deps.uow.run(ctx, async (tx) => {
      const at = tx.now.toISOString();
      const caseId = metadata.caseId || null;
      await tx.db
        .insertInto('av_records')
        .values({
          id,
          agency_id: agencyId,
          unit_id: uploader.kind === 'user' ? uploader.actor.unitId : uploader.station.unitId,
          hash,
          size: stored.size,
          media_type: metadata.filetype?.trim() || 'application/octet-stream',
          file_name: cleanFileName(metadata.filename ?? ''),
          declared_hash: metadata.hash ?? null,
          upload_id: upload.id,
          uploaded_by: actor?.userId ?? null,
          station_id: uploader.kind === 'station' ? uploader.station.stationId : null,
          received_at: at,
          device_type: metadata.deviceType || null,
          device_number: metadata.deviceNumber?.trim() || null,
          maker_id: makerId,
          officer_number: officerNumber,
          captured_from: instantOrNull(metadata.capturedFrom, 'capturedFrom'),
          captured_to: instantOrNull(metadata.capturedTo, 'capturedTo'),
          place: described.place,
          purpose: described.purpose,
          persons: described.persons,
          summary: described.summary,
          case_id: caseId,
          activity_id: caseId ? metadata.activityId || null : null,
          profile_id: profileId,
          custodian_kind: custodian.kind,
          custodian_id: custodian.id,
          version: 1,
          updated_at: at,
        })
        .execute();
      await tx.db
        .insertInto('av_custody_events')
        .values({
          id: deps.ids.newId(),
          agency_id: agencyId,
          av_record_id: id,
          handover_id: null,
          from_kind: uploader.kind === 'station' ? 'station' : 'officer',
          from_id: uploader.kind === 'station' ? uploader.station.stationId : (actor?.userId ?? null),
          to_kind: custodian.kind,
          to_id: custodian.id,
          at,
          recorded_by: actor?.userId ?? null,
          note: null,
        })
        .execute();
      await tx.ledger.append({
        action: 'av.ingested',
        subject: { type: 'avRecord', id },
        summary: {
          fileName: cleanFileName(metadata.filename ?? ''),
          mediaType: metadata.filetype ?? null,
          declaredHash: metadata.hash ?? null,
          newBlob: stored.created,
          station: uploader.kind === 'station' ? uploader.station.name : null,
          caseId,
          profileId,
          custodian,
        },
        hashes: [{ alg: stored.alg, hex: stored.hex, size: stored.size }],
      });
    });
    await afterCaseChange(deps, metadata.caseId || null);
    return { recordId: id, hash, size: stored.size };
  }

  const tus = new Server({
    path: '/api/uploads',
    datastore,
    relativeLocation: true,
    maxSize: maxUploadBytes,
    respectForwardedHeaders: false,
    disableTerminationForFinishedUploads: true,
    exposedHeaders: ['Liuhen-Av-Record-Id', 'Liuhen-Content-Hash'],
    async onUploadCreate(_req, upload) {
      const current = uploaderOfRequest.getStore()!;
      try {
        await checkCreate(current.uploader, upload.metadata ?? {});
      } catch (error) {
        throw tusError(error, current.requestId);
      }
      return { metadata: { ...upload.metadata, liuhenUploader: uploaderKey(current.uploader) } };
    },
    async onIncomingRequest(_req, uploadId) {
      const current = uploaderOfRequest.getStore()!;
      if (!uploadId) return;
      let upload: Upload;
      try {
        upload = await datastore.getUpload(uploadId);
      } catch {
        return; // unknown upload: tus answers 404 itself
      }
      if (upload.metadata?.liuhenUploader !== uploaderKey(current.uploader)) {
        throw tusError(domainError('av.upload_not_yours'), current.requestId);
      }
    },
    async onUploadFinish(_req, upload) {
      const current = uploaderOfRequest.getStore()!;
      try {
        const ingested = await finish(current.uploader, upload, current.requestId);
        return { headers: { 'Liuhen-Av-Record-Id': ingested.recordId, 'Liuhen-Content-Hash': ingested.hash } };
      } catch (error) {
        throw tusError(error, current.requestId);
      } finally {
        await removePart(upload.id);
      }
    },
  });

  /**
   * HEAD of an upload whose last byte arrived: answered from the record, with the Liuhen headers, so a client whose
   * final response was lost (or whose server crashed before answering) learns the stored hash instead of sending the
   * file again. A complete part never finished (a crash between the last byte and the record) is finished here.
   */
  async function headOfCompleted(
    uploader: Uploader,
    requestId: string,
    uploadId: string,
    response: Parameters<Server['handle']>[1],
  ): Promise<boolean> {
    let record = await recordOfUpload(uploadId);
    if (!record) {
      let upload: Upload;
      try {
        upload = await datastore.getUpload(uploadId);
      } catch {
        return false;
      }
      if (upload.size === undefined || upload.offset !== upload.size) return false;
      if (upload.metadata?.liuhenUploader !== uploaderKey(uploader)) return false;
      try {
        await finish(uploader, upload, requestId);
      } finally {
        await removePart(upload.id);
      }
      record = await recordOfUpload(uploadId);
      if (!record) return false;
    }
    const owner = uploader.kind === 'user' ? record.uploaded_by : record.station_id;
    const me = uploader.kind === 'user' ? uploader.actor.userId : uploader.station.stationId;
    if (owner !== me) return false;
    response.writeHead(200, {
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': String(record.size),
      'Upload-Length': String(record.size),
      'Cache-Control': 'no-store',
      'Liuhen-Av-Record-Id': record.id,
      'Liuhen-Content-Hash': record.hash,
      'Access-Control-Expose-Headers':
        'Upload-Offset, Upload-Length, Tus-Resumable, Liuhen-Av-Record-Id, Liuhen-Content-Hash',
    });
    response.end();
    return true;
  }

  return {
    directory,
    /** Runs one tus request (POST, HEAD, PATCH, OPTIONS, DELETE) for an authenticated uploader. */
    async handle(
      uploader: Uploader,
      requestId: string,
      raw: Parameters<Server['handle']>[0],
      response: Parameters<Server['handle']>[1],
    ) {
      const uploadId = /^\/api\/uploads\/([^/?]+)/.exec(raw.url ?? '')?.[1];
      if (raw.method === 'HEAD' && uploadId) {
        try {
          if (await headOfCompleted(uploader, requestId, uploadId, response)) return;
        } catch (error) {
          const { status_code, body } = tusError(error, requestId);
          response.writeHead(status_code, { 'Content-Type': 'application/json' });
          response.end(body);
          return;
        }
      }
      return uploaderOfRequest.run({ uploader, requestId }, () => tus.handle(raw, response));
    },
  };
}
