import { describe, expect, it } from 'vitest';
import { encodeHex } from './bytes';
import { canonicalizeJson, encodeCanonicalJson } from './canonical-json';

const fromBits = (bits: string) => Buffer.from(bits, 'hex').readDoubleBE(0);
const codeOf = (value: unknown) => {
  try {
    canonicalizeJson(value);
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

describe('canonicalizeJson (RFC 8785)', () => {
  it('reproduces the RFC 8785 §3.2.2 example', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalizeJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = ['\\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    const names = ['Carriage Return', 'One', 'Control', 'Latin Small Letter O With Diaeresis', 'Euro Sign'];
    names.push('Emoji: Grinning Face', 'Hebrew Letter Dalet With Dagesh');
    expect(canonicalizeJson(input)).toBe(`{${keys.map((k, i) => `"${k}":"${names[i]}"`).join(',')}}`);
    // U+1F600 (surrogates D83D DE00) sorts before U+FB33 by code units, after it by code points.
  });

  it('serialises numbers like ECMAScript (RFC 8785 Appendix B)', () => {
    const table: Array<[string, string]> = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of table) expect(canonicalizeJson(fromBits(bits))).toBe(expected);
  });

  it('keeps Chinese text as raw UTF-8 and hashes exactly those bytes', () => {
    const entry = { 案号: '本人社监〔2024〕12号', stage: '立案', v: 1, 当事人: ['张三', '李四'] };
    const text = canonicalizeJson(entry);
    expect(text).toBe('{"stage":"立案","v":1,"当事人":["张三","李四"],"案号":"本人社监〔2024〕12号"}');
    expect(encodeHex(encodeCanonicalJson({ 留痕: '是' }))).toBe('7b22e79599e79795223a22e698af227d');
  });

  it('ignores key insertion order and whitespace of the source', () => {
    expect(canonicalizeJson(JSON.parse('{ "b" : [ 1 , {"z":1,"a":2} ], "a":"x" }'))).toBe(
      '{"a":"x","b":[1,{"a":2,"z":1}]}',
    );
  });

  it('rejects values JSON cannot represent instead of dropping them', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const rejected: unknown[] = [
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      () => 1,
      Symbol('x'),
      10n,
      { a: undefined },
      { a: { b: [1, Number.NaN] } },
      [1, undefined],
      [() => 1],
      new Date(0),
      new Uint8Array(2),
      new Map(),
      cyclic,
      '\ud800',
      { '\udc00': 1 },
      { [Symbol('k')]: 1 },
    ];
    for (const value of rejected) expect(codeOf(value)).toBe('json.not_representable');
  });

  it('names the offending path', () => {
    expect(() => canonicalizeJson({ a: [0, { b: Number.NaN }] })).toThrow('$.a[1].b');
  });

  it('accepts shared (non-cyclic) references and null-prototype objects', () => {
    const shared = { x: 1 };
    const bare = Object.assign(Object.create(null), { b: 2, a: 1 });
    expect(canonicalizeJson([shared, shared, bare])).toBe('[{"x":1},{"x":1},{"a":1,"b":2}]');
  });
});
