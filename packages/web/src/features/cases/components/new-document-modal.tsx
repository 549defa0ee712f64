import type { CaseDetailBody } from '@liuhen/contracts';
import { type ButtonProps, Form, Modal, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { type ActivityType, activityTypes, documentCatalog } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../record-time';
import { newDocumentPath } from './missing-documents';

type NewDocumentForm = { typeCode: string; activityId?: string };

/** 新建文书: a type from the catalog, optionally tied to one of the case's activities; opens the editor. */
export function NewDocumentModal({ detail, onClose }: { detail: CaseDetailBody; onClose: () => void }) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewDocumentForm>();
  const activityId = Form.useWatch('activityId', form);
  const activity = detail.activities.find((item) => item.id === activityId);
  const suggested = activity ? (activityTypes[activity.type as ActivityType].documents as readonly string[]) : [];
  const types = [...documentCatalog].sort(
    (a, b) => Number(suggested.includes(b.code)) - Number(suggested.includes(a.code)),
  );

  return (
    <Modal
      open
      title={t('documents.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('documents.create')}
      okButtonProps={{ 'data-testid': 'new-document-submit' } as ButtonProps}
      destroyOnHidden
    >
      <Form<NewDocumentForm>
        form={form}
        layout="vertical"
        onFinish={(values) => navigate(newDocumentPath(detail.id, values.typeCode, values.activityId))}
      >
        <Form.Item name="activityId" label={t('documents.activity')}>
          <Select
            allowClear
            placeholder={t('documents.noActivity')}
            options={detail.activities.map((item) => ({
              value: item.id,
              label: `${pick(activityTypes[item.type as ActivityType])} · ${formatMinute(item.startedAt)}`,
            }))}
            data-testid="new-document-activity"
          />
        </Form.Item>
        <Form.Item
          name="typeCode"
          label={t('documents.type')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={types.map((type) => ({
              value: type.code,
              label: `${pick(type)}${suggested.includes(type.code) ? ' ★' : ''}`,
            }))}
            data-testid="new-document-type"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
