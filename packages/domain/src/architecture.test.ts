import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Architecture rule (STYLE.md): the domain cannot do I/O. Its sources import only each other and `zod`, and
 * never read the clock or a random source themselves (time and ids are injected), so every domain function is
 * pure and its tests need nothing. Test files are exempt: they may use node:fs, as this one does.
 */
const sourceRoot = fileURLToPath(new URL('.', import.meta.url));
const allowedPackages = new Set(['zod']);

const domainSources = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
  .map((file) => ({ file: relative(sourceRoot, join(sourceRoot, file)).split(sep).join('/'), path: file }))
  .map(({ file, path }) => ({ file, text: readFileSync(join(sourceRoot, path), 'utf8') }))
  .sort((a, b) => a.file.localeCompare(b.file));

/** Drops block comments and whole-line or trailing `//` comments, so prose about `Date.now()` is not code. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Every module specifier: static imports and re-exports (incl. `import type`), side-effect imports, import(), require(). */
function importSpecifiers(text: string): string[] {
  const code = withoutComments(text);
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function isAllowedSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || allowedPackages.has(specifier);
}

/** Calls that read the outside world: the clock and the random source. */
const impureCalls: { name: string; pattern: RegExp }[] = [
  { name: 'Date.now(', pattern: /\bDate\s*\.\s*now\s*\(/ },
  { name: 'new Date()', pattern: /\bnew\s+Date\s*\(\s*\)/ },
  { name: 'new Date without arguments', pattern: /\bnew\s+Date\b(?!\s*\()/ },
  { name: 'Math.random(', pattern: /\bMath\s*\.\s*random\s*\(/ },
];

function impureCallsIn(text: string): string[] {
  const code = withoutComments(text);
  return impureCalls.filter(({ pattern }) => pattern.test(code)).map(({ name }) => name);
}

describe('architecture: the domain cannot do I/O', () => {
  it('finds the domain sources to check', () => {
    const files = domainSources.map(({ file }) => file);
    expect(files).toContain('index.ts');
    expect(files).toContain('access/authorize.ts');
    expect(files).toContain('organisation/certificates.ts');
    expect(files).toContain('shared/time.ts');
    expect(files.some((file) => file.endsWith('.test.ts'))).toBe(false);
  });

  it('imports nothing but other domain modules and zod', () => {
    const offending = domainSources.flatMap(({ file, text }) =>
      importSpecifiers(text)
        .filter((specifier) => !isAllowedSpecifier(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('never reads the clock or a random source (Date.now, new Date(), Math.random)', () => {
    const offending = domainSources.flatMap(({ file, text }) => impureCallsIn(text).map((call) => `${file}: ${call}`));
    expect(offending).toEqual([]);
  });

  describe('the checks themselves', () => {
    it('see every form of import a source could use to reach I/O', () => {
      const sample = [
        "import { readFileSync } from 'node:fs';",
        "import fs from 'fs';",
        "import type { Kysely } from 'kysely';",
        "import {\n  fastify,\n} from 'fastify';",
        "export { sql } from 'kysely';",
        "export * from 'pg';",
        "import 'dotenv/config';",
        "const path = await import('node:path');",
        "const os = require('os');",
        "import { domainError } from '../shared/errors';",
        "import { z } from 'zod';",
      ].join('\n');
      const specifiers = importSpecifiers(sample);
      expect(specifiers.filter((specifier) => !isAllowedSpecifier(specifier)).sort()).toEqual(
        ['dotenv/config', 'fastify', 'fs', 'kysely', 'kysely', 'node:fs', 'node:path', 'os', 'pg'].sort(),
      );
      expect(specifiers).toContain('../shared/errors');
      expect(specifiers).toContain('zod');
    });

    it('refuse zod sub-paths and look-alike packages', () => {
      expect(isAllowedSpecifier('zod')).toBe(true);
      expect(isAllowedSpecifier('zod/v4')).toBe(false);
      expect(isAllowedSpecifier('zodiac')).toBe(false);
      expect(isAllowedSpecifier('.hidden')).toBe(false);
    });

    it('see clock and random calls but allow dates built from given values', () => {
      expect(impureCallsIn('const t = Date.now();')).toEqual(['Date.now(']);
      expect(impureCallsIn('const d = new Date();')).toEqual(['new Date()']);
      expect(impureCallsIn('const d = new Date;')).toEqual(['new Date without arguments']);
      expect(impureCallsIn('const r = Math.random();')).toEqual(['Math.random(']);
      expect(impureCallsIn('const d = new Date(now.getTime() + 60_000);')).toEqual([]);
      expect(impureCallsIn('const d = new Date(Date.UTC(2025, 0, 1));')).toEqual([]);
      expect(impureCallsIn('/** never call Date.now() here */\nconst x = 1; // nor Math.random()')).toEqual([]);
    });
  });
});
