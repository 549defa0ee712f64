import { type Action, permissions, type Role } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import { navAccess, navItemOf, profileFeatures, sectionOf, visibleNavItems } from './nav-items';

/** The abilities a user of `role` has, as the server's permission matrix computes them. */
const canOf = (role: Role) => (action: Action) => permissions[action][role] !== undefined;
const pathsOf = (role: Role, features = profileFeatures(null)) =>
  visibleNavItems({ can: canOf(role), features }).map((item) => item.path);
const xigang = profileFeatures({ avStorage: { monthlyHandover: { article: '004 第十条' } } });
const benxi = profileFeatures({ avStorage: { monthlyHandover: null } });

describe('the menu offers only what the server lets the role and the profile open', () => {
  it('an administrator (no case.list, no av.read) sees no 合规, 案件, 音像记录 or 音像统计', () => {
    const paths = pathsOf('admin', xigang);
    expect(paths).not.toContain('/compliance');
    expect(paths).not.toContain('/cases');
    expect(paths).not.toContain('/av');
    expect(paths).not.toContain('/av/statistics');
    expect(navAccess(navItemOf('/compliance')!, { can: canOf('admin'), features: xigang })).toBe('forbidden');
  });

  it('an officer sees 合规, 案件, 音像记录 and AVS-06 音像统计', () => {
    expect(pathsOf('officer')).toEqual(expect.arrayContaining(['/compliance', '/cases', '/av', '/av/statistics']));
  });

  it('AVS-07: 月度移交 shows only where the profile states monthlyHandover (XG 004 第十条), not under BX', () => {
    expect(pathsOf('officer', xigang)).toContain('/av/handovers');
    expect(pathsOf('officer', benxi)).not.toContain('/av/handovers');
    const handovers = navItemOf('/av/handovers')!;
    expect(navAccess(handovers, { can: canOf('officer'), features: benxi })).toBe('notInProfile');
    expect(navAccess(handovers, { can: canOf('officer'), features: undefined })).toBe('loading');
    expect(navAccess(handovers, { can: canOf('admin'), features: xigang })).toBe('forbidden');
  });

  it('the statistics page belongs to its own menu entry, a record page to 音像记录', () => {
    expect(sectionOf('/av/statistics')).toBe('/av/statistics');
    expect(sectionOf('/av/abc')).toBe('/av');
  });
});
