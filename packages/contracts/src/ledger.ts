import { z } from 'zod';

const hex = z.string().regex(/^[0-9a-f]*$/).meta({ description: 'lowercase hex' });
const count = z.coerce.number().int().min(0);

export const checkpointBody = z
  .object({
    treeSize: z.number().int(),
    rootHash: hex,
    note: z.string().meta({ description: 'C2SP tlog-checkpoint in a signed note' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Checkpoint' });

export const ledgerStatusBody = z
  .object({
    origin: z.string().meta({ description: 'The log name in checkpoints and the key name' }),
    hashAlgorithm: z.enum(['sha256', 'sm3']),
    signatureAlgorithm: z.enum(['ed25519', 'sm2']),
    verifierKey: z.string().meta({ description: 'Signed-note verifier key: name+keyid+base64(type‖public key)' }),
    size: z.number().int(),
    rootHash: hex,
    latestCheckpoint: checkpointBody.nullable(),
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
