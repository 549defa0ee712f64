import type { LedgerStatusBody, VerificationReportBody } from '@liuhen/contracts';
import { api } from '../../../api/client';

export type LedgerCheckpoint = NonNullable<LedgerStatusBody['latestCheckpoint']>;

export const getLedger = () => api.get<LedgerStatusBody>('/ledger');
/** Re-reads the whole log and every stored file; may take seconds. Recorded as `ledger.verified`. */
export const verifyLedger = () => api.post<VerificationReportBody>('/ledger/verify', {});
/** Null when the latest checkpoint already covers every entry. */
export const signCheckpoint = () => api.post<{ checkpoint: LedgerCheckpoint | null }>('/ledger/checkpoints', {});
/** The latest checkpoint as a signed note (text/plain), for download. */
export const checkpointNoteUrl = '/api/ledger/checkpoint';
