import type { AvDerivativeKind } from '@liuhen/contracts';
import { domainError } from '@liuhen/domain';
import type { Readable } from 'node:stream';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor } from '../../uow';
import { type AvRow, loadFor } from './av.usecases';
import { findDoneDerivative } from './derivatives';

type Ctx = RequestContext & { actor: SessionActor };

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
 * Opens a derivative of a record the actor may read (AV-04), authorized exactly as the original's content. Playing
 * the proxy is an `av.accessed` entry like playing the original (with `derivative: 'proxy'`); posters and
 * thumbnails are previews, not the evidence, and are not ledgered each time.
 */
export async function openAvDerivative(
  deps: Deps,
  ctx: Ctx,
  input: { id: string; kind: AvDerivativeKind; rangeHeader: string | undefined },
) {
  const row = await loadFor(deps, ctx.actor, input.id, 'av.read');
  const derivative = await findDoneDerivative(deps.database.db, {
    agencyId: row.agency_id,
    originalHash: row.hash,
    kind: input.kind,
  });
  if (!derivative?.hash) throw domainError('av.not_found', { derivative: input.kind });
  const size = Number(derivative.size);
  const range = parseRange(input.rangeHeader, size);
  if (input.kind === 'proxy') {
    await deps.uow.run(ctx, (tx) =>
      tx.ledger.append({
        action: 'av.accessed',
        subject: { type: 'avRecord', id: row.id },
        summary: {
          hash: row.hash,
          mode: 'play',
          range: range ? `${range.start}-${range.end}` : null,
          caseId: row.case_id,
          derivative: input.kind,
          derivativeHash: derivative.hash,
        },
      }),
    );
  }
  const [alg, hex] = derivative.hash.split(':') as ['sha256' | 'sm3', string];
  const stream = await deps.blobs.open({ alg, hex }, range ?? undefined);
  return { stream, mediaType: derivative.media_type ?? 'application/octet-stream', size, range };
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
