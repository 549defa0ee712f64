import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../../i18n/language-context';
import type { MessageKey } from '../../../i18n/zh';

/** An honest placeholder for a section that a later release will bring. */
export function ComingSoonPage({ section }: { section: MessageKey }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        icon={<ClockCircleOutlined />}
        title={t('soon.title')}
        subTitle={t('soon.subtitle', { section: t(section) })}
        extra={<Button onClick={() => navigate('/')}>{t('common.backHome')}</Button>}
        data-testid="coming-soon"
      />
    </Card>
  );
}
