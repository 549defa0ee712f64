import type {
  CaseChecklistBody,
  ComplianceItemBody,
  ComplianceListBody,
  ComplianceListQuery,
  ReevaluateBody,
} from '@liuhen/contracts';
import {
  type ComplianceItem,
  type ComplianceStatus,
  domainError,
  dueSoonHours,
  evaluateCase,
  findingsOf,
  type Profile,
  requireAuthorization,
  widestScope,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { SessionActor } from '../../uow';
import { loadCaseFor, parseJson } from '../cases/case-access';
import { type CaseRow, peopleByIds, unitNames } from '../cases/cases.repository';
import { agencyProfileId } from '../profiles/profiles.usecases';
import {
  type CaseEvaluation,
  dueCaseIds,
  listFindingRows,
  openCaseIds,
  findingsDigest,
  replaceFindings,
  storedDigests,
} from './compliance.repository';
import { chunksOf, loadCaseSnapshots } from './snapshot.repository';

/*
 * Findings are DERIVED data: a pure function of what is on record, the profile, the calendar and the time. They are
 * stored only so the agency's list can filter and page; they are replaced on every evaluation and never written to
 * the ledger (the acts they are computed from are). Dropping both tables and calling `reevaluateAll` restores them.
 */

/** The profile each case is evaluated under: its own (GEN-01), else its agency's; null when neither is loaded. */
async function profileResolver(deps: Deps) {
  const agencyProfiles = new Map<string, string | null>();
  return async (row: CaseRow): Promise<Profile | null> => {
    let id = row.profile_id;
    if (!id) {
      if (!agencyProfiles.has(row.agency_id)) {
        agencyProfiles.set(row.agency_id, await agencyProfileId(deps.database.db, row.agency_id));
      }
      id = agencyProfiles.get(row.agency_id) ?? null;
    }
    return id ? (deps.profiles.get(id)?.profile ?? null) : null;
  };
}

/**
 * The next instant a finding changes with the clock alone: an open item turns due-soon `dueSoonHours` before its
 * deadline, a due-soon item turns overdue at it. Null when nothing will (the sweep then leaves the case alone).
 */
export function nextChangeOf(items: readonly ComplianceItem[], now: Date): string | null {
  const times = items.flatMap((item) => {
    if (!item.dueAt || (item.status !== 'open' && item.status !== 'dueSoon')) return [];
    const due = Date.parse(item.dueAt);
    const soon = due - dueSoonHours * 3_600_000;
    return [item.status === 'open' && soon > now.getTime() ? soon : due];
  });
  return times.length === 0 ? null : new Date(Math.min(...times)).toISOString();
}

/**
 * Re-evaluates cases and stores the result: snapshots loaded in chunks of 500, each chunk written in one transaction
 * (no ledger entry: findings are derived data). Only the cases whose findings changed (by digest) have their rows
 * rewritten. Returns how many cases were evaluated, and how many of them changed.
 */
export async function reevaluateCases(
  deps: Deps,
  caseIds: readonly string[],
  now: Date = deps.clock.now(),
): Promise<{ evaluated: number; changed: number }> {
  const profileOf = await profileResolver(deps);
  let evaluated = 0;
  let changedCount = 0;
  const load = (ids: readonly string[]) =>
    Promise.all([loadCaseSnapshots(deps.database.db, ids), storedDigests(deps.database.db, ids)]);
  const chunks = chunksOf([...new Set(caseIds)]);
  // The next chunk loads while this one is evaluated: on PostgreSQL the server works on it meanwhile.
  let next = chunks.length > 0 ? load(chunks[0]!) : null;
  for (let index = 0; next !== null; index += 1) {
    const [loaded, stored] = await next;
    next = index + 1 < chunks.length ? load(chunks[index + 1]!) : null;
    // Handled when awaited next round; marked handled now so a failure below cannot leave it unobserved.
    next?.catch(() => undefined);
    if (loaded.length === 0) continue;
    const evaluations: CaseEvaluation[] = [];
    const changed = new Set<string>();
    for (const { row, snapshot } of loaded) {
      const profile = await profileOf(row);
      const items = profile ? evaluateCase({ profile, snapshot, now: now.toISOString(), calendar: deps.calendar }) : [];
      const evaluation = {
        caseId: row.id,
        agencyId: row.agency_id,
        unitId: row.unit_id,
        profileId: profile?.id ?? null,
        findings: findingsOf(items),
        nextDueAt: nextChangeOf(items, now),
      };
      const digest = findingsDigest(evaluation);
      if (stored.get(row.id) !== digest) changed.add(row.id);
      evaluations.push({ ...evaluation, digest });
    }
    const ctx = { actor: null, agencyId: loaded[0]!.row.agency_id, requestId: null };
    await deps.uow.run(ctx, (tx) =>
      replaceFindings(tx, { evaluations, changed, evaluatedAt: now.toISOString(), newId: () => deps.ids.newId() }),
    );
    evaluated += loaded.length;
    changedCount += changed.size;
  }
  return { evaluated, changed: changedCount };
}

/**
 * Called at the end of every use case that changes a case, after its transaction committed. A failure here must not
 * fail the user's act, which is already on record: it is logged, and the sweep catches up (the case's state row
 * still shows its old due time, or none).
 */
export async function afterCaseChange(deps: Deps, caseId: string | null | undefined): Promise<void> {
  if (!caseId) return;
  try {
    await reevaluateCases(deps, [caseId]);
  } catch (error) {
    console.warn(
      JSON.stringify({ msg: 'compliance re-evaluation failed; the sweep will retry', caseId, error: String(error) }),
    );
  }
}

/** The sweep: cases whose findings change with the clock by now (or never evaluated); with `full`, every open case. */
export async function sweepCompliance(deps: Deps, options: { full: boolean }): Promise<number> {
  const now = deps.clock.now();
  const ids = options.full
    ? await openCaseIds(deps.database.db, {})
    : await dueCaseIds(deps.database.db, { now: now.toISOString() });
  return (await reevaluateCases(deps, ids, now)).evaluated;
}

/**
 * Re-evaluates every case (of one agency): after a profile or calendar change. Usable from the CLI. With
 * `unboundOnly`, only the cases bound to no profile (they follow the agency's), which is all a profile change affects.
 */
export async function reevaluateAll(
  deps: Deps,
  input: { agencyId?: string; unboundOnly?: boolean } = {},
): Promise<{ evaluated: number; changed: number }> {
  return reevaluateCases(
    deps,
    await openCaseIds(deps.database.db, {
      agencyId: input.agencyId,
      all: true,
      ...(input.unboundOnly ? { unboundOnly: true } : {}),
    }),
  );
}

/** POST /api/compliance/reevaluate: the administrator re-evaluates the agency's cases. */
export async function reevaluateAgency(deps: Deps, actor: SessionActor): Promise<ReevaluateBody> {
  requireAuthorization(actor, 'agency.update', { agencyId: actor.agencyId });
  const started = performance.now();
  const { evaluated, changed } = await reevaluateAll(deps, { agencyId: actor.agencyId });
  return { count: evaluated, changed, seconds: Math.round(performance.now() - started) / 1000 };
}

async function presentItems(deps: Deps, items: readonly ComplianceItem[]): Promise<ComplianceItemBody[]> {
  const names = await peopleByIds(
    deps.database.db,
    items.flatMap((item) => item.responsibleIds),
  );
  return items.map((item) => ({
    rule: item.rule,
    requirementId: item.requirementId,
    article: item.article,
    status: item.status,
    severity: item.severity,
    subject: item.subject,
    message: item.message,
    responsible: item.responsibleIds.map((id) => ({ id, name: names.get(id) ?? id })),
    dueAt: item.dueAt,
    provisional: item.provisional,
  }));
}

/** The case's whole checklist, evaluated now (not read from the stored findings), for whoever may read the case. */
export async function getCaseChecklist(deps: Deps, actor: SessionActor, caseId: string): Promise<CaseChecklistBody> {
  const { row } = await loadCaseFor(deps, actor, caseId, 'case.read');
  const now = deps.clock.now();
  const { items, profile } = await evaluateLive(deps, row, now);
  return {
    caseId: row.id,
    caseNumber: row.number,
    profileId: profile?.id ?? null,
    evaluatedAt: now.toISOString(),
    items: await presentItems(deps, items),
  };
}

async function evaluateLive(deps: Deps, row: CaseRow, now: Date) {
  const profile = await (await profileResolver(deps))(row);
  const [loaded] = await loadCaseSnapshots(deps.database.db, [row.id]);
  const items =
    profile && loaded
      ? evaluateCase({ profile, snapshot: loaded.snapshot, now: now.toISOString(), calendar: deps.calendar })
      : [];
  return { profile, items };
}

/** Statuses that never block a transition: met, excepted as the profile allows, or only shown to the supervisor. */
const nonBlocking: readonly ComplianceStatus[] = ['done', 'excepted', 'notice'];

/**
 * The findings that refuse `action` on this case: those of the rules the case's profile lists for the action under
 * `compliance.blockTransitions` (a rule id also covers its variants, `INIT-07` → `INIT-07.notProvided`).
 */
export async function blockingFindings(deps: Deps, row: CaseRow, action: string): Promise<ComplianceItem[]> {
  const profile = await (await profileResolver(deps))(row);
  const rules = (profile?.compliance.blockTransitions ?? [])
    .filter((block) => block.action === action)
    .flatMap((block) => block.rules);
  if (rules.length === 0) return [];
  const { items } = await evaluateLive(deps, row, deps.clock.now());
  return items.filter(
    (item) =>
      !nonBlocking.includes(item.status) &&
      rules.some((rule) => item.rule === rule || item.rule.startsWith(`${rule}.`)),
  );
}

/** The `compliance.blocked` refusal, naming the rules and articles. */
export function complianceBlocked(findings: readonly ComplianceItem[]) {
  const rules = [...new Set(findings.map((item) => item.rule))];
  const articles = [...new Set(findings.flatMap((item) => (item.article ? [item.article] : [])))];
  return domainError('compliance.blocked', {
    count: findings.length,
    rules: rules.join(', '),
    articles: articles.join(', ') || '—',
  });
}

/** GET /api/compliance: the stored findings the actor may see, filtered, violations first. */
export async function listFindings(
  deps: Deps,
  actor: SessionActor,
  filter: ComplianceListQuery,
): Promise<ComplianceListBody> {
  const scope = widestScope(actor, 'case.list');
  if (scope === null) throw domainError('auth.forbidden', { action: 'case.list' });
  const db = deps.database.db;
  const { rows, total, counts } = await listFindingRows(db, {
    agencyId: actor.agencyId,
    visibility: { scope, unitId: actor.unitId, userId: actor.userId },
    filter,
  });
  const responsible = rows.map((row) => parseJson<string[]>(row.responsible_ids));
  const [names, units] = await Promise.all([
    peopleByIds(db, responsible.flat()),
    unitNames(db, [...new Set(rows.flatMap((row) => (row.unit_id ? [row.unit_id] : [])))]),
  ]);
  return {
    items: rows.map((row, index) => ({
      id: row.id,
      rule: row.rule,
      requirementId: row.requirement_id,
      article: row.article,
      status: row.status as ComplianceStatus,
      severity: row.severity as ComplianceItem['severity'],
      subject: { type: row.subject_type as ComplianceItem['subject']['type'], id: row.subject_id },
      message: { zh: row.message_zh, en: row.message_en },
      responsible: responsible[index]!.map((id) => ({ id, name: names.get(id) ?? id })),
      dueAt: row.due_at,
      provisional: row.provisional === 1,
      case: { id: row.case_id, number: row.case_number },
      unit: row.unit_id ? { id: row.unit_id, name: units.get(row.unit_id) ?? row.unit_id } : null,
      evaluatedAt: row.case_evaluated_at ?? row.evaluated_at,
    })),
    total,
    counts,
  };
}
