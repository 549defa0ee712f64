import type { Profile } from '../profiles/profile';
import { domainError } from '../shared/errors';
import { type Instant, localDateOf, type LocalDate } from '../shared/time';

/**
 * AVS-02: who may hold an A/V record. `system`: the enforcement information system (Liuhen itself); `unitStorage`:
 * the unit's dedicated storage (专门存储设备); `designatedStaff`: a person the unit designated (LX 指定专人, XG 专门人员);
 * `officer`: the recording officer personally.
 */
export const custodianKinds = ['system', 'unitStorage', 'designatedStaff', 'officer'] as const;
export type CustodianKind = (typeof custodianKinds)[number];

/** The custody part of a profile (AVS-02, AVS-07, AVS-04). */
export type AvCustodyRules = Profile['avStorage']['custody'];

/** Whether a custodian kind names a person (and so needs the user). */
export function isPersonCustodian(kind: CustodianKind): boolean {
  return kind === 'designatedStaff' || kind === 'officer';
}

/** The custodian kinds the profile accepts as the destination of a hand-over (AVS-02). */
export function allowedCustodianKinds(rules: AvCustodyRules): CustodianKind[] {
  return custodianKinds.filter(
    (kind) =>
      (kind !== 'officer' || rules.officerMayHold !== 'never') &&
      (kind !== 'designatedStaff' || rules.designatedStaffAllowed),
  );
}

/**
 * AVS-02: checks a hand-over against the profile. BX 第二十四条, LX 第二十五条, FS 第三十一条: 「行政执法人员不得自行保管」
 * — never to the officer personally; a designated person only where the profile allows one (LX, XG). A person
 * custodian needs the user, and handing a record to whoever holds it already is refused.
 */
export function checkCustodyTransfer(
  rules: AvCustodyRules,
  input: {
    current: { kind: string | null; userId: string | null };
    to: { kind: CustodianKind; userId: string | null };
  },
): void {
  const article = rules.article ?? '—';
  if (input.to.kind === 'officer' && rules.officerMayHold === 'never') {
    throw domainError('av.custody_officer_not_allowed', { article });
  }
  if (input.to.kind === 'designatedStaff' && !rules.designatedStaffAllowed) {
    throw domainError('av.custody_designated_staff_not_allowed', { article });
  }
  if (isPersonCustodian(input.to.kind) && !input.to.userId) {
    throw domainError('av.custody_person_required', { kind: input.to.kind });
  }
  const toUserId = isPersonCustodian(input.to.kind) ? input.to.userId : null;
  if (input.current.kind === input.to.kind && (input.current.userId ?? null) === toUserId) {
    throw domainError('av.custody_unchanged', { kind: input.to.kind });
  }
}

/**
 * Asia/Shanghai has kept UTC+8 all year since 1991 (no daylight saving), so a local midnight is a fixed 8 hours
 * before the same wall-clock time in UTC. Pure arithmetic keeps this module free of time-zone data.
 */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a month written `YYYY-MM`. */
export function isMonth(value: string): boolean {
  return monthPattern.test(value);
}

