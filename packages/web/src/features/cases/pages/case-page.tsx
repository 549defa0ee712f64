import { PlusOutlined } from '@ant-design/icons';
import type { ApprovalBody } from '@liuhen/contracts';
import { Button, Card, Flex, Result, Skeleton, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { CaseAvPanel } from '../../av/components/case-av-panel';
import { CaseChecklist } from '../../compliance/components/case-checklist';
import type { ApprovalType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { type AvailableAction, getCase } from '../cases.api';
import { ActivitiesTable } from '../components/activities-table';
import { ActivityDrawer } from '../components/activity-drawer';
import { ApprovalDecisionModal } from '../components/approval-decision-modal';
import { ApprovalsList } from '../components/approvals-list';
import { CaseActions } from '../components/case-actions';
import { CaseHeader } from '../components/case-header';
import { CaseProgress } from '../components/case-progress';
import { DocumentsTable } from '../components/documents-table';
import { MajorComplexModal } from '../components/major-complex-modal';
import { MaterialsRegister } from '../components/materials-register';
import { NewDocumentModal } from '../components/new-document-modal';
import { ProposeApprovalModal } from '../components/propose-approval-modal';
import { TransitionModal } from '../components/transition-modal';

type Dialog =
  | { kind: 'transition'; action: AvailableAction }
  | { kind: 'propose'; type?: ApprovalType }
  | { kind: 'decide'; approval: ApprovalBody }
  | { kind: 'activity' }
  | { kind: 'newDocument' }
  | { kind: 'majorComplex' };

/** 案件详情: the case, its progress and actions, and its activities, documents, approvals and A/V records. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: detail, loading, failed, reload } = useApiData(useCallback(() => getCase(id), [id]));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tab, setTab] = useState('activities');
  const close = () => setDialog(null);
  const done = () => {
    setDialog(null);
    reload();
  };

  if (!detail) {
    if (failed) {
      return (
        <Result
          status="warning"
          title={t('cases.notFoundOrDenied')}
          extra={<Button onClick={() => navigate('/cases')}>{t('common.back')}</Button>}
        />
      );
    }
    return (
      <Card>
        <Skeleton active loading={loading} />
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="case-page" data-case-id={detail.id} data-version={detail.version}>
      <Card>
        <Flex vertical gap={12}>
          <CaseHeader
            detail={detail}
            onProposeRetro={
              detail.canRecord ? () => setDialog({ kind: 'propose', type: 'retroRegistration' }) : undefined
            }
            onMajorComplex={detail.canRecord ? () => setDialog({ kind: 'majorComplex' }) : undefined}
          />
        </Flex>
      </Card>
      <Card>
        <CaseProgress detail={detail} />
      </Card>
      <Card title={t('cases.actions')} size="small">
        <CaseActions
          detail={detail}
          onPerform={(action) => setDialog({ kind: 'transition', action })}
          onPropose={(action) => action.approval && setDialog({ kind: 'propose', type: action.approval.type })}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'activities',
              label: <span data-testid="case-tab-activities">{t('activities.tab')}</span>,
              children: (
                <Flex vertical gap={12}>
                  {detail.canRecord && (
                    <Flex justify="end">
                      <Button
                        type="primary"
                        icon={<PlusOutlined />}
                        onClick={() => setDialog({ kind: 'activity' })}
                        data-testid="activity-new"
                      >
                        {t('activities.new')}
                      </Button>
                    </Flex>
                  )}
                  <ActivitiesTable
                    caseId={detail.id}
                    profileId={detail.profileId}
                    activities={detail.activities}
                    canRecord={detail.canRecord}
                    onChanged={reload}
                  />
                </Flex>
              ),
            },
            {
              key: 'documents',
              label: <span data-testid="case-tab-documents">{t('documents.tab')}</span>,
              children: (
                <Flex vertical gap={12}>
                  {detail.canRecord && (
                    <Flex justify="end">
                      <Button
                        type="primary"
                        icon={<PlusOutlined />}
                        onClick={() => setDialog({ kind: 'newDocument' })}
                        data-testid="document-new"
                      >
                        {t('documents.new')}
                      </Button>
                    </Flex>
                  )}
                  <DocumentsTable detail={detail} />
                </Flex>
              ),
            },
            {
              key: 'approvals',
              label: <span data-testid="case-tab-approvals">{t('approval.tab')}</span>,
              children: (
                <Flex vertical gap={12}>
                  {detail.canRecord && (
                    <Flex justify="end">
                      <Button
                        icon={<PlusOutlined />}
                        onClick={() => setDialog({ kind: 'propose' })}
                        data-testid="approval-propose"
                      >
                        {t('approval.propose')}
                      </Button>
                    </Flex>
                  )}
                  <ApprovalsList
                    approvals={detail.approvals}
                    onAct={(approval) => setDialog({ kind: 'decide', approval })}
                  />
                </Flex>
              ),
            },
            {
              key: 'materials',
              label: <span data-testid="case-tab-materials">{t('materials.tab')}</span>,
              children: <MaterialsRegister detail={detail} onChanged={reload} />,
            },
            {
              key: 'av',
              label: <span data-testid="case-tab-av">{t('av.tab')}</span>,
              children: <CaseAvPanel detail={detail} />,
            },
            {
              key: 'compliance',
              label: <span data-testid="case-tab-compliance">{t('compliance.tab')}</span>,
              children: <CaseChecklist key={detail.version} caseId={detail.id} />,
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'transition' && (
        <TransitionModal detail={detail} action={dialog.action} onClose={close} onDone={done} onConflict={done} />
      )}
      {dialog?.kind === 'propose' && (
        <ProposeApprovalModal
          caseId={detail.id}
          type={dialog.type}
          activities={detail.activities}
          onClose={close}
          onDone={() => {
            done();
            setTab('approvals');
          }}
        />
      )}
      {dialog?.kind === 'decide' && <ApprovalDecisionModal approval={dialog.approval} onClose={close} onDone={done} />}
      {dialog?.kind === 'activity' && <ActivityDrawer detail={detail} onClose={done} onSaved={reload} />}
      {dialog?.kind === 'newDocument' && <NewDocumentModal detail={detail} onClose={close} />}
      {dialog?.kind === 'majorComplex' && <MajorComplexModal detail={detail} onClose={close} onDone={done} />}
    </Flex>
  );
}
