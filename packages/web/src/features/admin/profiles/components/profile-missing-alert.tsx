import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { useAgencyProfile } from '../profiles.api';

/** GEN-01: shown while the agency has no profile (cases cannot be opened); admins get a link to choose one. */
export function ProfileMissingAlert() {
  const can = useCan();
  const { known, profileId } = useAgencyProfile();
  if (!known || profileId) return null;
  return <ProfileMissingNotice link={can('agency.update')} />;
}

export function ProfileMissingNotice({ link }: { link: boolean }) {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="profile-missing"
      title={t('profiles.missing')}
      description={link ? <Link to="/admin/profiles">{t('profiles.missingLink')}</Link> : t('profiles.missingAsk')}
    />
  );
}
