import type { ApprovalBody } from '@liuhen/contracts';
import { App, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../api/use-notify-error';
import { approvalTypeLabels } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { FormModal } from '../../shell/components/form-modal';
import { approveApproval, nextStepOf, reviewApproval } from '../approvals.api';

type DecisionForm = { agree: boolean; opinion: string };
type Props = { approval: ApprovalBody; onClose: () => void; onDone: (approval: ApprovalBody) => void };

/** 审核 or 批准 (APPR-01): agree or not, with an opinion; the server signs the step. */
export function ApprovalDecisionModal({ approval, onClose, onDone }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<DecisionForm>();
  const [saving, setSaving] = useState(false);
  const step = nextStepOf(approval) ?? 'review';

  const save = async (values: DecisionForm) => {
    setSaving(true);
    try {
      const body = { agree: values.agree, opinion: values.opinion.trim() };
      const next = await (step === 'review' ? reviewApproval(approval.id, body) : approveApproval(approval.id, body));
      message.success(t('approval.decided'));
      onDone(next);
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t('approval.decisionTitle', {
        kind: t(step === 'review' ? 'approval.review' : 'approval.approve'),
        type: pick(approvalTypeLabels[approval.type]),
      })}
      saving={saving}
      submitTestId="approval-decision-submit"
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <p>
        {approval.caseNumber} · {approval.caseCause}
      </p>
      <Form<DecisionForm> form={form} layout="vertical" onFinish={save} initialValues={{ agree: true }}>
        <Form.Item name="agree" label={t('approval.decision')} rules={[{ required: true }]}>
          <Radio.Group data-testid="approval-decision-agree">
            <Radio value={true} data-testid="approval-decision-yes">
              {t('approval.agree')}
            </Radio>
            <Radio value={false} data-testid="approval-decision-no">
              {t('approval.disagree')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="opinion"
          label={t('approval.decisionOpinion')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="approval-decision-opinion" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
