import { Flex } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../auth/use-can';
import type { AuditFilters as Filters } from '../audit.api';
import { AuditFilters } from '../components/audit-filters';
import { AuditLog } from '../components/audit-log';
import { LedgerStatusCard } from '../components/ledger-status-card';

/** 审计日志: the ledger's status and checks on top, then who did what, filterable, read-only. */
export function AuditPage() {
  const can = useCan();
  // Every search, and every act of this page that appends to the ledger, reads the entries afresh from the top.
  const [query, setQuery] = useState<{ filters: Filters; run: number }>({ filters: {}, run: 0 });
  const search = (filters: Filters) => setQuery((previous) => ({ filters, run: previous.run + 1 }));
  return (
    <Flex vertical gap={16}>
      {can('ledger.read') && <LedgerStatusCard onRecorded={() => search(query.filters)} />}
      <AuditFilters onChange={search} />
      <AuditLog key={query.run} filters={query.filters} />
    </Flex>
  );
}
