import type { HolidayCalendar } from '../calendar/holiday-calendar';
import type { Profile } from '../profiles/profile';
import type { Instant } from '../shared/time';
import type { CaseSnapshot } from './case-snapshot';
import type { ComplianceItem } from './compliance-item';

/** What every rule reads: the case's profile, what is on record, the time of evaluation and the official calendar. */
export type ComplianceContext = {
  profile: Profile;
  snapshot: CaseSnapshot;
  now: Instant;
  calendar: HolidayCalendar;
};

/**
 * One executable rule. `applies` says whether the profile has the rule at all (a silent seed: no items); `evaluate`
 * returns one checklist item per subject it concerns (the case, each activity, each recording …).
 */
export type ComplianceRule = {
  id: string;
  requirementId: string;
  applies(profile: Profile): boolean;
  evaluate(context: ComplianceContext): ComplianceItem[];
};
