import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { identityDocumentTypeLabels, identityDocumentTypes } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';

/** 当事人: a dynamic list of persons and organisations with their identity documents. */
export function PartyFields() {
  const { t, pick } = useI18n();
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('caseForm.party', { n: index + 1 })}
              className="party-card"
              extra={
                fields.length > 1 && (
                  <MinusCircleOutlined onClick={() => remove(field.name)} data-testid={`party-remove-${index}`} />
                )
              }
            >
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'kind']} label={t('caseForm.partyKind')} rules={[required]}>
                    <Select
                      options={[
                        { value: 'person', label: t('caseForm.person') },
                        { value: 'organisation', label: t('caseForm.organisation') },
                      ]}
                      data-testid={`party-kind-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'name']} label={t('caseForm.name')} rules={[required]}>
                    <Input maxLength={200} data-testid={`party-name-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'idType']} label={t('caseForm.idType')} rules={[required]}>
                    <Select
                      options={identityDocumentTypes.map((type) => ({
                        value: type,
                        label: pick(identityDocumentTypeLabels[type]),
                      }))}
                      data-testid={`party-id-type-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'idNumber']} label={t('caseForm.idNumber')} rules={[required]}>
                    <Input maxLength={50} data-testid={`party-id-number-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'phone']} label={t('caseForm.phone')}>
                    <Input maxLength={30} data-testid={`party-phone-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[field.name, 'address']} label={t('caseForm.address')}>
                    <Input maxLength={200} data-testid={`party-address-${index}`} />
                  </Form.Item>
                </Col>
                <Form.Item noStyle dependencies={[['parties', field.name, 'kind']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['parties', field.name, 'kind']) === 'organisation' && (
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'legalRepresentative']} label={t('caseForm.legalRepresentative')}>
                          <Input maxLength={100} data-testid={`party-legal-rep-${index}`} />
                        </Form.Item>
                      </Col>
                    )
                  }
                </Form.Item>
              </Row>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ kind: 'person', idType: 'residentIdCard' })}
            data-testid="party-add"
          >
            {t('caseForm.addParty')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
