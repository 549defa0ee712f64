import type { CreateDocumentBody, DocumentBody, ReviseDocumentBody } from '@liuhen/contracts';
import {
  type ApprovalType,
  checkDocumentApproval,
  checkDocumentPrerequisites,
  rectificationDueAt,
  checkSignatures,
  type DocumentSignature,
  type DocumentType,
  domainError,
  findDocumentType,
  type ProfileCode,
  validateDocument,
} from '@liuhen/domain';
import { encodeCanonicalJson, encodeHex, type JsonValue } from '@liuhen/ledger';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Deps } from '../../deps';
import { afterCaseChange } from '../compliance/compliance.usecases';
import { effectiveProfile } from '../profiles/profiles.usecases';
import type { Db, RequestContext, SessionActor, Tx } from '../../uow';
import { loadCaseFor, parseJson } from './case-access';
import { type CaseRow, type DocumentRow, documentsOf, peopleByIds, checkActivityOfCase } from './cases.repository';
import { documentTitle } from './documents.presenter';

type Ctx = RequestContext & { actor: SessionActor };
type Content = { data: Record<string, unknown>; signatures: DocumentSignature[]; avRecordIds: string[] };

function typeOf(code: string): DocumentType {
  const type = findDocumentType(code);
  if (!type) throw domainError('document.type_unknown', { typeCode: code });
  return type;
}

/** The case number goes into the 案件编号 field when the author left it empty. */
function withCaseReference(type: DocumentType, data: Record<string, unknown>, row: CaseRow): Record<string, unknown> {
  const hasField = type.fields.some((field) => field.key === 'caseReference');
  if (!hasField || (typeof data.caseReference === 'string' && data.caseReference.trim() !== '')) return data;
  return { ...data, caseReference: row.number };
}

/**
 * SYS-03, INV-03, DEC-06: a document is finalised (定稿) only with every mandatory field valid and every required
 * signer signed (or refused with reason and witness where allowed). The error lists every problem, in Chinese.
 * Fields and signers the catalogue requires under some profiles only are required under the case's profile (GEN-01);
 * a case bound to no profile meets the requirements of all of them.
 */
function checkFinal(type: DocumentType, content: Content, family: ProfileCode | undefined): void {
  const fieldIssues = validateDocument(type, content.data, { profile: family }).issues;
  const signatureIssues = checkSignatures(type, content.signatures, { data: content.data, profile: family });
  if (fieldIssues.length === 0 && signatureIssues.length === 0) return;
  const problems = [...fieldIssues.map((issue) => issue.zh), ...signatureIssues.map((issue) => issue.zh)];
  throw domainError('document.incomplete', {
    problems: problems.join('；'),
    fieldIssues,
    signatureIssues,
  });
}

/** The catalogue's profile code (BX, HS, LX, FS, XG) of the case's profile, or undefined when it follows none. */
async function familyOf(deps: Deps, row: CaseRow): Promise<ProfileCode | undefined> {
  return (await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id }))?.family;
}

/** A draft may hold partial data, but not keys its type does not have, nor values of the wrong kind. */
function checkDraft(type: DocumentType, data: Record<string, unknown>): void {
  const invalid = validateDocument(type, data).issues.filter((issue) => issue.code === 'invalid');
  if (invalid.length > 0) {
    throw domainError('document.incomplete', {
      problems: invalid.map((issue) => issue.zh).join('；'),
      fieldIssues: invalid,
    });
  }
}

/** The hash of a version's content: SHA-256 over its canonical JSON (type, data, signatures, A/V links). */
function contentHashOf(type: DocumentType, content: Content): string {
  const bytes = encodeCanonicalJson({
    typeCode: type.code,
    typeVersion: type.version,
    data: content.data,
    signatures: content.signatures,
    avRecordIds: content.avRecordIds,
  } as unknown as JsonValue);
  return `sha256:${encodeHex(new Uint8Array(createHash('sha256').update(bytes).digest()))}`;
}

/** Types of the approvals of a case that were approved (MEAS-03, MEAS-01, EXEC-08, COER-02). */
async function approvedTypesOf(db: Db, caseId: string): Promise<ApprovalType[]> {
  const rows = await db
    .selectFrom('approvals')
    .select('type')
    .where('case_id', '=', caseId)
    .where('status', '=', 'approved')
    .execute();
  return rows.map((row) => row.type as ApprovalType);
}

