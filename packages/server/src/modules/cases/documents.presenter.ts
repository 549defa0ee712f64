import { findDocumentType } from '@liuhen/domain';
import type { DocumentRow } from './cases.repository';

export function documentTitle(typeCode: string): string {
  return findDocumentType(typeCode)?.zh ?? typeCode;
}

export function presentDocumentSummary(row: DocumentRow) {
  return {
    id: row.id,
    activityId: row.activity_id,
    typeCode: row.type_code,
    title: documentTitle(row.type_code),
    status: row.status as 'draft' | 'final',
    version: row.current_version,
    updatedAt: row.updated_at,
  };
}
