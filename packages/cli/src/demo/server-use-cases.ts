/**
 * The case, certificate and agency use cases the demo drives. `@liuhen/server` does not export them yet (its index
 * exports what the other CLI commands use), so they are imported from their modules here, in one place; once the
 * server's index exports them, only this file changes.
 */
export { recordActivity, recordActivityAvException } from '../../../server/src/modules/cases/activities.usecases';
export { decideApproval, proposeApproval } from '../../../server/src/modules/cases/approvals.usecases';
export { createCase, getWorkbench, transitionCase } from '../../../server/src/modules/cases/cases.usecases';
export { createDocument } from '../../../server/src/modules/cases/documents.usecases';
export { updateAgency } from '../../../server/src/modules/organisation/agency.usecases';
export { registerCertificate } from '../../../server/src/modules/organisation/certificates.usecases';
