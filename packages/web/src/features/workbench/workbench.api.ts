import type { WorkbenchBody } from '@liuhen/contracts';
import { api } from '../../api/client';

export type OverdueItem = WorkbenchBody['overdue'][number];

export const getWorkbench = () => api.get<WorkbenchBody>('/workbench');
