import type { LedgerStatusBody } from '@liuhen/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useI18n } from '../../../../i18n/language-context';
import { formatInstant } from '../shanghai-time';
import { VerificationProblem } from './verification-problem';

type Props = { verification: LedgerStatusBody['lastVerification'] };

/** The last verification as the ledger itself records it: passed (green) or failed (red, with the defect). */
export function VerificationStatus({ verification }: Props) {
  const { t } = useI18n();
  if (!verification) {
    return (
      <Typography.Text type="secondary" data-testid="ledger-verification-status">
        {t('ledger.neverVerified')}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={4} data-testid="ledger-verification-status">
      <span>
        <Tag color={verification.ok ? 'success' : 'error'}>
          {t(verification.ok ? 'ledger.passed' : 'ledger.failed')}
        </Tag>
        <Typography.Text type="secondary">
          {t('ledger.verifiedBy', {
            at: formatInstant(verification.at),
            by: verification.by ?? t('audit.system'),
            entries: verification.entries.toLocaleString(),
          })}
        </Typography.Text>
      </span>
      {verification.problem && <VerificationProblem problem={verification.problem} />}
    </Flex>
  );
}