async function finalTypesOf(db: Db, caseId: string): Promise<string[]> {
  return (await documentsOf(db, caseId)).filter((row) => row.status === 'final').map((row) => row.type_code);
}

/** HEAR-04: the first final 听证报告 of the case is when the report was made. */
async function stampHearingReport(tx: Tx, caseId: string, type: DocumentType, status: string) {
  if (type.code !== 'hearingReport' || status !== 'final') return;
  await tx.db
    .updateTable('cases')
    .set((eb) => ({ hearing_reported_at: tx.now.toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .where('hearing_reported_at', 'is', null)
    .execute();
}

/** EXEC-02: a final 责令改正 order sets the case's verification task, due at the end of its deadline day. */
async function setRectificationTask(tx: Tx, caseId: string, type: DocumentType, content: Content, status: string) {
  if (type.code !== 'rectificationOrder' || status !== 'final') return;
  const rectifyBy = content.data.rectifyBy;
  if (typeof rectifyBy !== 'string') return;
  await tx.db
    .updateTable('cases')
    .set((eb) => ({
      rectify_by: rectifyBy,
      rectification_due: rectificationDueAt(rectifyBy),
      version: eb('version', '+', 1),
      updated_at: tx.now.toISOString(),
    }))
    .where('id', '=', caseId)
    .execute();
}

async function insertVersion(
  tx: Tx,
  input: {
    documentId: string;
    version: number;
    status: string;
    content: Content;
    reason: string | null;
    hash: string;
    createdBy: string;
  },
): Promise<void> {
  await tx.db
    .insertInto('document_versions')
    .values({
      document_id: input.documentId,
      version: input.version,
      status: input.status,
      data: JSON.stringify(input.content.data),
      signatures: JSON.stringify(input.content.signatures),
      av_record_ids: JSON.stringify(input.content.avRecordIds),
      reason: input.reason,
      content_hash: input.hash,
      created_by: input.createdBy,
      created_at: tx.now.toISOString(),
    })
    .execute();
}

/** Makes a written record (执法文书) on a case, as a draft or final; EXEC-03 prerequisites are checked. */
export async function createDocument(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; body: CreateDocumentBody },
): Promise<DocumentBody> {
  const { row } = await loadCaseFor(deps, ctx.actor, input.caseId, 'case.record');
  const { body } = input;
  const type = typeOf(body.typeCode);
  if (body.activityId) {
    await checkActivityOfCase(deps.database.db, { activityId: body.activityId, caseId: row.id });
  }
  checkDocumentPrerequisites(type.code, await finalTypesOf(deps.database.db, row.id));
  const content: Content = {
    data: withCaseReference(type, body.data, row),
    signatures: body.signatures,
    avRecordIds: body.avRecordIds,
  };
  if (body.finalise) {
    checkFinal(type, content, await familyOf(deps, row));
    checkDocumentApproval(type.code, await approvedTypesOf(deps.database.db, row.id));
  } else checkDraft(type, content.data);
  const status = body.finalise ? 'final' : 'draft';
  const hash = contentHashOf(type, content);
  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('documents')
      .values({
        id,
        case_id: row.id,
        activity_id: body.activityId ?? null,
        type_code: type.code,
        type_version: type.version,
        current_version: 1,
        status,
        created_by: ctx.actor.userId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await insertVersion(tx, {
      documentId: id,
      version: 1,
      status,
      content,
      reason: null,
      hash,
      createdBy: ctx.actor.userId,
    });
    await setRectificationTask(tx, row.id, type, content, status);
    await stampHearingReport(tx, row.id, type, status);
    await tx.ledger.append({
      action: 'document.created',
      subject: { type: 'document', id },
      summary: { caseId: row.id, caseNumber: row.number, typeCode: type.code, version: 1, status, contentHash: hash },
    });
  });
  await afterCaseChange(deps, row.id);
  return getDocument(deps, ctx.actor, id);
}

async function loadDocument(deps: Deps, actor: SessionActor, documentId: string, action: 'case.read' | 'case.record') {
  const document = await deps.database.db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!document) throw domainError('document.not_found');
  try {
    const loaded = await loadCaseFor(deps, actor, document.case_id, action);
    return { document, ...loaded };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'case.not_found') {
      throw domainError('document.not_found');
    }
    throw error;
  }
}

