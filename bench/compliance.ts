import { createOfficialCalendar, evaluateCase, findingsOf, type HolidaySchedule, type Profile } from '@liuhen/domain';
import { sql } from 'kysely';
import type { Deps } from '../packages/server/src/deps';
import { reevaluateCases } from '../packages/server/src/modules/compliance/compliance.usecases';
import {
  chunksOf,
  type LoadedSnapshot,
  loadCaseSnapshots,
} from '../packages/server/src/modules/compliance/snapshot.repository';
import { seedCases, seedNow } from './compliance-seed';
import { type DialectName, openBenchLiuhen } from './liuhen';
import { nowMs, progress, round } from './stats';

export type ComplianceOptions = { cases: number };

/** The profile a seeded case is evaluated under (every seeded case is bound to one), looked up once per id. */
function profileResolver(deps: Deps) {
  const cache = new Map<string, Profile>();
  return (loaded: LoadedSnapshot): Profile => {
    const id = loaded.row.profile_id!;
    let profile = cache.get(id);
    if (!profile) cache.set(id, (profile = deps.profiles.require(id).profile));
    return profile;
  };
}

/** Illustrative dates only (the State Council has not published 2027): the calendar change the re-evaluation follows. */
const schedule2027: HolidaySchedule = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  makeUpWorkdays: [],
};

