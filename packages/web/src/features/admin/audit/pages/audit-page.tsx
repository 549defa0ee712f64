import { Flex } from 'antd';
import { useState } from 'react';
import type { AuditFilters as Filters } from '../audit.api';
import { AuditFilters } from '../components/audit-filters';
import { AuditLog } from '../components/audit-log';

/** 审计日志: who did what, read-only. */
export function AuditPage() {
  const [filters, setFilters] = useState<Filters>({});
  return (
    <Flex vertical gap={16}>
      <AuditFilters onChange={setFilters} />
      <AuditLog key={JSON.stringify(filters)} filters={filters} />
    </Flex>
  );
}