/**
 * A new version of a document. Concurrent edits are detected: `expectedVersion` must be the current version, or
 * the save is refused with `document.version_conflict` and nothing is overwritten. Correcting a final document
 * needs a reason; the old versions stay readable, and every version's hash is in the ledger.
 */
export async function reviseDocument(
  deps: Deps,
  ctx: Ctx,
  input: { documentId: string; body: ReviseDocumentBody },
): Promise<DocumentBody> {
  const { document, row } = await loadDocument(deps, ctx.actor, input.documentId, 'case.record');
  const { body } = input;
  const type = typeOf(document.type_code);
  if (body.expectedVersion !== document.current_version) {
    throw domainError('document.version_conflict', {
      current: document.current_version,
      expected: body.expectedVersion,
    });
  }
  if (document.status === 'final' && !body.reason) throw domainError('document.correction_reason_required');
  const content: Content = {
    data: withCaseReference(type, body.data, row),
    signatures: body.signatures,
    avRecordIds: body.avRecordIds,
  };
  // Once final, a document stays final: a correction must itself be complete.
  const finalise = body.finalise || document.status === 'final';
  if (finalise) {
    checkFinal(type, content, await familyOf(deps, row));
    checkDocumentApproval(type.code, await approvedTypesOf(deps.database.db, row.id));
  } else checkDraft(type, content.data);
  const status = finalise ? 'final' : 'draft';
  const hash = contentHashOf(type, content);
  const version = document.current_version + 1;
  await deps.uow.run(ctx, async (tx) => {
    const moved = await tx.db
      .updateTable('documents')
      .set({ current_version: version, status, updated_at: tx.now.toISOString() })
      .where('id', '=', document.id)
      .where('current_version', '=', body.expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      throw domainError('document.version_conflict', { current: '?', expected: body.expectedVersion });
    }
    await insertVersion(tx, {
      createdBy: ctx.actor.userId,
      documentId: document.id,
      version,
      status,
      content,
      reason: body.reason ?? null,
      hash,
    });
    await setRectificationTask(tx, row.id, type, content, status);
    await stampHearingReport(tx, row.id, type, status);
    await tx.ledger.append({
      action: 'document.revised',
      subject: { type: 'document', id: document.id },
      summary: {
        caseId: row.id,
        caseNumber: row.number,
        typeCode: type.code,
        version,
        status,
        reason: body.reason ?? null,
        contentHash: hash,
      },
    });
  });
  await afterCaseChange(deps, row.id);
  return getDocument(deps, ctx.actor, document.id);
}

export async function getDocument(deps: Deps, actor: SessionActor, documentId: string): Promise<DocumentBody> {
  const db = deps.database.db;
  const { document, row } = await loadDocument(deps, actor, documentId, 'case.read');
  const versions = await db
    .selectFrom('document_versions')
    .selectAll()
    .where('document_id', '=', document.id)
    .orderBy('version')
    .execute();
  const scans = await db
    .selectFrom('document_scans')
    .selectAll()
    .where('document_id', '=', document.id)
    .orderBy('added_at')
    .execute();
  const names = await peopleByIds(db, [
    ...versions.map((version) => version.created_by),
    ...scans.map((scan) => scan.added_by),
  ]);
  const current = versions.find((version) => version.version === document.current_version)!;
  const person = (id: string) => ({ id, name: names.get(id) ?? id });
  return {
    id: document.id,
    caseId: document.case_id,
    activityId: document.activity_id,
    typeCode: document.type_code,
    typeVersion: document.type_version,
    title: documentTitle(document.type_code),
    status: document.status as 'draft' | 'final',
    version: document.current_version,
    data: parseJson(current.data),
    signatures: parseJson(current.signatures),
    avRecordIds: parseJson(current.av_record_ids),
    scans: scans.map((scan) => ({
      hash: scan.hash,
      mediaType: scan.media_type,
      fileName: scan.file_name,
      size: Number(scan.size),
      addedAt: scan.added_at,
      addedBy: person(scan.added_by),
    })),
    versions: versions.map((version) => ({
      version: version.version,
      status: version.status as 'draft' | 'final',
      reason: version.reason,
      contentHash: version.content_hash,
      createdAt: version.created_at,
      createdBy: person(version.created_by),
    })),
    profileFamily: (await familyOf(deps, row)) ?? null,
    createdAt: document.created_at,
    updatedAt: document.updated_at,
  };
}

