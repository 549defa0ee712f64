import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/language-context';
import { LanguageSwitch } from '../../shell/components/language-switch';

/** The centred card of the login and change-password pages, under the product name. */
export function AuthCard({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Flex vertical align="center" justify="center" gap={24} className="auth-backdrop">
      <Typography.Title level={2} className="auth-title">
        {t('app.title')}
      </Typography.Title>
      <Card title={heading} extra={<LanguageSwitch />} className="auth-card">
        {children}
      </Card>
    </Flex>
  );
}
