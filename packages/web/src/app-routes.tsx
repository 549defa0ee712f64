import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AgencyPage } from './features/admin/agency/pages/agency-page';
import { AuditPage } from './features/admin/audit/pages/audit-page';
import { AdminPage } from './features/admin/pages/admin-page';
import { ProfilesPage } from './features/admin/profiles/pages/profiles-page';
import { UnitsPage } from './features/admin/units/pages/units-page';
import { UsersPage } from './features/admin/users/pages/users-page';
import { RequireSession } from './features/auth/components/require-session';
import { useCan } from './features/auth/use-can';
import { AvHandoversPage } from './features/av/pages/av-handovers-page';
import { AvLibraryPage } from './features/av/pages/av-library-page';
import { AvRecordPage } from './features/av/pages/av-record-page';
import { AvStatisticsPage } from './features/av/pages/av-statistics-page';
import { CasePage } from './features/cases/pages/case-page';
import { CasesPage } from './features/cases/pages/cases-page';
import { CompliancePage } from './features/compliance/pages/compliance-page';
import { NewCasePage } from './features/cases/pages/new-case-page';
import { DocumentPage } from './features/documents/pages/document-page';
import { NewDocumentPage } from './features/documents/pages/new-document-page';
import { ChangePasswordPage } from './features/auth/pages/change-password-page';
import { LoginPage } from './features/auth/pages/login-page';
import { AppLayout } from './features/shell/components/app-layout';
import { RequireSection } from './features/shell/components/require-section';
import { navItems } from './features/shell/nav-items';
import { ComingSoonPage } from './features/shell/pages/coming-soon-page';
import { DashboardPage } from './features/shell/pages/dashboard-page';
import { NotFoundPage } from './features/shell/pages/not-found-page';
import { WorkbenchPage } from './features/workbench/pages/workbench-page';

/** The landing page: users who work on cases land on 工作台 (/workbench); the others see the welcome page. */
function HomePage() {
  const can = useCan();
  return can('case.list') ? <Navigate to="/workbench" replace /> : <DashboardPage />;
}

/** A menu section opened by URL: a clear zh-CN message when the role or the profile does not open it. */
const guarded = (path: string, page: ReactNode) => <RequireSection path={path}>{page}</RequireSection>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/change-password" element={<ChangePasswordPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="workbench" element={<WorkbenchPage />} />
        <Route path="cases" element={guarded('/cases', <CasesPage />)} />
        <Route path="cases/new" element={<NewCasePage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="cases/:caseId/documents/new" element={<NewDocumentPage />} />
        <Route path="documents/:id" element={<DocumentPage />} />
        <Route path="av" element={guarded('/av', <AvLibraryPage />)} />
        <Route path="av/statistics" element={guarded('/av/statistics', <AvStatisticsPage />)} />
        <Route path="av/handovers" element={guarded('/av/handovers', <AvHandoversPage />)} />
        <Route path="av/:id" element={<AvRecordPage />} />
        <Route path="compliance" element={guarded('/compliance', <CompliancePage />)} />
        {navItems
          .filter((item) => !item.ready)
          .map((item) => (
            <Route key={item.path} path={`${item.path}/*`} element={<ComingSoonPage section={item.key} />} />
          ))}
        <Route path="admin" element={<AdminPage />}>
          <Route path="agency" element={<AgencyPage />} />
          <Route path="profiles" element={<ProfilesPage />} />
          <Route path="units" element={<UnitsPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="*" element={null} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
