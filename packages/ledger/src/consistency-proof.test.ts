import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from './bytes';
import { type ConsistencyClaim, generateConsistencyProof, verifyConsistency } from './consistency-proof';
import { createHasher } from './hash';
import { hashLeaf } from './merkle';
import {
  createReference,
  flipBit,
  hex,
  makeEntries,
  REFERENCE_LEAVES,
  REFERENCE_ROOTS,
  toHex,
} from './testing/rfc6962';
import { createMemoryTreeReader } from './tree-reader';

const sha256 = createHasher('sha256');
const sm3 = createHasher('sm3');

const codeOf = (claim: ConsistencyClaim) => {
  try {
    verifyConsistency(claim);
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'ok';
};

// transparency-dev/merkle cmd/proofgen/main.go: published roots and consistency proofs.
const ROOTS = REFERENCE_ROOTS.slice(1).map(hex);
const EMPTY_TREE = hex('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
const H96 = '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7';
const H5F = '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e';
const H6B = '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4';
const H0E = '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a';
const HCA = 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0';
const HD3 = 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7';
const HBC = 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b';
const HB0 = 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f';
const GO_PROOFS: Array<[number, number, string[]]> = [
  [1, 1, []],
  [1, 8, [H96, H5F, H6B]],
  [6, 8, [H0E, HCA, HD3]],
  [2, 5, [H5F, HBC]],
  [6, 7, [H0E, HB0, HD3]],
];

type Probe = { desc: string; claim: ConsistencyClaim; wantErr: boolean };

/** The probe set proofgen writes to testdata/consistency (98 probes), rebuilt from its published values. */
function buildGoProbes(): Probe[] {
  const probes: Probe[] = [];
  const add = (desc: string, wantErr: boolean, c: Omit<ConsistencyClaim, 'hasher'>) =>
    probes.push({ desc, wantErr, claim: { hasher: sha256, ...c } });
  for (const [size1, size2, proofHex] of GO_PROOFS) {
    const proof = proofHex.map(hex);
    const root1 = ROOTS[size1 - 1]!;
    const root2 = ROOTS[size2 - 1]!;
    const base = { size1, size2, root1, root2, proof };
    add(`${size1}->${size2} happy path`, false, base);
    if (proof.length === 0) continue;
    const wrong = encodeUtf8('WrongRoot');
    add('size1 sub 1', true, { ...base, size1: size1 - 1 });
    add('size1 plus 1', true, { ...base, size1: size1 + 1 });
    add('size1 XOR 2', true, { ...base, size1: size1 ^ 2 });
    add('size2 mul 2', true, { ...base, size2: size2 * 2 });
    add('size2 div 2', true, { ...base, size2: Math.floor(size2 / 2) });
    add('wrong root1', true, { ...base, root1: wrong });
    add('wrong root2', true, { ...base, root2: wrong });
    add('swapped roots', true, { ...base, root1: root2, root2: root1 });
    add('empty proof', true, { ...base, proof: [] });
    add('trailing garbage', true, { ...base, proof: [...proof, new Uint8Array()] });
    add('trailing root1', true, { ...base, proof: [...proof, root1] });
    add('trailing root2', true, { ...base, proof: [...proof, root2] });
    add('preceding garbage', true, { ...base, proof: [new Uint8Array(), ...proof] });
    add('preceding root1', true, { ...base, proof: [root1, ...proof] });
    add('preceding root2', true, { ...base, proof: [root2, ...proof] });
    add('preceding proof[0]', true, { ...base, proof: [proof[0]!, ...proof] });
    add('truncated proof', true, { ...base, proof: proof.slice(0, -1) });
    proof.forEach((_, i) => {
      add(`modified proof[${i}]`, true, { ...base, proof: proof.map((p, j) => (j === i ? flipBit(p, 4) : p)) });
    });
  }
  const r1 = encodeUtf8("don't care 1");
  const r2 = encodeUtf8("don't care 2");
  const statics: Array<[number, number, Uint8Array, Uint8Array, Uint8Array[], boolean]> = [
    [0, 0, r1, r2, [], true],
    [1, 1, r1, r2, [], true],
    [0, 0, r1, r1, [], true],
    [0, 1, r1, r2, [], true],
    [1, 1, r2, r2, [], false], // equal sizes, equal roots: consistent (hash length is not checked)
    [1, 0, r1, r2, [], true],
    [2, 1, r1, r2, [], true],
    [1, 2, r1, r2, [], true],
    [0, 0, EMPTY_TREE, r2, [], true],
    [1, 1, EMPTY_TREE, r2, [], true],
    [0, 0, EMPTY_TREE, EMPTY_TREE, [EMPTY_TREE], true],
    [1, 1, EMPTY_TREE, EMPTY_TREE, [EMPTY_TREE], true],
    [0, 1, EMPTY_TREE, r2, [], true],
    [0, 1, EMPTY_TREE, EMPTY_TREE, [EMPTY_TREE], true],
  ];
  for (const [size1, size2, root1, root2, proof, wantErr] of statics) {
    add(`static ${size1}->${size2}`, wantErr, { size1, size2, root1, root2, proof });
  }
  return probes;
}

describe('consistency proofs (RFC 9162 §2.1.4)', () => {
  it('regenerates the proofs published by transparency-dev/merkle proofgen', async () => {
    const reader = createMemoryTreeReader(
      sha256,
      REFERENCE_LEAVES.map((d) => hashLeaf(sha256, d)),
    );
    for (const [size1, size2, proofHex] of GO_PROOFS) {
      expect((await generateConsistencyProof({ reader, size1, size2 })).map(toHex)).toEqual(proofHex);
    }
  });

  it('agrees with all 98 transparency-dev/merkle consistency probes', () => {
    const probes = buildGoProbes();
    expect(probes).toHaveLength(98);
    for (const { desc, claim, wantErr } of probes) {
      expect([desc, codeOf(claim) === 'ok']).toEqual([desc, !wantErr]);
    }
  });

  it('matches the SM3 proofs of anchors-integrity.md §1.4', async () => {
    const leafHashes = REFERENCE_LEAVES.map((d) => hashLeaf(sm3, d));
    const reader = createMemoryTreeReader(sm3, leafHashes);
    const vectors: Array<[number, number, string]> = [
      [
        1,
        8,
        'af83a966222057ac761246a7543c580d9111014f4e5e3cb1281db33151160335 2489bde054a243baddcdf4fca1bae37cc910a6d9d85fdb9e1a826d7fc114f9a8 2064aa35c6f2961ab1667c4418188b13a7b2510104f71febbb67f19419cf8168',
      ],
      [
        6,
        8,
        '6f5566cd4dfab1605e73be3ce132f38de996be0094142731e1eb2ab2e001daca 155f6ed4ccfa83510c9416c99b48f41aa5b12e443546bee1b501a7b281e5132a 28e4e307ef6d2d0c62d84b11ef96e835efe490f35b93c8f024ecfe38c8dd4377',
      ],
      [
        2,
        5,
        '2489bde054a243baddcdf4fca1bae37cc910a6d9d85fdb9e1a826d7fc114f9a8 a798bfdb4164a6c7b41a6faecc5c3155cf04d38929dcbd4fe21dea29071aac64',
      ],
      [
        6,
        7,
        '6f5566cd4dfab1605e73be3ce132f38de996be0094142731e1eb2ab2e001daca 0ce032204aaf0d2493c226ac2199c3ea4a51c8ce383f485836943605076c0f4b 28e4e307ef6d2d0c62d84b11ef96e835efe490f35b93c8f024ecfe38c8dd4377',
      ],
      [
        3,
        7,
        'c93540f0356ca5170858329e6d483f335894dac0de71c64ff8b51cba68cce396 796e7bd749551d8e3dbd787d5fdbc62771c9a04db51a53bdbc004211f606ee6a 0b990fe0c7ad70f1bf1a1262f2c7908ea48146b14253a6db99f2917ab1f5cc4d 6f59d73facf2001681a4932aa0ec3c8006b2911c498c6dda229de1b618670d4e',
      ],
      [4, 8, '2064aa35c6f2961ab1667c4418188b13a7b2510104f71febbb67f19419cf8168'],
    ];
    for (const [size1, size2, expected] of vectors) {
      const proof = await generateConsistencyProof({ reader, size1, size2 });
      expect(proof.map(toHex).join(' ')).toBe(expected);
      const root1 = await reader.hashRange(0, size1);
      const root2 = await reader.hashRange(0, size2);
      expect(codeOf({ hasher: sm3, size1, size2, root1, root2, proof })).toBe('ok');
    }
  });

  it('generates and verifies every proof for 1 <= m <= n <= 40, as the naive reference does', async () => {
    const reference = createReference('sha256');
    const entries = makeEntries(40);
    const reader = createMemoryTreeReader(
      sha256,
      entries.map((d) => hashLeaf(sha256, d)),
    );
    const roots = Array.from({ length: 41 }, (_, n) => reference.mth(entries.slice(0, n)));
    for (let size2 = 1; size2 <= 40; size2++) {
      for (let size1 = 1; size1 <= size2; size1++) {
        const proof = await generateConsistencyProof({ reader, size1, size2 });
        expect(proof).toEqual(reference.proof(size1, entries.slice(0, size2)));
        const claim = { hasher: sha256, size1, size2, root1: roots[size1]!, root2: roots[size2]!, proof };
        expect(codeOf(claim)).toBe('ok');
        if (size1 < size2) expect(codeOf({ ...claim, root1: roots[size1 + 1]! })).not.toBe('ok');
      }
    }
  });

  it('rejects every one-bit change of the proof and both roots', async () => {
    const leafHashes = makeEntries(23).map((d) => hashLeaf(sm3, d));
    const reader = createMemoryTreeReader(sm3, leafHashes);
    for (const [size1, size2] of [
      [1, 23],
      [7, 23],
      [8, 23],
      [16, 17],
      [22, 23],
      [3, 4],
    ] as const) {
      const proof = await generateConsistencyProof({ reader, size1, size2 });
      const root1 = await reader.hashRange(0, size1);
      const root2 = await reader.hashRange(0, size2);
      const claim = { hasher: sm3, size1, size2, root1, root2, proof };
      expect(codeOf(claim)).toBe('ok');
      for (let bit = 0; bit < 256; bit++) {
        expect(codeOf({ ...claim, root1: flipBit(root1, bit) })).toBe('proof.root_mismatch');
        expect(codeOf({ ...claim, root2: flipBit(root2, bit) })).toBe('proof.root_mismatch');
        for (let i = 0; i < proof.length; i++) {
          const mutated = proof.map((p, j) => (j === i ? flipBit(p, bit) : p));
          expect(codeOf({ ...claim, proof: mutated })).toBe('proof.root_mismatch');
        }
      }
    }
  });

  it('reports coded errors for each kind of failure', async () => {
    const leafHashes = makeEntries(6).map((d) => hashLeaf(sha256, d));
    const reader = createMemoryTreeReader(sha256, leafHashes);
    const proof = await generateConsistencyProof({ reader, size1: 3, size2: 6 });
    const claim = {
      hasher: sha256,
      size1: 3,
      size2: 6,
      root1: await reader.hashRange(0, 3),
      root2: await reader.hashRange(0, 6),
      proof,
    };
    expect(codeOf({ ...claim, size1: 0 })).toBe('proof.size_out_of_range');
    expect(codeOf({ ...claim, size1: 7 })).toBe('proof.size_out_of_range');
    expect(codeOf({ ...claim, size2: -6 })).toBe('tree.invalid_size');
    expect(codeOf({ ...claim, proof: [] })).toBe('proof.wrong_length');
    expect(codeOf({ ...claim, proof: proof.slice(1) })).toBe('proof.wrong_length');
    expect(codeOf({ ...claim, proof: [...proof, proof[0]!] })).toBe('proof.wrong_length');
    expect(codeOf({ ...claim, root2: claim.root2.subarray(2) })).toBe('hash.wrong_length');
    expect(codeOf({ ...claim, size2: 3, root2: claim.root1 })).toBe('proof.wrong_length');
    expect(codeOf({ ...claim, size2: 3, proof: [] })).toBe('proof.root_mismatch');
    await expect(generateConsistencyProof({ reader, size1: 0, size2: 6 })).rejects.toMatchObject({
      code: 'proof.size_out_of_range',
    });
    await expect(generateConsistencyProof({ reader, size1: 2, size2: 7 })).rejects.toMatchObject({
      code: 'tree.range_out_of_bounds',
    });
  });
});