function parseMonth(month: string): { year: number; month: number } {
  const match = monthPattern.exec(month);
  if (!match) throw domainError('request.invalid', { issues: `month: ${month} is not YYYY-MM` });
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The instant of 00:00 Asia/Shanghai on a day given as UTC calendar fields (day may overflow into the next month). */
function shanghaiMidnight(year: number, monthIndex: number, day: number): Instant {
  return new Date(Date.UTC(year, monthIndex, day) - shanghaiOffsetMs).toISOString();
}

/** The month (`YYYY-MM`, Asia/Shanghai) an instant falls in. */
export function monthOf(instant: Instant | Date): string {
  return localDateOf(instant).slice(0, 7);
}

/** A month in Asia/Shanghai as an instant range: `[startsAt, endsAt)`. */
export function monthBounds(month: string): { startsAt: Instant; endsAt: Instant } {
  const { year, month: m } = parseMonth(month);
  return { startsAt: shanghaiMidnight(year, m - 1, 1), endsAt: shanghaiMidnight(year, m, 1) };
}

/**
 * AVS-07, XG 第十条 「每月最后一周」: the month's last week, read as its last 7 calendar days (Asia/Shanghai), e.g.
 * 2027-02-22 … 2027-02-28 and 2026-12-25 … 2026-12-31. `[startsAt, endsAt)` as instants.
 */
export function lastWeekOfMonth(month: string): { from: LocalDate; to: LocalDate; startsAt: Instant; endsAt: Instant } {
  const { year, month: m } = parseMonth(month);
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${month}-${pad(days - 6)}`,
    to: `${month}-${pad(days)}`,
    startsAt: shanghaiMidnight(year, m - 1, days - 6),
    endsAt: shanghaiMidnight(year, m, 1),
  };
}

/**
 * AVS-07: a monthly hand-over may be recorded from the first moment of the month's last week; earlier it is refused
 * (the regulation says 每月最后一周). One recorded after the month ended is accepted and marked `late`: the material
 * must still reach the custodian, and the overdue flag has already shown the miss.
 */
export function checkHandoverTime(month: string, now: Instant | Date): { late: boolean } {
  const week = lastWeekOfMonth(month);
  const at = typeof now === 'string' ? now : now.toISOString();
  if (Date.parse(at) < Date.parse(week.startsAt)) {
    throw domainError('av.handover_too_early', { month, from: week.from, to: week.to });
  }
  return { late: Date.parse(at) >= Date.parse(week.endsAt) };
}

export type MonthlyHandoverInput = {
  officerId: string;
  /** Records the officer held in the month (custody passed to them that month). */
  storedCount: number;
  /** Of those, how many the officer still holds. */
  pendingCount: number;
  /** When the month's hand-overs were recorded, if any. */
  handedAt: readonly Instant[];
};

export type MonthlyHandoverStatus = MonthlyHandoverInput & {
  month: string;
  handedOver: boolean;
  /** `handedOver`: nothing left with the officer; `notYetDue`: before the last week; `due`: in the last week; `overdue`. */
  status: 'handedOver' | 'notYetDue' | 'due' | 'overdue';
  /** The month ended and the officer still holds material of it (AVS-07 flag). */
  overdue: boolean;
};

/**
 * AVS-07: per officer, whether the month's material reached the custodian. An officer who still holds material of a
 * month that has ended is `overdue` — the flag the compliance view reads. Officers who stored nothing are not listed.
 */
export function monthlyHandoverFlags(input: {
  month: string;
  now: Instant | Date;
  officers: readonly MonthlyHandoverInput[];
}): MonthlyHandoverStatus[] {
  const week = lastWeekOfMonth(input.month);
  const now = Date.parse(typeof input.now === 'string' ? input.now : input.now.toISOString());
  return input.officers
    .filter((officer) => officer.storedCount > 0)
    .map((officer) => {
      const ended = now >= Date.parse(week.endsAt);
      const status: MonthlyHandoverStatus['status'] =
        officer.pendingCount === 0
          ? 'handedOver'
          : ended
            ? 'overdue'
            : now >= Date.parse(week.startsAt)
              ? 'due'
              : 'notYetDue';
      return {
        ...officer,
        month: input.month,
        handedOver: officer.handedAt.length > 0,
        status,
        overdue: status === 'overdue',
      };
    });
}

/** AVS-04 media an evidence copy is made on. */
export const evidenceCopyMedia = ['opticalDisc', 'usbDrive', 'other'] as const;
export type EvidenceCopyMedium = (typeof evidenceCopyMedia)[number];

/**
 * AVS-04, LX 第二十六条: evidence A/V is copied to a storage medium with a written explanation attached to the case
 * file. Only where the profile says so, only for a record linked to a case, and never dated in the future.
 */
export function checkEvidenceCopy(
  rule: Profile['avStorage']['evidenceCopy'],
  input: { caseId: string | null; copiedOn: LocalDate; today: LocalDate; explanation: string },
): void {
  if (!rule) throw domainError('av.evidence_copy_not_in_profile');
  if (!input.caseId) throw domainError('av.evidence_copy_needs_case', { article: rule.article });
  if (input.explanation.trim() === '') throw domainError('av.evidence_copy_explanation_required');
  if (input.copiedOn > input.today) {
    throw domainError('av.evidence_copy_in_future', { copiedOn: input.copiedOn, today: input.today });
  }
}
