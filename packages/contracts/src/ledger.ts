import { z } from 'zod';

const hex = z
  .string()
  .regex(/^[0-9a-f]*$/)
  .meta({ description: 'lowercase hex' });
const count = z.coerce.number().int().min(0);

export const checkpointBody = z
  .object({
    treeSize: z.number().int(),
    rootHash: hex,
    note: z.string().meta({ description: 'C2SP tlog-checkpoint in a signed note' }),
    createdAt: z.string(),
    timestamp: z
      .object({ genTime: z.string(), tsaUrl: z.string() })
      .nullable()
      .optional()
      .meta({ description: 'RFC 3161 token over the note, when a TSA is configured (LIUHEN_TSA_URL)' }),
  })
  .meta({ id: 'Checkpoint' });

export const verificationProblemBody = z.object({
  kind: z
    .string()
    .meta({ description: 'Stable kind, e.g. entry.leaf_hash_mismatch, checkpoint.bad_signature, blob.hash_mismatch' }),
  seq: z.number().int().optional(),
  checkpointSize: z.number().int().optional(),
  blob: z.object({ alg: z.string(), hex: z.string() }).optional(),
  expected: z.string().optional(),
  found: z.string().optional(),
  message: z.string(),
});

/** The outcome of re-reading the whole log and every stored file (`liuhen verify`, or the web page's button). */
export const verificationReportBody = z
  .object({
    ok: z.boolean(),
    checkedAt: z.string(),
    entries: z.number().int(),
    treeSize: z.number().int(),
    rootHash: hex,
    checkpointsVerified: z.number().int(),
    latestCheckpointSize: z.number().int().nullable(),
    blobsChecked: z.number().int(),
    durationMs: z.number(),
    problem: verificationProblemBody.nullable(),
  })
  .meta({ id: 'VerificationReport' });
export type VerificationReportBody = z.infer<typeof verificationReportBody>;

/** The last verification as recorded in the ledger itself (entry `ledger.verified`). */
export const lastVerificationBody = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    by: z.string().nullable(),
    ok: z.boolean(),
    entries: z.number().int(),
    problem: verificationProblemBody.nullable(),
  })
  .nullable();

export const ledgerStatusBody = z
  .object({
    origin: z.string().meta({ description: 'The log name in checkpoints and the key name' }),
    hashAlgorithm: z.enum(['sha256', 'sm3']),
    signatureAlgorithm: z.enum(['ed25519', 'sm2']),
    verifierKey: z.string().meta({ description: 'Signed-note verifier key: name+keyid+base64(type‖public key)' }),
    size: z.number().int(),
    rootHash: hex,
    latestCheckpoint: checkpointBody.nullable(),
    lastVerification: lastVerificationBody,
  })
  .meta({ id: 'LedgerStatus' });
export type LedgerStatusBody = z.infer<typeof ledgerStatusBody>;

export const ledgerEntriesQuery = z
  .object({ from: count, to: count.meta({ description: 'Exclusive; at most 10,000 entries per call' }) })
  .strict();
export const ledgerEntriesBody = z.object({
  items: z.array(
    z.object({
      index: z.number().int(),
      entry: z.string().meta({ description: 'Canonical JSON bytes (RFC 8785), base64' }),
      leafHash: hex,
    }),
  ),
});

export const inclusionQuery = z.object({ index: count, size: count }).strict();
export const inclusionProofBody = z
  .object({ leafIndex: z.number().int(), treeSize: z.number().int(), leafHash: hex, path: z.array(hex), rootHash: hex })
  .meta({ id: 'InclusionProof', description: 'RFC 9162 §2.1.3' });

export const consistencyQuery = z.object({ from: count, to: count }).strict();
export const consistencyProofBody = z
  .object({ fromSize: z.number().int(), toSize: z.number().int(), path: z.array(hex), fromRoot: hex, toRoot: hex })
  .meta({ id: 'ConsistencyProof', description: 'RFC 9162 §2.1.4' });
