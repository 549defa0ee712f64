#!/usr/bin/env node
// Builds the web UI when packages/web/dist is missing or older than its sources, so `npm start` and `npm test`
// always serve the current UI without rebuilding it every time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const built = path.join(root, 'packages/web/dist/index.html');
const sources = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/contracts/src',
  'packages/domain/src',
].map((p) => path.join(root, p));

function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : -1;
if (builtAt >= Math.max(...sources.map(newest))) process.exit(0);
console.log('正在构建网页界面 Building the web UI…');
const result = spawnSync('npm', ['run', 'build', '-w', '@liuhen/web'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
