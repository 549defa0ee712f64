import type { Io } from '../io';
import { main } from '../main';

/** Runs `liuhen …` in this process, capturing what it prints and its exit code. */
export async function runCommand(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), write: (t) => out.push(t) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a command that prints JSON and parses it; fails with its error output otherwise. */
export async function runJson(...argv: string[]) {
  const res = await runCommand(...argv);
  if (res.code !== 0) throw new Error(res.err);
  return JSON.parse(res.out);
}
