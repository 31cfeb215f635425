import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { api } from './api/client';
import { useApiData } from './api/use-api-data';
import { isPlatformAdmin } from './auth/access';
import type { Me } from './auth/session';
import { useSession } from './auth/session';
import { cx } from './components';
import { NotificationsLink } from './pages/notifications/notifications-link';

interface NavItem {
  to: string;
  text: string;
  /** Paths under this prefix mark the item as current. */
  prefix: string;
  /** Other paths that belong to the item (e.g. `/cycles` pages for "Cycles"). */
  also?: string[];
}

/** The service navigation for the user's roles, in the context of the page's partnership. */
function navItems(
  me: Me,
  partnershipIdInUrl: string | undefined,
  mailKeptLocally: boolean,
): NavItem[] {
  const items: NavItem[] = [{ to: '/', text: 'Home', prefix: '/' }];
  if (isPlatformAdmin(me))
    items.push({ to: '/partnerships', text: 'Partnerships', prefix: '/partnerships' });
  const partnershipRoles = me.memberships.filter((m) => m.partnershipId);
  const current =
    partnershipRoles.find((m) => m.partnershipId === partnershipIdInUrl) ?? partnershipRoles[0];
  if (current?.partnershipId) {
    const base = `/partnerships/${current.partnershipId}`;
    const isAdmin = partnershipRoles.some(
      (m) => m.partnershipId === current.partnershipId && m.role === 'partnership_admin',
    );
    items.push({ to: base, text: 'Partnership', prefix: base });
    items.push({ to: `${base}/dashboard`, text: 'Dashboard', prefix: `${base}/dashboard` });
    items.push({
      to: `${base}/cycles`,
      text: 'Cycles',
      prefix: `${base}/cycles`,
      also: ['/cycles'],
    });
    items.push({
      to: `${base}/organisations`,
      text: 'Organisations',
      prefix: `${base}/organisations`,
    });
    if (isAdmin) items.push({ to: `${base}/people`, text: 'People', prefix: `${base}/people` });
    // The partnership's single sign-on and Sent mail are on its page, under "Manage the
    // partnership", so the menu stays on one line.
  }
  if (isPlatformAdmin(me)) items.push({ to: '/sso', text: t('sso.admin.nav'), prefix: '/sso' });
  if (isPlatformAdmin(me) && mailKeptLocally)
    items.push({ to: '/mail', text: t('sentMail.nav'), prefix: '/mail' });
  if (isPlatformAdmin(me) || partnershipRoles.some((m) => m.role === 'partnership_admin'))
    items.push({ to: '/frameworks', text: 'Frameworks', prefix: '/frameworks' });
  const organisationRoles = me.memberships.filter((m) => m.organisationId);
  if (organisationRoles.length === 1) {
    const id = organisationRoles[0].organisationId!;
    items.push({
      to: `/organisations/${id}`,
      text: 'Your organisation',
      prefix: `/organisations/${id}`,
    });
  }
  return items;
}

function currentItem(items: NavItem[], path: string): NavItem | undefined {
  const under = (prefix: string) =>
    prefix === '/' ? path === '/' : path === prefix || path.startsWith(`${prefix}/`);
  return items
    .map((item) => ({
      item,
      length: Math.max(
        ...[item.prefix, ...(item.also ?? [])].map((p) => (under(p) ? p.length : -1)),
      ),
    }))
    .filter((m) => m.length >= 0)
    .sort((a, b) => b.length - a.length)[0]?.item;
}

const TABLET = '(min-width: 40.0625em)';
function subscribeTablet(onChange: () => void) {
  const mql = window.matchMedia(TABLET);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}
const isTabletUp = () => window.matchMedia(TABLET).matches;

function ServiceNavigation({ me }: { me: Me }) {
  const { pathname } = useLocation();
  const match = useMatch('/partnerships/:partnershipId/*');
  const partnershipId = match?.params.partnershipId;
  // Mail kept in the app (no mail server, outside production) has its Sent mail pages.
  const health = useApiData('health', () => unwrap(api.GET('/api/health')));
  const mailKeptLocally = health.data?.mailKeptLocally ?? false;
  const items = navItems(me, partnershipId === 'new' ? undefined : partnershipId, mailKeptLocally);
  const active = currentItem(items, pathname);
  const wide = useSyncExternalStore(subscribeTablet, isTabletUp, () => true);
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    // Close the mobile menu when the page changes.
    setOpenedAt(pathname);
    setOpen(false);
  }
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle"
              aria-controls="navigation"
              aria-expanded={open}
              hidden={wide}
              onClick={() => setOpen((o) => !o)}
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation" hidden={!wide && !open}>
              {items.map((item) => {
                const isActive = item === active;
                return (
                  <li
                    key={item.to}
                    className={cx(
                      'govuk-service-navigation__item',
                      isActive && 'govuk-service-navigation__item--active',
                    )}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.to}
                      aria-current={isActive ? (pathname === item.to ? 'page' : 'true') : undefined}
                    >
                      {isActive ? (
                        <strong className="govuk-service-navigation__active-fallback">
                          {item.text}
                        </strong>
                      ) : (
                        item.text
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

function Header() {
  const { state, signOut } = useSession();
  const signedIn = state.status === 'signed-in';
  return (
    <header className="govuk-generic-header app-header">
      <div className="govuk-generic-header__container govuk-width-container app-header__container">
        <div className="govuk-generic-header__logo app-header__logo">
          <Link to="/" className="govuk-generic-header__homepage-link app-header__homepage-link">
            <span className="app-header__mark" aria-hidden="true">
              P
            </span>
            PIES Audit
          </Link>
          <span className="app-header__strapline">Online safeguarding self-audit</span>
        </div>
        {signedIn && (
          <div className="app-header__account">
            <span className="app-header__user">{state.me.name}</span>
            <NotificationsLink className="app-header__link app-header__notifications" />
            <Link className="app-header__link" to="/account/password">
              Change password
            </Link>
            <Link className="app-header__link" to="/account/security">
              {t('mfa.account.link')}
            </Link>
            <button type="button" className="app-header__sign-out" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}

/**
 * After a client-side page change: put focus back at the top of the page (as a full page load
 * would) and announce the new page's title to screen readers.
 */
function RouteFocus() {
  const { pathname, search } = useLocation();
  const top = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    top.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
  useEffect(() => {
    // The page sets its title in an effect; read it once that has happened.
    const t = window.setTimeout(() => setAnnouncement(document.title), 200);
    return () => window.clearTimeout(t);
  }, [pathname, search]);
  return (
    <>
      <div ref={top} tabIndex={-1} className="app-focus-reset" />
      <p className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}

export function AppShell() {
  const { state } = useSession();
  return (
    <>
      <RouteFocus />
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <Header />
      {state.status === 'signed-in' && <ServiceNavigation me={state.me} />}
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span className="govuk-phase-banner__text">
              This is a new service. Your partnership's business unit can help if something is not
              clear.
            </span>
          </p>
        </div>
        <Outlet />
      </div>
      <footer className="govuk-footer app-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">About this service</h2>
              <p className="govuk-body-s app-footer__text">
                PIES Audit: the online-safeguarding self-audit for Safeguarding Children
                Partnerships. Policies and practices, Infrastructure and technology, Education and
                training, Standards and inspection.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
