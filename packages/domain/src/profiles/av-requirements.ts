import { z } from 'zod';
import { continuityFindings, type AvSegmentPair } from '../av/continuity';
import type { ActivityType } from '../cases/activities';
import type { CaseProcedure, EnforcementAct } from '../cases/case';
import type { Instant } from '../shared/time';
import {
  coerciveMeasureKinds,
  executionMethods,
  serviceMethods,
  type AvLevel,
  type AvRequirementRule,
  type Profile,
} from './profile';

/** What an activity says about itself that the A/V matrix distinguishes (AV-01-P rows). */
export const activityAvContextSchema = z.strictObject({
  disputeProne: z.boolean().optional(),
  enteringPremises: z.boolean().optional(),
  /** AV-09: the activity took place outside the office premises. */
  offPremises: z.boolean().optional(),
  serviceMethod: z.enum(serviceMethods).optional(),
  measureKind: z.enum(coerciveMeasureKinds).optional(),
  executionMethod: z.enum(executionMethods).optional(),
});
export type ActivityAvContext = z.infer<typeof activityAvContextSchema>;

/**
 * An exception to the A/V requirement: `unsuitable` (AV-02, 不适宜音像记录) or `objectiveLimitation` (AV-10, 受客观条件
 * 限制无法全程录音录像 → key steps on camera plus the written record).
 */
export const avExceptionSchema = z.strictObject({
  kind: z.enum(['unsuitable', 'objectiveLimitation']),
  reason: z.string().trim().max(2000).optional(),
});
export type AvException = z.infer<typeof avExceptionSchema>;

const strictness: Record<AvLevel, number> = { C: 6, W: 5, WS: 4, R: 3, O: 1, L: 1, T: 1 };
/** Levels that oblige the officer to record; O, L and T are allowed but not enforced. */
export const enforcedAvLevels: readonly AvLevel[] = ['C', 'W', 'WS', 'R'];

export type AvRequirement = { level: AvLevel; article: string; rule: AvRequirementRule };

function matches(
  rule: AvRequirementRule,
  activity: { type: ActivityType; context: ActivityAvContext },
  kase: { procedure: CaseProcedure; act: EnforcementAct },
): boolean {
  if (rule.activity !== '*' && rule.activity !== activity.type) return false;
  const when = rule.when;
  if (!when) return true;
  const { context } = activity;
  if (when.procedure && when.procedure !== kase.procedure) return false;
  if (when.act && !when.act.includes(kase.act)) return false;
  if (when.disputeProne && context.disputeProne !== true) return false;
  if (when.enteringPremises && context.enteringPremises !== true) return false;
  if (when.serviceMethod && (!context.serviceMethod || !when.serviceMethod.includes(context.serviceMethod)))
    return false;
  if (when.measureKind && (!context.measureKind || !when.measureKind.includes(context.measureKind))) return false;
  if (when.executionMethod && (!context.executionMethod || !when.executionMethod.includes(context.executionMethod))) {
    return false;
  }
  return true;
}

/**
 * AV-01: the A/V requirement of an activity under a profile — the strictest matching rule of the matrix, or null
 * where the seed is silent.
 */
export function avRequirementOf(
  profile: Pick<Profile, 'av'>,
  activity: { type: ActivityType; context?: ActivityAvContext | null },
  kase: { procedure: CaseProcedure; act: EnforcementAct },
): AvRequirement | null {
  const subject = { type: activity.type, context: activity.context ?? {} };
  let best: AvRequirement | null = null;
  for (const rule of profile.av.requirements) {
    if (!matches(rule, subject, kase)) continue;
    if (!best || strictness[rule.level] > strictness[best.level])
      best = { level: rule.level, article: rule.article, rule };
  }
  return best;
}

/** A linked recording as the evaluator needs it. */
export type LinkedAvRecord = {
  id: string;
  deviceNumber: string | null;
  capturedFrom: Instant | null;
  capturedTo: Instant | null;
};

