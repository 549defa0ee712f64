import type { VerificationReportBody } from '@liuhen/contracts';
import { Flex, Typography } from 'antd';
import { useI18n } from '../../../../i18n/language-context';
import type { MessageKey } from '../../../../i18n/zh';

type Problem = NonNullable<VerificationReportBody['problem']>;

function areaOf(kind: string): MessageKey {
  if (kind.startsWith('entry.')) return 'verify.area.entry';
  if (kind.startsWith('checkpoint.')) return 'verify.area.checkpoint';
  if (kind.startsWith('blob.')) return 'verify.area.blob';
  return 'verify.area.other';
}

/** The first defect a verification found: where it is, its stable kind code and the verifier's own words. */
export function VerificationProblem({ problem }: { problem: Problem }) {
  const { t } = useI18n();
  const where = [
    problem.seq !== undefined && t('verify.problemSeq', { seq: problem.seq }),
    problem.checkpointSize !== undefined && t('verify.problemCheckpoint', { size: problem.checkpointSize }),
    problem.blob && `${problem.blob.alg}:${problem.blob.hex}`,
  ].filter(Boolean);
  return (
    <Flex vertical gap={2}>
      <Typography.Text type="danger" strong>
        {t(areaOf(problem.kind))}
        {where.length > 0 && ` · ${where.join(' · ')}`}
        <Typography.Text type="secondary" className="action-code">
          {' '}
          {problem.kind}
        </Typography.Text>
      </Typography.Text>
      <Typography.Text className="problem-message">{problem.message}</Typography.Text>
      {problem.expected !== undefined && problem.found !== undefined && (
        <Typography.Text type="secondary" className="hash">
          {t('verify.expectedFound', { expected: problem.expected, found: problem.found })}
        </Typography.Text>
      )}
    </Flex>
  );
}
