import React from 'react';
(globalThis as unknown as { React: typeof React }).React = React;
import { App, DatePicker, Input, Select, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { CertificateForm } from '../src/features/admin/certificates/components/certificate-form';
import { UserFilters } from '../src/features/admin/users/components/user-filters';
import { CertificationTag } from '../src/features/admin/users/components/certification-tag';
import { LanguageProvider } from '../src/i18n/language-context';

const html = renderToString(
  <LanguageProvider>
    <App>
      <MemoryRouter>
        <CertificateForm userId="u1" certificate={null} onCancel={() => {}} onSaved={() => {}} />
        <UserFilters units={[]} value={{}} onChange={() => {}} />
        <Input.Password prefix="x" data-testid="pw" />
        <Input prefix="x" data-testid="plain" />
        <Input.TextArea data-testid="ta" />
        <Select mode="multiple" data-testid="multi" options={[{ value: 'a', label: '执法人员' }]} />
        <DatePicker data-testid="dp" format="YYYY-MM-DD" />
        <CertificationTag certification={{ certified: false, reason: 'expired', certificateNumber: null }} testId="certification-x" />
        <Table
          rowKey="id"
          columns={[{ title: 'n', dataIndex: 'id' }]}
          dataSource={[{ id: 'r1' }]}
          onRow={(r) => ({ 'data-testid': `row-${r.id}` }) as HTMLAttributes<HTMLElement>}
        />
      </MemoryRouter>
    </App>
  </LanguageProvider>,
);
for (const match of html.matchAll(/<(\w+)[^>]*data-testid="([^"]+)"[^>]*>/g)) {
  console.log(match[2].padEnd(28), match[1], match[0].slice(0, 140));
}
