import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('docs/ARCHITECTURE.md', () => {
  it('names every top-level folder under packages/*/src, so the map matches the tree', () => {
    const doc = readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');
    const missing: string[] = [];
    for (const pkg of readdirSync(path.join(root, 'packages'))) {
      const src = path.join(root, 'packages', pkg, 'src');
      if (!existsSync(src)) continue;
      for (const entry of readdirSync(src)) {
        if (!statSync(path.join(src, entry)).isDirectory()) continue;
        if (!doc.includes(`${pkg}/src/${entry}`)) missing.push(`${pkg}/src/${entry}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
