import { type SchemaMfaEnrolmentDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import {
  Button,
  ErrorSummary,
  Loading,
  NotificationBanner,
  PageLayout,
  SummaryList,
  TextInput,
} from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage } from '../error-pages';
import { AccountSessions } from './account-sessions';
import { MfaSetUpForm, RecoveryCodes, typedCode } from './mfa-parts';

const CODE = { code: { id: 'code', label: t('mfa.code') } };
const TURN_OFF = {
  password: { id: 'password', label: t('mfa.account.password') },
  code: { id: 'offCode', label: t('mfa.code') },
};

type View =
  | { kind: 'status'; banner?: string }
  | { kind: 'set-up'; enrolment: SchemaMfaEnrolmentDto }
  | { kind: 'codes'; codes: string[]; banner: string };

/**
 * Your own account's security: two-step verification (set it up, new recovery codes, turn it
 * off), and where you are signed in.
 */
export function SecurityPage() {
  const me = useMe();
  const status = useApiData(`mfa:${me.id}`, () => unwrap(api.GET('/api/account/mfa')));
  const [view, setView] = useState<View>({ kind: 'status' });
  const start = useApiForm({});
  const renew = useApiForm(CODE);
  const off = useApiForm(TURN_OFF);
  const [renewCode, setRenewCode] = useState('');
  const [password, setPassword] = useState('');
  const [offCode, setOffCode] = useState('');
  const title = t('mfa.account.title');

  if (status.error) return <ApiErrorPage error={status.error} />;
  const s = status.data ?? status.previous;
  if (!s) return <Loading title={title} />;
  const hasError = start.hasErrors || renew.hasErrors || off.hasErrors;

  if (view.kind === 'set-up' || view.kind === 'codes') {
    return (
      <PageLayout title={view.kind === 'codes' ? t('mfa.setUp.codesTitle') : t('mfa.setUp.title')}>
        {view.kind === 'codes' && <NotificationBanner type="success" heading={view.banner} />}
        <span className="govuk-caption-l">{me.name}</span>
        <h1 className="govuk-heading-l">
          {view.kind === 'codes' ? t('mfa.setUp.codesTitle') : t('mfa.setUp.title')}
        </h1>
        {view.kind === 'set-up' ? (
          <>
            <p className="govuk-body">{t('mfa.setUp.intro')}</p>
            <MfaSetUpForm
              enrolment={view.enrolment}
              confirm={async (code) => {
                const { recoveryCodes } = await unwrap(
                  api.POST('/api/account/mfa/confirm', { body: { code } }),
                );
                setView({ kind: 'codes', codes: recoveryCodes, banner: t('mfa.setUp.done') });
              }}
            />
          </>
        ) : (
          <RecoveryCodes
            codes={view.codes}
            onSaved={() => {
              setView({ kind: 'status' });
              status.reload();
            }}
          />
        )}
      </PageLayout>
    );
  }

  return (
    <PageLayout title={title} hasError={hasError}>
      <ErrorSummary
        errors={[...start.errors.summary, ...renew.errors.summary, ...off.errors.summary]}
      />
      {view.banner && <NotificationBanner type="success" heading={view.banner} />}
      <span className="govuk-caption-l">{me.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <h2 className="govuk-heading-m">{t('mfa.name')}</h2>
      <SummaryList
        rows={[
          {
            key: t('mfa.account.status'),
            value: s.enabled ? t('mfa.account.on') : t('mfa.account.off'),
          },
          ...(s.enabled
            ? [{ key: t('mfa.account.recoveryLeft'), value: String(s.recoveryCodesLeft) }]
            : []),
        ]}
      />
      {s.required && <p className="govuk-body">{t('mfa.account.required')}</p>}
      {!s.enabled && (
        <form
          noValidate
          onSubmit={(e) =>
            void start.submit(e, async () => {
              const enrolment = await unwrap(api.POST('/api/account/mfa'));
              setView({ kind: 'set-up', enrolment });
            })
          }
        >
          <Button disabled={start.busy}>{t('mfa.setUp.start')}</Button>
        </form>
      )}
      {s.enabled && (
        <>
          <h2 className="govuk-heading-m">{t('mfa.account.newCodes')}</h2>
          <p className="govuk-body">{t('mfa.account.newCodesIntro')}</p>
          <form
            noValidate
            onSubmit={(e) =>
              void renew.submit(e, async () => {
                const { recoveryCodes } = await unwrap(
                  api.POST('/api/account/mfa/recovery-codes', {
                    body: { code: typedCode(renewCode) },
                  }),
                );
                setRenewCode('');
                setView({
                  kind: 'codes',
                  codes: recoveryCodes,
                  banner: t('mfa.account.newCodesDone'),
                });
              })
            }
          >
            <TextInput
              id="code"
              label={t('mfa.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              value={renewCode}
              onChange={setRenewCode}
              error={renew.error('code')}
              width="5"
            />
            <Button variant="secondary" disabled={renew.busy}>
              {t('mfa.account.newCodes')}
            </Button>
          </form>
        </>
      )}
      {s.enabled && !s.required && (
        <>
          <h2 className="govuk-heading-m">{t('mfa.account.turnOff')}</h2>
          <p className="govuk-body">{t('mfa.account.turnOffIntro')}</p>
          <form
            noValidate
            onSubmit={(e) =>
              void off.submit(e, async () => {
                await unwrap(
                  api.POST('/api/account/mfa/disable', {
                    body: { password, code: typedCode(offCode) },
                  }),
                );
                setPassword('');
                setOffCode('');
                setView({ kind: 'status', banner: t('mfa.account.turnedOff') });
                status.reload();
              })
            }
          >
            <TextInput
              id="password"
              label={t('mfa.account.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={off.error('password')}
              width="20"
            />
            <TextInput
              id="offCode"
              label={t('mfa.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              value={offCode}
              onChange={setOffCode}
              error={off.error('offCode')}
              width="5"
            />
            <Button variant="warning" disabled={off.busy}>
              {t('mfa.account.turnOff')}
            </Button>
          </form>
        </>
      )}
      <AccountSessions onSignedOut={(banner) => setView({ kind: 'status', banner })} />
    </PageLayout>
  );
}