export type AvCoverageGap = { from: Instant; to: Instant; seconds: number };

/** AV-03: the reason an officer recorded for a break between two segments. */
export type AvGapNote = { beforeId: string; afterId: string; reason: string };

/** A break between two segments of one device, with the reason recorded for it, if any. */
export type ExplainedGap = AvSegmentPair & { reason: string | null };

/**
 * `notRequired`: the profile does not oblige A/V here. `satisfied`: the obligation is met. `excepted`: a valid exception
 * is recorded. `missing`: no A/V at all. `partial`: A/V does not cover the activity from start to end (W, WS, C).
 * `interrupted`: a continuous recording (C) has a break longer than the device split tolerance. `explained`: it has, and
 * the officer recorded the reason for every break (AV-03); still a finding, but it no longer holds the case open.
 */
export type ActivityAvState =
  'notRequired' | 'satisfied' | 'excepted' | 'missing' | 'partial' | 'interrupted' | 'explained';

export type ActivityAvStatus = {
  state: ActivityAvState;
  level: AvLevel | null;
  article: string | null;
  /** Stretches of the activity's window that no recording covers (W, WS, C). */
  uncovered: AvCoverageGap[];
  /** Breaks between consecutive segments of one device (AV-03), with the reasons recorded. */
  gaps: ExplainedGap[];
  /** Records whose capture time is unknown, so coverage cannot be judged for them. */
  undated: string[];
  /** Why an exception was not accepted, as error codes of the catalogue. */
  exceptionProblems: string[];
};

function iso(ms: number): Instant {
  return new Date(ms).toISOString();
}

/** The parts of [from, to] that the union of the intervals, joined across breaks ≤ tolerance, leaves uncovered. */
function uncoveredParts(
  window: { from: number; to: number },
  intervals: readonly { from: number; to: number }[],
  toleranceMs: number,
): AvCoverageGap[] {
  const ordered = [...intervals].sort((a, b) => a.from - b.from);
  const out: AvCoverageGap[] = [];
  let cursor = window.from;
  for (const interval of ordered) {
    if (interval.to <= cursor) continue;
    if (interval.from - cursor > toleranceMs && interval.from > window.from) {
      const to = Math.min(interval.from, window.to);
      if (to > cursor) out.push({ from: iso(cursor), to: iso(to), seconds: (to - cursor) / 1000 });
    }
    cursor = Math.max(cursor, interval.to);
    if (cursor >= window.to) break;
  }
  if (window.to - cursor > toleranceMs)
    out.push({ from: iso(cursor), to: iso(window.to), seconds: (window.to - cursor) / 1000 });
  return out;
}

/**
 * Validates an exception against the profile (AV-02-P, AV-10). Returns the error codes of what is wrong; an empty list
 * means the exception is accepted.
 */
export function avExceptionProblems(
  profile: Pick<Profile, 'av'>,
  exception: AvException,
  input: { level: AvLevel | null; linkedCount: number; hasWrittenRecord: boolean },
): string[] {
  const reason = exception.reason?.trim() ?? '';
  if (exception.kind === 'unsuitable') {
    const rule = profile.av.unsuitableException;
    if (!rule) return ['av.exception_not_allowed'];
    return rule.reasonRequired && reason === '' ? ['av.unsuitable_reason_required'] : [];
  }
  const rule = profile.av.objectiveLimitation;
  if (!rule || input.level !== 'WS') return ['av.exception_not_allowed'];
  const problems: string[] = [];
  if (reason === '') problems.push('av.limitation_reason_required');
  if (input.linkedCount === 0) problems.push('av.key_steps_required');
  if (!input.hasWrittenRecord) problems.push('av.written_record_required');
  return problems;
}