/** The shipped profiles with every archiving period 10 days longer: a profile amendment, as data. */
function amendedArchivePeriods(deps: Deps): Deps['profiles'] {
  const amended = new Map(
    deps.profiles.list().map((entry) => {
      const archive = entry.profile.deadlines.archive;
      const deadlines = { ...entry.profile.deadlines, archive: archive && { ...archive, days: archive.days + 10 } };
      return [entry.profile.id, { ...entry, profile: { ...entry.profile, deadlines } }];
    }),
  );
  return {
    ...deps.profiles,
    list: () => [...amended.values()],
    get: (id) => amended.get(id) ?? null,
    require: (id) => amended.get(id) ?? deps.profiles.require(id),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const t0 = nowMs();
  const result = await work();
  return { result, seconds: (nowMs() - t0) / 1000 };
}

/**
 * Planner statistics, as a database in service has them (autovacuum may be off on the test server): without them
 * PostgreSQL plans the 500-id `in (…)` lists of the loader and of the findings' delete as sequential scans.
 */
async function analyse(deps: Deps): Promise<void> {
  await sql`analyze`.execute(deps.database.db);
}

/**
 * (a) the pure engine over every snapshot in memory, chunk by chunk (loading is timed apart and not counted), so the
 * figure is what evaluation alone costs. Also tallies the items and findings, to show the work was real.
 */
async function pureEvaluation(deps: Deps, caseIds: readonly string[]) {
  const profileOf = profileResolver(deps);
  const now = new Date(seedNow).toISOString();
  let loadMs = 0;
  let evaluateMs = 0;
  let items = 0;
  let findings = 0;
  for (const ids of chunksOf(caseIds, 2000)) {
    let t0 = nowMs();
    const loaded = await loadCaseSnapshots(deps.database.db, ids);
    loadMs += nowMs() - t0;
    t0 = nowMs();
    for (const entry of loaded) {
      const checklist = evaluateCase({
        profile: profileOf(entry),
        snapshot: entry.snapshot,
        now,
        calendar: deps.calendar,
      });
      items += checklist.length;
      findings += findingsOf(checklist).length;
    }
    evaluateMs += nowMs() - t0;
  }
  return { loadSeconds: loadMs / 1000, evaluateSeconds: evaluateMs / 1000, items, findings };
}

async function benchDialect(dialect: DialectName, options: ComplianceOptions) {
  const bench = await openBenchLiuhen(dialect);
  try {
    const { deps } = bench.liuhen;
    progress(`compliance ${dialect}: seeding ${options.cases} cases`);
    const t0 = nowMs();
    const seeded = await seedCases(deps.database.db, {
      cases: options.cases,
      agencyId: bench.ctx.agencyId,
      profileIds: deps.profiles.list().map((entry) => entry.profile.id),
      casesPerTransaction: 1000,
      rowsPerStatement: dialect === 'sqlite' ? 2000 : 3000,
    });
    const seedSeconds = (nowMs() - t0) / 1000;
    await analyse(deps);
    const seededRows = Object.values(seeded.counts).reduce((sum, n) => sum + n, 0);

    progress(`compliance ${dialect}: pure evaluation`);
    const pure = await pureEvaluation(deps, seeded.caseIds);

    // The first evaluation fills compliance_findings (every case written). The figures issue 6 asks for are the ones
    // after it: once the calendar changed (a 2027 schedule arrives as data) and once a profile changed (every
    // profile's archiving period amended), when every case is re-evaluated and the changed ones rewritten.
    progress(`compliance ${dialect}: first evaluation through reevaluateCases`);
    const first = await timed(() => reevaluateCases(deps, seeded.caseIds, new Date(seedNow)));
    await analyse(deps);
    progress(`compliance ${dialect}: re-evaluation after a calendar change`);
    const calendarChange = await timed(() =>
      reevaluateCases({ ...deps, calendar: createOfficialCalendar([schedule2027]) }, seeded.caseIds, new Date(seedNow)),
    );
    progress(`compliance ${dialect}: re-evaluation after a profile change`);
    const profileChange = await timed(() =>
      reevaluateCases({ ...deps, profiles: amendedArchivePeriods(deps) }, seeded.caseIds, new Date(seedNow)),
    );
    const stored = await deps.database.db
      .selectFrom('compliance_findings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const reevaluation = (run: { result: { evaluated: number; changed: number }; seconds: number }) => ({
      casesEvaluated: run.result.evaluated,
      casesChanged: run.result.changed,
      seconds: round(run.seconds),
      casesPerSecond: round(options.cases / run.seconds, 0),
      throughputRatioToPure: round(pure.evaluateSeconds / run.seconds, 3),
      under30SecondsAt100k: (run.seconds / options.cases) * 100_000 < 30,
    });

    const cases = options.cases;
    return {
      seed: {
        seconds: round(seedSeconds, 1),
        rows: seededRows,
        rowsPerSecond: round(seededRows / seedSeconds, 0),
        ...seeded.counts,
      },
      pureEvaluation: {
        what: 'evaluateCase over every snapshot in memory (snapshots loaded in chunks of 2000, loading not counted)',
        seconds: round(pure.evaluateSeconds),
        casesPerSecond: round(cases / pure.evaluateSeconds, 0),
        checklistItems: pure.items,
        findings: pure.findings,
        loadSnapshotsSeconds: round(pure.loadSeconds),
      },
      firstEvaluation: {
        what: 'reevaluateCases(deps, caseIds, now) on empty findings tables: every case evaluated and written',
        ...reevaluation(first),
      },
      afterCalendarChange: {
        what: 'the same after a 2027 holiday schedule is added as data: every case evaluated, the changed ones rewritten',
        ...reevaluation(calendarChange),
      },
      afterProfileChange: {
        what: "the same after every profile's archiving period is amended (+10 days): ARCH-01 items move",
        ...reevaluation(profileChange),
        storedFindings: Number(stored.n),
      },
    };
  } finally {
    await bench.dispose();
  }
}

/**
 * Issue 6: re-evaluating every case after a calendar or profile change, on synthetic cases (~10 activities, ~10
 * documents, ~4 A/V records each) seeded straight into a fresh database. Baseline: the pure engine in the same run.
 */
export async function benchCompliance(dialects: readonly DialectName[], options: ComplianceOptions) {
  const results: Record<string, unknown> = { options: { ...options, now: new Date(seedNow).toISOString() } };
  for (const dialect of dialects) results[dialect] = await benchDialect(dialect, options);
  return results;
}
