import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './app-shell';
import { RequireSignIn } from './auth/require-sign-in';
import { SessionProvider } from './auth/session';
import { lazyPage, page } from './lazy-page';
import { auditRoutes } from './pages/audits/routes';
import { actionRoutes } from './pages/actions/routes';
import { boardRoutes } from './pages/board/routes';
import { cycleRoutes } from './pages/cycles/routes';
import { frameworkRoutes } from './pages/frameworks/routes';
import { notificationRoutes, unsubscribeRoutes } from './pages/notifications/routes';
import { NotFoundPage } from './pages/error-pages';
import { HomePage } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';

const PartnershipsPage = page(
  () => import('./pages/partnerships/partnerships-page'),
  'PartnershipsPage',
);
const NewPartnershipPage = page(
  () => import('./pages/partnerships/new-partnership-page'),
  'NewPartnershipPage',
);
const PartnershipPage = page(
  () => import('./pages/partnerships/partnership-page'),
  'PartnershipPage',
);
const ExportPage = page(() => import('./pages/partnerships/export-page'), 'ExportPage');
const MfaPolicyPage = page(() => import('./pages/partnerships/mfa-policy-page'), 'MfaPolicyPage');
const MfaSignInPage = page(() => import('./pages/account/mfa-sign-in-page'), 'MfaSignInPage');
const MfaEnrolPage = page(() => import('./pages/account/mfa-enrol-page'), 'MfaEnrolPage');
const SecurityPage = page(() => import('./pages/account/security-page'), 'SecurityPage');
const OrganisationsPage = page(
  () => import('./pages/organisations/organisations-page'),
  'OrganisationsPage',
);
const NewOrganisationPage = page(
  () => import('./pages/organisations/new-organisation-page'),
  'NewOrganisationPage',
);
const OrganisationPage = page(
  () => import('./pages/organisations/organisation-page'),
  'OrganisationPage',
);
const EditOrganisationPage = page(
  () => import('./pages/organisations/edit-organisation-page'),
  'EditOrganisationPage',
);
const AddMemberPage = page(() => import('./pages/organisations/add-member-page'), 'AddMemberPage');
const PeoplePage = page(() => import('./pages/people/people-page'), 'PeoplePage');
const NewPersonPage = page(() => import('./pages/people/new-person-page'), 'NewPersonPage');
const PersonPage = page(() => import('./pages/people/person-page'), 'PersonPage');
const ChangePasswordPage = page(
  () => import('./pages/account/change-password-page'),
  'ChangePasswordPage',
);
const InvitationPage = page(() => import('./pages/account/invitation-page'), 'InvitationPage');
const ForgotPasswordPage = page(
  () => import('./pages/account/forgot-password-page'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = page(
  () => import('./pages/account/reset-password-page'),
  'ResetPasswordPage',
);
const SentMailPage = page(() => import('./pages/mail/sent-mail-page'), 'SentMailPage');
const SsoConfigurationsPage = page(
  () => import('./pages/sso/sso-configurations-page'),
  'SsoConfigurationsPage',
);
const SsoConfigurationFormPage = page(
  () => import('./pages/sso/sso-configuration-form-page'),
  'SsoConfigurationFormPage',
);
const SsoWithdrawPage = page(() => import('./pages/sso/sso-withdraw-page'), 'SsoWithdrawPage');
const SignInProblemPage = page(
  () => import('./pages/sso/sign-in-problem-page'),
  'SignInProblemPage',
);
const InvitationsPage = page(
  () => import('./pages/invitations/invitations-page'),
  'InvitationsPage',
);

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<AppShell />}>
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-in/code" element={lazyPage(MfaSignInPage)} />
            <Route path="sign-in/set-up" element={lazyPage(MfaEnrolPage)} />
            <Route path="sign-in/problem" element={lazyPage(SignInProblemPage)} />
            <Route path="invitation/:token" element={lazyPage(InvitationPage)} />
            <Route path="forgot-password" element={lazyPage(ForgotPasswordPage)} />
            <Route path="reset-password/:token" element={lazyPage(ResetPasswordPage)} />
            {unsubscribeRoutes()}
            <Route element={<RequireSignIn />}>
              <Route index element={<HomePage />} />
              <Route path="invitations" element={lazyPage(InvitationsPage)} />
              <Route path="account/password" element={lazyPage(ChangePasswordPage)} />
              <Route path="account/security" element={lazyPage(SecurityPage)} />
              <Route path="mail" element={lazyPage(SentMailPage)} />
              <Route path="sso" element={lazyPage(SsoConfigurationsPage)} />
              <Route
                path="sso/:ssoConfigurationId/edit"
                element={lazyPage(SsoConfigurationFormPage)}
              />
              <Route path="sso/:ssoConfigurationId/withdraw" element={lazyPage(SsoWithdrawPage)} />
              <Route path="partnerships">
                <Route index element={lazyPage(PartnershipsPage)} />
                <Route path="new" element={lazyPage(NewPartnershipPage)} />
                <Route path=":partnershipId">
                  <Route index element={lazyPage(PartnershipPage)} />
                  <Route path="organisations" element={lazyPage(OrganisationsPage)} />
                  <Route path="organisations/new" element={lazyPage(NewOrganisationPage)} />
                  <Route path="people" element={lazyPage(PeoplePage)} />
                  <Route path="people/new" element={lazyPage(NewPersonPage)} />
                  <Route path="people/:userId" element={lazyPage(PersonPage)} />
                  <Route path="export" element={lazyPage(ExportPage)} />
                  <Route path="security" element={lazyPage(MfaPolicyPage)} />
                  <Route path="mail" element={lazyPage(SentMailPage)} />
                  <Route path="sso" element={lazyPage(SsoConfigurationsPage)} />
                  <Route path="sso/new" element={lazyPage(SsoConfigurationFormPage)} />
                </Route>
              </Route>
              <Route path="organisations/:organisationId">
                <Route index element={lazyPage(OrganisationPage)} />
                <Route path="edit" element={lazyPage(EditOrganisationPage)} />
                <Route path="members/new" element={lazyPage(AddMemberPage)} />
              </Route>
              {auditRoutes()}
              {actionRoutes()}
              {boardRoutes()}
              {cycleRoutes()}
              {frameworkRoutes()}
              {notificationRoutes()}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
