import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/language-context';
import { navAccess, navItemOf } from '../nav-items';
import { useNavAccess } from './nav-access';

/**
 * A section opened by URL that the menu would not offer: a clear 无权访问 (role) or 规定未要求 (profile) page instead
 * of a blank page or a bare 403 toast.
 */
export function RequireSection({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useI18n();
  const input = useNavAccess();
  const item = navItemOf(path);
  const access = item ? navAccess(item, input) : 'open';
  if (access === 'loading') return <Spin data-testid="section-loading" />;
  if (access === 'forbidden') {
    return (
      <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} data-testid="forbidden" />
    );
  }
  if (access === 'notInProfile') {
    return (
      <Result
        status="info"
        title={t('section.notInProfile')}
        subTitle={t('section.notInProfileHint', { section: item ? t(item.key) : path })}
        data-testid="not-in-profile"
      />
    );
  }
  return children;
}