/** An old version, exactly as it was saved. */
export async function getDocumentVersion(
  deps: Deps,
  actor: SessionActor,
  input: { documentId: string; version: number },
) {
  const { document } = await loadDocument(deps, actor, input.documentId, 'case.read');
  const version = await deps.database.db
    .selectFrom('document_versions')
    .selectAll()
    .where('document_id', '=', document.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (!version) throw domainError('document.not_found');
  const names = await peopleByIds(deps.database.db, [version.created_by]);
  return {
    documentId: document.id,
    version: version.version,
    status: version.status as 'draft' | 'final',
    data: parseJson<Record<string, unknown>>(version.data),
    signatures: parseJson<DocumentSignature[]>(version.signatures) as never,
    reason: version.reason,
    contentHash: version.content_hash,
    createdAt: version.created_at,
    createdBy: { id: version.created_by, name: names.get(version.created_by) ?? version.created_by },
  };
}

/** Media types accepted for scans of signed paper originals, with the bytes each file type starts with. */
export const scanMediaTypes: Record<string, (head: Uint8Array) => boolean> = {
  'application/pdf': (head) => head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46,
  'image/jpeg': (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  'image/png': (head) =>
    head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47 && head[4] === 0x0d,
};

/**
 * Attaches a scan of the signed paper original (PDF, JPEG, PNG). The file is stored under its hash in the blob
 * store (the agency's ledger algorithm) and the hash goes into the ledger entry, so `liuhen verify` re-checks it.
 */
export async function attachScan(
  deps: Deps,
  ctx: Ctx,
  input: { documentId: string; mediaType: string; fileName: string; body: Buffer },
): Promise<DocumentBody> {
  const { document, row } = await loadDocument(deps, ctx.actor, input.documentId, 'case.record');
  const sniff = scanMediaTypes[input.mediaType];
  if (!sniff) throw domainError('document.scan_type_unsupported', { mediaType: input.mediaType });
  if (input.body.length === 0) throw domainError('document.scan_empty');
  if (!sniff(input.body.subarray(0, 8)))
    throw domainError('document.scan_content_mismatch', { mediaType: input.mediaType });
  const log = await deps.database.db
    .selectFrom('ledger_logs')
    .select('hash_algorithm')
    .where('agency_id', '=', ctx.agencyId)
    .executeTakeFirstOrThrow();
  const algorithm = log.hash_algorithm as 'sha256' | 'sm3';
  const bytes = new Uint8Array(input.body);
  const stored = await deps.blobs.put({
    stream: (async function* () {
      yield bytes;
    })(),
    algorithm,
  });
  const hash = `${stored.alg}:${stored.hex}`;
  await deps.uow.run(ctx, async (tx) => {
    const existing = await tx.db
      .selectFrom('document_scans')
      .select('hash')
      .where('document_id', '=', document.id)
      .where('hash', '=', hash)
      .executeTakeFirst();
    if (existing) return;
    await tx.db
      .insertInto('document_scans')
      .values({
        document_id: document.id,
        hash,
        media_type: input.mediaType,
        file_name: input.fileName,
        size: stored.size,
        added_by: ctx.actor.userId,
        added_at: tx.now.toISOString(),
      })
      .execute();
    await tx.ledger.append({
      action: 'document.scan_attached',
      subject: { type: 'document', id: document.id },
      summary: { caseId: row.id, caseNumber: row.number, fileName: input.fileName, mediaType: input.mediaType },
      hashes: [{ alg: stored.alg, hex: stored.hex, size: stored.size }],
    });
  });
  return getDocument(deps, ctx.actor, document.id);
}

/** Streams a scan back, after checking the caller may read the case. */
export async function openScan(
  deps: Deps,
  actor: SessionActor,
  input: { documentId: string; hash: string },
): Promise<{ stream: Readable; mediaType: string; fileName: string; size: number }> {
  const { document } = await loadDocument(deps, actor, input.documentId, 'case.read');
  const scan = await deps.database.db
    .selectFrom('document_scans')
    .selectAll()
    .where('document_id', '=', document.id)
    .where('hash', '=', input.hash)
    .executeTakeFirst();
  if (!scan) throw domainError('document.not_found');
  const [alg, hex] = scan.hash.split(':') as ['sha256' | 'sm3', string];
  return {
    stream: await deps.blobs.open({ alg, hex }),
    mediaType: scan.media_type,
    fileName: scan.file_name,
    size: Number(scan.size),
  };
}

export type { DocumentRow };
