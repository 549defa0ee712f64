// `npm run bench`: every benchmark with its baseline measured in the same run, as ONE JSON document on stdout
// (progress on stderr). `--quick` shrinks every size for a smoke run; `--only=hashing,verify` picks benchmarks.
import { existsSync } from 'node:fs';
import { benchCompliance } from './compliance';
import { benchHashing } from './hashing';
import { benchInclusionProof } from './inclusion-proof';
import { benchIngest } from './ingest';
import { benchLedgerAppend } from './ledger-append';
import { type DialectName, postgresAvailable } from './liuhen';
import { machineFacts } from './machine';
import { notes } from './notes';
import { progress, round } from './stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name: string) => !only || only.includes(name);
/** `--compliance-cases=20000`: another size for the compliance benchmark than the mode's. */
const complianceCases = Number(args.find((a) => a.startsWith('--compliance-cases='))?.split('=')[1] ?? Number.NaN);

const sizes = quick
  ? {
      append: { entries: 300, concurrency: 8, batchSize: 100, warmup: 20, rounds: 3 },
      proof: { target: 200_000, minimum: 100_000, proofs: 200, buildBudgetSeconds: 60 },
      verify: { entries: 100_000, checkpointEvery: 10_000 },
      ingest: { fileMiB: 64, concurrent: 10, concurrentMiB: 5 },
      compliance: { cases: 2000 },
    }
  : {
      append: { entries: 5000, concurrency: 8, batchSize: 100, warmup: 100, rounds: 5 },
      proof: { target: 10_000_000, minimum: 1_000_000, proofs: 1000, buildBudgetSeconds: 240 },
      verify: { entries: 1_000_000, checkpointEvery: 100_000 },
      ingest: { fileMiB: 2048, concurrent: 100, concurrentMiB: 50 },
      compliance: { cases: 100_000 },
    };

/** Runs one benchmark; a failure is reported in the JSON (and the exit code), and the others still run. */
async function measure(name: string, run: () => unknown): Promise<unknown> {
  if (!wanted(name)) return { skipped: 'not selected with --only' };
  const t0 = Date.now();
  try {
    const result = await run();
    progress(`${name} done in ${round((Date.now() - t0) / 1000, 1)} s`);
    return result;
  } catch (error) {
    process.exitCode = 1;
    progress(`${name} failed: ${(error as Error).stack ?? String(error)}`);
    return { error: String(error) };
  }
}

const started = Date.now();
const dialects: DialectName[] = (await postgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite'];
if (!dialects.includes('postgres')) progress('PostgreSQL is not reachable: ledgerAppend runs on SQLite only');
const machine = await machineFacts();
const hashing = await measure('hashing', () => benchHashing(quick ? 32 : 256));
const ledgerAppend = await measure('ledgerAppend', () => benchLedgerAppend(dialects, sizes.append));
const inclusionProof = await measure('inclusionProof', () => benchInclusionProof(sizes.proof));
const verifyPresent = existsSync(new URL('../packages/server/src/ledger/verify.ts', import.meta.url));
const verify = verifyPresent
  ? await measure('verify', async () => (await import('./verify')).benchVerify(sizes.verify))
  : { skipped: 'verify.ts not present' };

const ingest = await measure('ingest', () => benchIngest(sizes.ingest));
const compliance = await measure('compliance', () =>
  benchCompliance(dialects, Number.isInteger(complianceCases) ? { cases: complianceCases } : sizes.compliance),
);

const report = {
  liuhenBench: 1,
  mode: quick ? 'quick' : 'full',
  startedAt: new Date(started).toISOString(),
  durationSeconds: round((Date.now() - started) / 1000, 1),
  machine,
  hashing,
  ledgerAppend,
  inclusionProof,
  verify,
  ingest,
  compliance,
  notes,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
