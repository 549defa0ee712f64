import type { VerificationReportBody } from '@liuhen/contracts';
import { Alert, Flex, Space, Typography } from 'antd';
import { useI18n } from '../../../../i18n/language-context';
import { formatInstant } from '../shanghai-time';
import { VerificationProblem } from './verification-problem';

type Props = { report: VerificationReportBody; onClose: () => void };

/** The report of the verification just run from this page. */
export function VerifyResult({ report, onClose }: Props) {
  const { t } = useI18n();
  const facts = [
    { key: 'checkedAt', label: t('verify.checkedAt'), value: formatInstant(report.checkedAt) },
    { key: 'entries', label: t('verify.entries'), value: report.entries.toLocaleString() },
    { key: 'checkpoints', label: t('verify.checkpoints'), value: report.checkpointsVerified.toLocaleString() },
    { key: 'blobs', label: t('verify.blobs'), value: report.blobsChecked.toLocaleString() },
    {
      key: 'duration',
      label: t('verify.duration'),
      value: t('verify.seconds', { seconds: (report.durationMs / 1000).toFixed(2) }),
    },
  ];
  return (
    <div data-testid="verify-result">
      <Alert
        type={report.ok ? 'success' : 'error'}
        showIcon
        closable={{ onClose }}
        title={t(report.ok ? 'verify.passed' : 'verify.failed')}
        description={
          <Flex vertical gap={8}>
            <Space size={[24, 4]} wrap>
              {facts.map((fact) => (
                <span key={fact.key} data-testid={`verify-${fact.key}`}>
                  <Typography.Text type="secondary">{fact.label}</Typography.Text> {fact.value}
                </span>
              ))}
            </Space>
            {report.problem && <VerificationProblem problem={report.problem} />}
          </Flex>
        }
      />
    </div>
  );
}
