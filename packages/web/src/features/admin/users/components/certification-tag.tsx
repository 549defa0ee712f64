import type { UserBody } from '@liuhen/contracts';
import { Tag, Tooltip } from 'antd';
import { certificationReasonLabels } from '../../../../i18n/domain-labels';
import { useI18n } from '../../../../i18n/language-context';

type Props = { certification: UserBody['certification']; testId?: string };

/** ROLE-01 at a glance: 持证有效 in green, or the reason an officer may not enforce in red. */
export function CertificationTag({ certification, testId }: Props) {
  const { t, pick } = useI18n();
  if (!certification) return <span data-testid={testId}>—</span>;
  if (certification.certified) {
    return (
      <Tooltip title={certification.certificateNumber}>
        <Tag color="green" data-testid={testId}>
          {t('certification.valid')}
        </Tag>
      </Tooltip>
    );
  }
  const reason = certification.reason ?? 'missing';
  return (
    <Tag color="red" data-testid={testId}>
      {pick(certificationReasonLabels[reason])}
    </Tag>
  );
}
