import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { yearOf } from '../calendar/local-date';
import { addHours, addWorkingDays, endOfLocalDay } from '../calendar/workdays';
import type { ProfileCode } from '../documents/document-type';
import { domainError } from '../shared/errors';
import { type Instant, localDateOf } from '../shared/time';

/**
 * AVS-01: how the time by which an A/V record must be stored centrally is computed.
 * - `hours24`: 24 hours after the anchor (制作完成后 / 行政执法事项结束后 24 小时内).
 * - `workingDays2`: until 24:00 Asia/Shanghai of the second working day after the day the record was made
 *   (自记录作出之日起 2 个工作日内), on the official calendar (IMPL-15 counting, see `addWorkingDays`).
 * - `endOfWorkingDay`: until 24:00 of the capture day if it is a working day, else of the next working day
 *   (每天工作结束后及时存储).
 * - `afterReturn24h`: the remote-work exception — 24 hours after the recorded return to the unit; needs a written reason.
 */
export const avsDeadlineRules = ['hours24', 'workingDays2', 'endOfWorkingDay', 'afterReturn24h'] as const;
export type AvsDeadlineRule = (typeof avsDeadlineRules)[number];

/**
 * AVS-01-P: each profile's normal storage deadline, whether it allows the return-to-unit exception, and where it says so.
 * - BX 000 第二十四条: within 24 h after the record is complete (制作完成后); no exception stated.
 * - HS 001 第三十条: within 2 working days from the day the record was made (自记录作出之日起); exception for continuous
 *   work, off-site enforcement, remote or poorly accessible areas → within 24 h after returning to the unit.
 * - LX 002 第二十五条: within 24 h after the end of the enforcement matter (行政执法事项结束后); no exception stated.
 * - FS 003 第三十一条: within 24 h after the record is complete (制作完成后); the same return-to-unit exception as HS.
 * - XG 004 第十条: at the end of each working day (每天工作结束后及时); no exception stated.
 */
export const avsDeadlineRuleByProfile = {
  BX: { rule: 'hours24', returnException: false, source: '000 第二十四条' },
  HS: { rule: 'workingDays2', returnException: true, source: '001 第三十条' },
  LX: { rule: 'hours24', returnException: false, source: '002 第二十五条' },
  FS: { rule: 'hours24', returnException: true, source: '003 第三十一条' },
  XG: { rule: 'endOfWorkingDay', returnException: false, source: '004 第十条' },
} as const satisfies Record<
  ProfileCode,
  { rule: Exclude<AvsDeadlineRule, 'afterReturn24h'>; returnException: boolean; source: string }
>;

/**
 * What the due time is computed from. `capturedTo` is when the recording ended (the record was complete). Under LX the
 * 24 hours run from the end of the enforcement matter: pass it as `matterEndedAt`, and the later of the two is used.
 */
export type AvsDeadlineInput =
  | { rule: 'hours24'; capturedTo: Instant; matterEndedAt?: Instant | null }
  | { rule: 'workingDays2' | 'endOfWorkingDay'; capturedTo: Instant; calendar: HolidayCalendar }
  | { rule: 'afterReturn24h'; capturedTo: Instant; returnedAt?: Instant | null; reason?: string | null };

/** A storage due time; `provisional` when a working-day year consulted has no published schedule (see workdays.ts). */
export type AvsDeadline = { rule: AvsDeadlineRule; dueAt: Instant; provisional: boolean };

function parsed(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant: ${value}`);
  return ms;
}

/**
 * AVS-01: when the record must be stored centrally. The return-to-unit exception is refused without a written reason
 * (`av.exception_reason_required`), without the return time (`av.return_time_required`) or with a return before the
 * recording ended (`av.return_before_capture`). Whether a profile allows the exception at all is
 * `avsDeadlineRuleByProfile[profile].returnException`, checked by the caller.
 */
export function storageDueAt(input: AvsDeadlineInput): AvsDeadline {
  const capturedTo = parsed(input.capturedTo);
  switch (input.rule) {
    case 'hours24': {
      const matterEnd = input.matterEndedAt ? parsed(input.matterEndedAt) : capturedTo;
      const anchor = new Date(Math.max(capturedTo, matterEnd)).toISOString();
      return { rule: input.rule, dueAt: addHours(anchor, 24).due, provisional: false };
    }
    case 'workingDays2': {
      const deadline = addWorkingDays(localDateOf(input.capturedTo), 2, input.calendar);
      return { rule: input.rule, dueAt: endOfLocalDay(deadline.due), provisional: deadline.provisional };
    }
    case 'endOfWorkingDay': {
      const day = localDateOf(input.capturedTo);
      const coverageKnown = input.calendar.coverage(yearOf(day)) === 'published';
      if (input.calendar.isWorkday(day)) {
        return { rule: input.rule, dueAt: endOfLocalDay(day), provisional: !coverageKnown };
      }
      const next = addWorkingDays(day, 1, input.calendar);
      return {
        rule: input.rule,
        dueAt: endOfLocalDay(next.due),
        provisional: next.provisional || !coverageKnown,
      };
    }
    case 'afterReturn24h': {
      if (!input.reason || input.reason.trim() === '') throw domainError('av.exception_reason_required');
      if (!input.returnedAt) throw domainError('av.return_time_required');
      if (parsed(input.returnedAt) < capturedTo) {
        throw domainError('av.return_before_capture', {
          returnedAt: input.returnedAt,
          capturedTo: input.capturedTo,
        });
      }
      return { rule: input.rule, dueAt: addHours(input.returnedAt, 24).due, provisional: false };
    }
  }
}

/** AVS-01: a record is late when it was stored after its due time; `lateBySeconds` is whole seconds, rounded up. */
export function lateness(dueAt: Instant, storedAt: Instant): { late: boolean; lateBySeconds: number } {
  const byMs = parsed(storedAt) - parsed(dueAt);
  return byMs > 0 ? { late: true, lateBySeconds: Math.ceil(byMs / 1000) } : { late: false, lateBySeconds: 0 };
}
