import type { MessageKey } from '../../i18n/zh';

/** The main sections, in menu order. Sections not built yet show a "coming later" page. */
export const navItems = [
  { path: '/', key: 'nav.dashboard', ready: true },
  { path: '/cases', key: 'nav.cases', ready: true },
  { path: '/av', key: 'nav.records', ready: true },
  { path: '/av/handovers', key: 'nav.avHandovers', ready: true },
  { path: '/compliance', key: 'nav.compliance', ready: true },
  { path: '/approvals', key: 'nav.approvals', ready: false },
  { path: '/supervision', key: 'nav.supervision', ready: false },
  { path: '/devices', key: 'nav.devices', ready: false },
] as const satisfies readonly { path: string; key: MessageKey; ready: boolean }[];

/** The menu entry a path belongs to: the longest matching section prefix. */
export function sectionOf(pathname: string): string {
  if (pathname.startsWith('/admin')) return '/admin';
  // A document belongs to its case.
  if (pathname.startsWith('/documents')) return '/cases';
  const matches = navItems.filter((item) => item.path !== '/' && pathname.startsWith(item.path));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/';
}
