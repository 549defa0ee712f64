import { writeFileSync } from 'node:fs';
import { domainError } from '@liuhen/domain';
import {
  describeLedger,
  exportPublicKeyPem,
  proveConsistency,
  proveInclusion,
  readEntries,
  signCheckpointNow,
  timestampCheckpoints,
} from '@liuhen/server';
import { operatorContext, withLiuhen } from '../context';
import type { Io } from '../io';

/** Parses a non-negative integer option, naming the option when it is not one. */
export function count(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value))
      throw domainError('request.invalid', { issues: `--${name} ${value}: 须为非负整数 / not a non-negative integer` });
    return Number(value);
  };
}

async function withAgency<T>(
  work: (liuhen: Parameters<Parameters<typeof withLiuhen>[0]>[0], agencyId: string) => Promise<T>,
) {
  return withLiuhen(async (liuhen) => work(liuhen, (await operatorContext(liuhen)).agencyId));
}

/** `liuhen ledger checkpoint [--sign]`: the latest signed checkpoint as note text (signing one first if asked). */
export async function checkpointCommand(io: Io, options: { sign?: boolean }) {
  await withAgency(async (liuhen, agencyId) => {
    if (options.sign) {
      await signCheckpointNow(liuhen.deps, agencyId);
      await timestampCheckpoints(liuhen.deps, agencyId);
    }
    const status = await describeLedger(liuhen.deps, agencyId);
    if (!status.latestCheckpoint) throw domainError('ledger.no_checkpoint');
    io.write(status.latestCheckpoint.note);
  });
}

/** `liuhen ledger public-key`: the verifier key outsiders need, with the algorithms and a PEM for openssl. */
export async function publicKeyCommand(io: Io) {
  await withAgency(async (liuhen, agencyId) => {
    const status = await describeLedger(liuhen.deps, agencyId);
    io.out(
      JSON.stringify(
        {
          origin: status.origin,
          verifierKey: status.verifierKey,
          hashAlgorithm: status.hashAlgorithm,
          signatureAlgorithm: status.signatureAlgorithm,
          publicKeyPem: exportPublicKeyPem(status.verifierKey),
        },
        null,
        2,
      ),
    );
  });
}

export async function entriesCommand(io: Io, options: { from: number; to: number }) {
  await withAgency(async (liuhen, agencyId) => {
    io.out(JSON.stringify(await readEntries(liuhen.deps, agencyId, options), null, 2));
  });
}

export async function proveInclusionCommand(io: Io, options: { index: number; size: number }) {
  await withAgency(async (liuhen, agencyId) => {
    io.out(JSON.stringify(await proveInclusion(liuhen.deps, agencyId, options), null, 2));
  });
}

export async function proveConsistencyCommand(io: Io, options: { from: number; to: number }) {
  await withAgency(async (liuhen, agencyId) => {
    io.out(JSON.stringify(await proveConsistency(liuhen.deps, agencyId, options), null, 2));
  });
}

/** `liuhen ledger timestamp --size N --out FILE`: writes the RFC 3161 token of checkpoint N (DER), for openssl ts -verify. */
export async function timestampCommand(io: Io, options: { size: number; out: string }) {
  await withAgency(async (liuhen, agencyId) => {
    const row = await liuhen.database.db
      .selectFrom('ledger_timestamps')
      .select(['token', 'gen_time', 'tsa_url'])
      .where('agency_id', '=', agencyId)
      .where('tree_size', '=', options.size)
      .executeTakeFirst();
    if (!row) throw domainError('ledger.no_timestamp', { size: options.size });
    writeFileSync(options.out, Buffer.from(row.token, 'base64'));
    io.out(
      `已写出时间戳 Wrote the timestamp of checkpoint ${options.size} (${row.gen_time}, ${row.tsa_url}) to ${options.out}`,
    );
  });
}
