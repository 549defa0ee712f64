import { PlusOutlined } from '@ant-design/icons';
import type { CaseDetailBody, MaterialBody } from '@liuhen/contracts';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Switch,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNotifyError } from '../../../api/use-notify-error';
import { materialKindLabels, materialKinds } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { registerMaterial, updateMaterial } from '../cases.api';

type MaterialForm = {
  name: string;
  kind: MaterialBody['kind'];
  submittedBy: string;
  receivedOn?: Dayjs;
  complete?: boolean;
  valid?: boolean;
  note?: string;
};

type Mark = 'received' | 'complete' | 'valid';

/** DOC-02 材料登记: the counterpart's certificates, materials and copies, each marked received, complete, valid. */
export function MaterialsRegister({ detail, onChanged }: { detail: CaseDetailBody; onChanged: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<MaterialForm>();
  const unsettled = new Set(detail.unsettledMaterialIds);

  const save = async (values: MaterialForm) => {
    setSaving(true);
    try {
      await registerMaterial(detail.id, {
        name: values.name,
        kind: values.kind,
        submittedBy: values.submittedBy,
        receivedOn: values.receivedOn?.format('YYYY-MM-DD'),
        received: true,
        complete: values.complete === true,
        valid: values.valid === true,
        note: values.note?.trim() || undefined,
      });
      message.success(t('materials.saved'));
      setAdding(false);
      form.resetFields();
      onChanged();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const toggle = async (material: MaterialBody, mark: Mark, value: boolean) => {
    try {
      await updateMaterial(material.id, { [mark]: value });
      onChanged();
    } catch (error) {
      notifyError(error);
    }
  };

  const markColumn = (mark: Mark) => ({
    title: t(`materials.${mark}`),
    key: mark,
    width: 90,
    render: (_: unknown, material: MaterialBody) => (
      <Switch
        size="small"
        checked={material[mark]}
        disabled={!detail.canRecord}
        onChange={(value) => void toggle(material, mark, value)}
        data-testid={`material-${mark}-${material.id}`}
      />
    ),
  });

  return (
    <Flex vertical gap={12} data-testid="case-materials">
      {detail.unsettledMaterialIds.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('materials.unsettled', { count: detail.unsettledMaterialIds.length })}
        />
      )}
      {detail.canRecord && (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="material-new">
            {t('materials.new')}
          </Button>
        </Flex>
      )}
      <Table<MaterialBody>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.materials}
        locale={{ emptyText: t('materials.none') }}
        columns={[
          {
            title: t('materials.name'),
            dataIndex: 'name',
            render: (name: string, material) => (
              <>
                {name} {unsettled.has(material.id) && <Tag color="orange">{t('materials.unsettledTag')}</Tag>}
              </>
            ),
          },
          {
            title: t('materials.kind'),
            dataIndex: 'kind',
            render: (kind: MaterialBody['kind']) => pick(materialKindLabels[kind]),
          },
          { title: t('materials.submittedBy'), dataIndex: 'submittedBy' },
          { title: t('materials.receivedOn'), dataIndex: 'receivedOn', render: (value: string | null) => value ?? '—' },
          markColumn('received'),
          markColumn('complete'),
          markColumn('valid'),
          { title: t('materials.note'), dataIndex: 'note', render: (value: string | null) => value ?? '' },
        ]}
      />
      <Modal
        open={adding}
        title={t('materials.new')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        confirmLoading={saving}
        okButtonProps={{ 'data-testid': 'material-submit' } as ButtonProps}
        destroyOnHidden
      >
        <Form<MaterialForm> form={form} layout="vertical" onFinish={save} initialValues={{ kind: 'copy' }}>
          <Form.Item name="name" label={t('materials.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} data-testid="material-name" />
          </Form.Item>
          <Form.Item name="kind" label={t('materials.kind')} rules={[{ required: true }]}>
            <Select
              options={materialKinds.map((kind) => ({ value: kind, label: pick(materialKindLabels[kind]) }))}
              data-testid="material-kind"
            />
          </Form.Item>
          <Form.Item
            name="submittedBy"
            label={t('materials.submittedBy')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={200} data-testid="material-submitted-by" />
          </Form.Item>
          <Form.Item name="receivedOn" label={t('materials.receivedOn')}>
            <DatePicker data-testid="material-received-on" />
          </Form.Item>
          <Flex gap={24}>
            <Form.Item name="complete" label={t('materials.complete')} valuePropName="checked">
              <Switch data-testid="material-complete" />
            </Form.Item>
            <Form.Item name="valid" label={t('materials.valid')} valuePropName="checked">
              <Switch data-testid="material-valid" />
            </Form.Item>
          </Flex>
          <Form.Item name="note" label={t('materials.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