/**
 * AV-01, AV-02, AV-03, AV-10: whether an activity has the A/V its profile requires. R needs one linked recording; W and
 * WS need recordings covering the activity's window (from its start to its end, or just its start while it has no
 * end); C needs that coverage with no break longer than the split tolerance between consecutive segments of a device.
 * An accepted exception turns a shortfall into `excepted`; a rejected one is reported with its problems.
 */
export function activityAvStatus(input: {
  profile: Pick<Profile, 'av'>;
  requirement: AvRequirement | null;
  activity: { startedAt: Instant; endedAt: Instant | null };
  records: readonly LinkedAvRecord[];
  exception?: AvException | null;
  hasWrittenRecord?: boolean;
  gapNotes?: readonly AvGapNote[];
}): ActivityAvStatus {
  const { profile, requirement, activity, records } = input;
  const base = {
    level: requirement?.level ?? null,
    article: requirement?.article ?? null,
    uncovered: [] as AvCoverageGap[],
    gaps: [] as ExplainedGap[],
    undated: [] as string[],
    exceptionProblems: [] as string[],
  };
  if (!requirement || !enforcedAvLevels.includes(requirement.level)) return { ...base, state: 'notRequired' };

  const toleranceSeconds = profile.av.continuity.toleranceSeconds;
  const toleranceMs = toleranceSeconds * 1000;
  const dated = records.flatMap((record) => {
    const from = record.capturedFrom ? Date.parse(record.capturedFrom) : Number.NaN;
    const to = record.capturedTo ? Date.parse(record.capturedTo) : Number.NaN;
    return Number.isNaN(from) || Number.isNaN(to) || to < from ? [] : [{ from, to }];
  });
  base.undated = records.filter((record) => !record.capturedFrom || !record.capturedTo).map((record) => record.id);

  let state: ActivityAvState;
  if (records.length === 0) {
    state = 'missing';
  } else if (requirement.level === 'R') {
    state = 'satisfied';
  } else {
    const start = Date.parse(activity.startedAt);
    const end = activity.endedAt ? Date.parse(activity.endedAt) : start;
    base.uncovered = dated.length === 0 ? [] : uncoveredParts({ from: start, to: end }, dated, toleranceMs);
    if (dated.length === 0) {
      state = 'partial';
    } else if (requirement.level === 'C') {
      base.gaps = continuityFindings(records, { toleranceSeconds }).gaps.map((gap) => ({
        ...gap,
        reason:
          input.gapNotes?.find((note) => note.beforeId === gap.beforeId && note.afterId === gap.afterId)?.reason ??
          null,
      }));
      const unexplained = base.gaps.some((gap) => gap.reason === null);
      // A stretch no file covers is explained when it lies within a break the officer gave the reason for.
      const explainedWindows = base.gaps
        .filter((gap) => gap.reason !== null)
        .flatMap((gap) => {
          const before = records.find((record) => record.id === gap.beforeId);
          const after = records.find((record) => record.id === gap.afterId);
          return before?.capturedTo && after?.capturedFrom
            ? [{ from: Date.parse(before.capturedTo), to: Date.parse(after.capturedFrom) }]
            : [];
        });
      const unexplainedStretch = base.uncovered.some(
        (stretch) =>
          !explainedWindows.some(
            (window) => window.from <= Date.parse(stretch.from) && Date.parse(stretch.to) <= window.to,
          ),
      );
      if (unexplained) state = 'interrupted';
      else if (unexplainedStretch) state = 'partial';
      else state = base.gaps.length > 0 ? 'explained' : 'satisfied';
    } else {
      state = base.uncovered.length > 0 ? 'partial' : 'satisfied';
    }
  }
  if (state !== 'satisfied' && input.exception) {
    base.exceptionProblems = avExceptionProblems(profile, input.exception, {
      level: requirement.level,
      linkedCount: records.length,
      hasWrittenRecord: input.hasWrittenRecord ?? false,
    });
    if (base.exceptionProblems.length === 0) state = 'excepted';
  }
  return { ...base, state };
}
