import type { Action } from '../../i18n/domain-labels';
import type { MessageKey } from '../../i18n/zh';

/** A feature only some profiles state; the entry shows only when the agency's profile states it. */
export type ProfileFeature = 'monthlyHandover';

type NavItem = {
  path: string;
  key: MessageKey;
  ready: boolean;
  /** The ability the server checks for the section's list endpoint; absent: every signed-in user. */
  ability?: Action;
  /** AVS-07: shown only when the agency's profile states this feature (`avStorage.monthlyHandover` non-null). */
  feature?: ProfileFeature;
};

/** The main sections, in menu order. Sections not built yet show a "coming later" page. */
export const navItems = [
  { path: '/', key: 'nav.dashboard', ready: true },
  // GET /api/cases, /api/compliance: case.list (administrators run the system but read no case).
  { path: '/cases', key: 'nav.cases', ready: true, ability: 'case.list' },
  // GET /api/av, /api/av/statistics, /api/av/handovers: av.read.
  { path: '/av', key: 'nav.records', ready: true, ability: 'av.read' },
  { path: '/av/statistics', key: 'nav.avStatistics', ready: true, ability: 'av.read' },
  { path: '/av/handovers', key: 'nav.avHandovers', ready: true, ability: 'av.read', feature: 'monthlyHandover' },
  { path: '/compliance', key: 'nav.compliance', ready: true, ability: 'case.list' },
  { path: '/approvals', key: 'nav.approvals', ready: false },
  { path: '/supervision', key: 'nav.supervision', ready: false },
  { path: '/devices', key: 'nav.devices', ready: false },
] as const satisfies readonly NavItem[];

/** What the session may open: its abilities and, once loaded, the profile features of the agency. */
export type NavAccessInput = {
  can: (action: Action) => boolean;
  /** The agency profile's features; undefined while loading, empty when no profile is selected. */
  features: ReadonlySet<ProfileFeature> | undefined;
};

/** `open`, or why not: `forbidden` (role), `notInProfile` (profile silent) or `loading` (profile not known yet). */
export type NavAccess = 'open' | 'forbidden' | 'notInProfile' | 'loading';

export function navAccess(item: NavItem, { can, features }: NavAccessInput): NavAccess {
  if (item.ability && !can(item.ability)) return 'forbidden';
  if (!item.feature) return 'open';
  if (features === undefined) return 'loading';
  return features.has(item.feature) ? 'open' : 'notInProfile';
}

/** The menu entries this session sees. */
export function visibleNavItems(input: NavAccessInput): NavItem[] {
  return navItems.filter((item) => navAccess(item, input) === 'open');
}

/** The entry of `path` (exact), for the route guard. */
export function navItemOf(path: string): NavItem | undefined {
  return navItems.find((item) => item.path === path);
}

/** The features a loaded profile states (AVS-07: `avStorage.monthlyHandover`). */
export function profileFeatures(profile: { avStorage: { monthlyHandover: unknown } } | null): Set<ProfileFeature> {
  const features = new Set<ProfileFeature>();
  if (profile?.avStorage.monthlyHandover) features.add('monthlyHandover');
  return features;
}

/** The menu entry a path belongs to: the longest matching section prefix. */
export function sectionOf(pathname: string): string {
  if (pathname.startsWith('/admin')) return '/admin';
  // A document belongs to its case.
  if (pathname.startsWith('/documents')) return '/cases';
  const matches = navItems.filter((item) => item.path !== '/' && pathname.startsWith(item.path));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/';
}
