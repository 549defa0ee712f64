import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from './bytes';
import { createHasher } from './hash';
import { generateInclusionProof, type InclusionClaim, verifyInclusion } from './inclusion-proof';
import { hashChildren, hashLeaf } from './merkle';
import {
  createReference,
  flipBit,
  hex,
  makeEntries,
  REFERENCE_LEAVES,
  REFERENCE_ROOTS,
  toHex,
} from './testing/rfc6962';
import { createMemoryTreeReader, type TreeReader } from './tree-reader';

const sha256 = createHasher('sha256');
const sm3 = createHasher('sm3');

const codeOf = (claim: InclusionClaim) => {
  try {
    verifyInclusion(claim);
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'ok';
};

// transparency-dev/merkle cmd/proofgen/main.go: published roots and proofs (leaf index is 1-based there).
const ROOTS = REFERENCE_ROOTS.slice(1).map(hex);
const SOME_HASH = hex('abacaba000000000000000000000000000000000000000000060061e00123456');
const EMPTY_TREE = hex('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
const GO_PROOFS: Array<[number, number, string[]]> = [
  [1, 1, []],
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [3, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    2,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];

/** The probe set proofgen writes to testdata/inclusion (98 probes), rebuilt from its published values. */
function buildGoProbes(): Array<{ desc: string; claim: InclusionClaim; wantErr: boolean }> {
  const probes: Array<{ desc: string; claim: InclusionClaim; wantErr: boolean }> = [];
  const add = (desc: string, wantErr: boolean, c: Omit<InclusionClaim, 'hasher'>) =>
    probes.push({ desc, wantErr, claim: { hasher: sha256, ...c } });
  for (const [leafIdx1, size, proofHex] of GO_PROOFS) {
    const index = leafIdx1 - 1;
    const proof = proofHex.map(hex);
    const root = ROOTS[size - 1]!;
    const leafHash = hashLeaf(sha256, REFERENCE_LEAVES[index]!);
    const base = { index, size, leafHash, proof, root };
    add(`${size}/${index} happy path`, false, base);
    add('leafIdx sub 1', true, { ...base, index: index - 1 });
    add('leafIdx plus 1', true, { ...base, index: index + 1 });
    add('leafIdx XOR 2', true, { ...base, index: index ^ 2 });
    add('treeSize mul 2', true, { ...base, size: size * 2 });
    add('treeSize div 2', true, { ...base, size: Math.floor(size / 2) });
    add('wrong leaf', true, { ...base, leafHash: encodeUtf8('WrongLeaf') });
    add('empty root', true, { ...base, root: EMPTY_TREE });
    add('random root', true, { ...base, root: SOME_HASH });
    add('trailing garbage', true, { ...base, proof: [...proof, new Uint8Array()] });
    add('trailing root', true, { ...base, proof: [...proof, root] });
    add('preceding garbage', true, { ...base, proof: [new Uint8Array(), ...proof] });
    add('preceding root', true, { ...base, proof: [root, ...proof] });
    proof.forEach((_, i) => {
      add(`modified proof[${i}]`, true, { ...base, proof: proof.map((p, j) => (j === i ? flipBit(p, 3) : p)) });
    });
    if (proof.length > 0) add('removed component', true, { ...base, proof: proof.slice(0, -1) });
    if (proof.length > 1)
      add('inserted component', true, { ...base, proof: [proof[0]!, SOME_HASH, ...proof.slice(1)] });
  }
  for (const [index, size] of [
    [0, 0],
    [0, 1],
    [1, 0],
    [2, 1],
  ] as const) {
    add('random leaf', true, { index, size, root: new Uint8Array(), leafHash: SOME_HASH, proof: [] });
    add('empty root', true, { index, size, root: EMPTY_TREE, leafHash: new Uint8Array(), proof: [] });
    add('empty root, random leaf', true, { index, size, root: EMPTY_TREE, leafHash: SOME_HASH, proof: [] });
  }
  const single = hashLeaf(sha256, encodeUtf8('data'));
  const empty = new Uint8Array();
  add('single: matching root and leaf', false, { index: 0, size: 1, root: single, leafHash: single, proof: [] });
  add('single: empty leaf', true, { index: 0, size: 1, root: single, leafHash: empty, proof: [] });
  add('single: empty root', true, { index: 0, size: 1, root: empty, leafHash: single, proof: [] });
  add('single: empty root and leaf', true, { index: 0, size: 1, root: empty, leafHash: empty, proof: [] });
  return probes;
}

describe('inclusion proofs (RFC 9162 §2.1.3)', () => {
  it('regenerates the proofs published by transparency-dev/merkle proofgen', async () => {
    const reader = createMemoryTreeReader(
      sha256,
      REFERENCE_LEAVES.map((d) => hashLeaf(sha256, d)),
    );
    for (const [leafIdx1, size, proofHex] of GO_PROOFS) {
      const proof = await generateInclusionProof({ reader, index: leafIdx1 - 1, size });
      expect(proof.map(toHex)).toEqual(proofHex);
    }
  });

  it('agrees with all 98 transparency-dev/merkle inclusion probes', () => {
    const probes = buildGoProbes();
    expect(probes).toHaveLength(98);
    for (const { desc, claim, wantErr } of probes) {
      expect([desc, codeOf(claim) === 'ok']).toEqual([desc, !wantErr]);
    }
  });

  it('matches the SM3 proofs of anchors-integrity.md §1.4', async () => {
    const reader = createMemoryTreeReader(
      sm3,
      REFERENCE_LEAVES.map((d) => hashLeaf(sm3, d)),
    );
    const vectors: Array<[number, number, string]> = [
      [
        0,
        8,
        'af83a966222057ac761246a7543c580d9111014f4e5e3cb1281db33151160335 2489bde054a243baddcdf4fca1bae37cc910a6d9d85fdb9e1a826d7fc114f9a8 2064aa35c6f2961ab1667c4418188b13a7b2510104f71febbb67f19419cf8168',
      ],
      [
        5,
        8,
        'a798bfdb4164a6c7b41a6faecc5c3155cf04d38929dcbd4fe21dea29071aac64 155f6ed4ccfa83510c9416c99b48f41aa5b12e443546bee1b501a7b281e5132a 28e4e307ef6d2d0c62d84b11ef96e835efe490f35b93c8f024ecfe38c8dd4377',
      ],
      [2, 3, '0b990fe0c7ad70f1bf1a1262f2c7908ea48146b14253a6db99f2917ab1f5cc4d'],
      [
        1,
        5,
        '2daef60e7a0b8f5e024c81cd2ab3109f2b4f155cf83adeb2ae5532f74a157fdf 2489bde054a243baddcdf4fca1bae37cc910a6d9d85fdb9e1a826d7fc114f9a8 a798bfdb4164a6c7b41a6faecc5c3155cf04d38929dcbd4fe21dea29071aac64',
      ],
    ];
    for (const [index, size, expected] of vectors) {
      const proof = await generateInclusionProof({ reader, index, size });
      expect(proof.map(toHex).join(' ')).toBe(expected);
    }
    const root = hex('bc48ba7a709184b5f2a631e1adeb8dc2a0d4c018c1d6cc89b5664fe154c93b38');
    const proof = vectors[1]![2].split(' ').map(hex);
    const leafHash = hashLeaf(sm3, REFERENCE_LEAVES[5]!);
    expect(codeOf({ hasher: sm3, index: 5, size: 8, leafHash, proof, root })).toBe('ok');
    expect(codeOf({ hasher: sha256, index: 5, size: 8, leafHash, proof, root })).toBe('proof.root_mismatch');
  });

  it('generates and verifies every proof of every tree up to 40 leaves, as the naive reference does', async () => {
    const reference = createReference('sha256');
    const entries = makeEntries(40);
    const reader = createMemoryTreeReader(
      sha256,
      entries.map((d) => hashLeaf(sha256, d)),
    );
    for (let size = 1; size <= 40; size++) {
      const root = reference.mth(entries.slice(0, size));
      for (let index = 0; index < size; index++) {
        const proof = await generateInclusionProof({ reader, index, size });
        expect(proof).toEqual(reference.path(index, entries.slice(0, size)));
        const leafHash = reference.leafHash(entries[index]!);
        expect(codeOf({ hasher: sha256, index, size, leafHash, proof, root })).toBe('ok');
        if (index + 1 < size) {
          expect(codeOf({ hasher: sha256, index: index + 1, size, leafHash, proof, root })).not.toBe('ok');
        }
      }
    }
  });

  it('rejects every one-bit change of the proof, leaf hash and root', async () => {
    const entries = makeEntries(21);
    const leafHashes = entries.map((d) => hashLeaf(sm3, d));
    const reader = createMemoryTreeReader(sm3, leafHashes);
    for (const [index, size] of [
      [0, 21],
      [13, 21],
      [20, 21],
      [6, 7],
      [4, 16],
    ] as const) {
      const proof = await generateInclusionProof({ reader, index, size });
      const root = await reader.hashRange(0, size);
      const claim = { hasher: sm3, index, size, leafHash: leafHashes[index]!, proof, root };
      expect(codeOf(claim)).toBe('ok');
      for (let bit = 0; bit < 256; bit++) {
        expect(codeOf({ ...claim, leafHash: flipBit(claim.leafHash, bit) })).toBe('proof.root_mismatch');
        expect(codeOf({ ...claim, root: flipBit(root, bit) })).toBe('proof.root_mismatch');
        for (let i = 0; i < proof.length; i++) {
          const mutated = proof.map((p, j) => (j === i ? flipBit(p, bit) : p));
          expect(codeOf({ ...claim, proof: mutated })).toBe('proof.root_mismatch');
        }
      }
    }
  });

  it('reports coded errors for each kind of failure', () => {
    const leafHashes = makeEntries(5).map((d) => hashLeaf(sha256, d));
    const root = createMemoryTreeReader(sha256, leafHashes).hashRange(0, 5) as Uint8Array;
    const claim = { hasher: sha256, index: 4, size: 5, leafHash: leafHashes[4]!, proof: [root], root };
    expect(codeOf({ ...claim, index: 5 })).toBe('proof.index_out_of_range');
    expect(codeOf({ ...claim, index: -1 })).toBe('proof.index_out_of_range');
    expect(codeOf({ ...claim, size: 2 ** 53 })).toBe('tree.invalid_size');
    expect(codeOf({ ...claim, proof: [] })).toBe('proof.wrong_length');
    expect(codeOf({ ...claim, proof: [root, root] })).toBe('proof.wrong_length');
    expect(codeOf({ ...claim, proof: [root.subarray(1)] })).toBe('hash.wrong_length');
    expect(codeOf(claim)).toBe('proof.root_mismatch');
  });

  it('handles tree sizes beyond 2^32 without 32-bit truncation', async () => {
    // A reader that answers every range with a hash derived from the range, standing in for stored hashes.
    const reader: TreeReader = { hashRange: async (s, e) => sha256.digest(encodeUtf8(`${s}-${e}`)) };
    const size = 2 ** 40 + 5;
    const index = 2 ** 40 + 3;
    const proof = await generateInclusionProof({ reader, index, size });
    const range = (s: number, e: number) => toHex(sha256.digest(encodeUtf8(`${s}-${e}`)));
    const t = 2 ** 40;
    expect(proof.map(toHex)).toEqual([range(t + 2, t + 3), range(t, t + 2), range(t + 4, t + 5), range(0, t)]);
    // Fold by hand: the leaf is a right child, then right, then left, then right of the 2^40 subtree.
    const leafHash = sha256.digest(encodeUtf8('leaf'));
    const [p0, p1, p2, p3] = proof as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    const root = hashChildren(
      sha256,
      p3,
      hashChildren(sha256, hashChildren(sha256, p1, hashChildren(sha256, p0, leafHash)), p2),
    );
    expect(codeOf({ hasher: sha256, index, size, leafHash, proof, root })).toBe('ok');
    expect(codeOf({ hasher: sha256, index: index - 2 ** 32, size, leafHash, proof, root })).not.toBe('ok');
    await expect(generateInclusionProof({ reader, index: size, size })).rejects.toMatchObject({
      code: 'proof.index_out_of_range',
    });
  });
});
