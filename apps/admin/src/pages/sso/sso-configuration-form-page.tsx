import { unwrap } from '@pies/api-client';
import type { components } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { isPlatformAdmin, rolesInPartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  Checkboxes,
  ErrorSummary,
  Loading,
  PageLayout,
  TextInput,
  Textarea,
} from '../../components';
import { fieldErrors, useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage, NotFoundPage } from '../error-pages';
import { withFlash } from '../flash';
import { useSsoConfiguration } from './use-sso-configuration';

type Configuration = components['schemas']['SsoConfigurationDto'];

const FIELDS = {
  name: { id: 'name', label: t('sso.admin.name') },
  issuer: { id: 'issuer', label: t('sso.admin.issuer') },
  clientId: { id: 'clientId', label: t('sso.admin.clientId') },
  clientSecret: { id: 'clientSecret', label: t('sso.admin.clientSecret') },
  domains: { id: 'domains', label: t('sso.admin.domains') },
  ssoOnly: { id: 'ssoOnly', label: t('sso.admin.ssoOnly') },
};

const domainsOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter(Boolean);

/**
 * Propose an SSO configuration for a partnership (/partnerships/:partnershipId/sso/new: a
 * platform admin's is approved at once), or edit one (/sso/:ssoConfigurationId/edit, platform
 * admins). The client secret is write-only: never shown, left empty to keep it when editing.
 */
export function SsoConfigurationFormPage() {
  const { partnershipId, ssoConfigurationId } = useParams();
  const me = useMe();
  const platform = isPlatformAdmin(me);
  const editing = Boolean(ssoConfigurationId);
  const allowed = editing
    ? platform
    : rolesInPartnership(me, partnershipId ?? '').has('partnership_admin');
  const existing = useSsoConfiguration(ssoConfigurationId, platform);
  const loaded = existing.data;
  if (!allowed) return <ForbiddenPage />;
  if (existing.error) return <ApiErrorPage error={existing.error} />;
  if (editing && existing.data === undefined) return <Loading title={t('sso.admin.editTitle')} />;
  if (editing && !loaded) return <NotFoundPage />;
  return (
    <ConfigurationForm
      initial={loaded ?? null}
      partnershipId={partnershipId}
      ssoConfigurationId={ssoConfigurationId}
      platform={platform}
    />
  );
}

/** The form itself, its fields starting from the configuration being edited (if any). */
function ConfigurationForm({
  initial,
  partnershipId,
  ssoConfigurationId,
  platform,
}: {
  initial: Configuration | null;
  partnershipId?: string;
  ssoConfigurationId?: string;
  platform: boolean;
}) {
  const navigate = useNavigate();
  const editing = Boolean(ssoConfigurationId);
  const [name, setName] = useState(initial?.name ?? '');
  const [issuer, setIssuer] = useState(initial?.issuer ?? '');
  const [clientId, setClientId] = useState(initial?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(initial?.domains.join('\n') ?? '');
  const [ssoOnly, setSsoOnly] = useState<string[]>(initial?.ssoOnly ? ['yes'] : []);
  const form = useApiForm(FIELDS, {
    resolve: (field) => field.split('.')[0],
    explain: (e) =>
      e.code === 'SSO_DOMAIN_CLAIMED'
        ? fieldErrors([
            [
              'domains',
              t('sso.admin.domainClaimed', {
                domains: ((e.details as { domains?: string[] } | undefined)?.domains ?? []).join(
                  ', ',
                ),
              }),
            ],
          ])
        : undefined,
  });
  const title = editing ? t('sso.admin.editTitle') : t('sso.admin.newTitle');
  const back = editing ? '/sso' : `/partnerships/${partnershipId}/sso`;

  function missing(): [string, string][] {
    const m: [string, string][] = [];
    if (!name.trim()) m.push(['name', t('sso.admin.enterName')]);
    if (!issuer.trim()) m.push(['issuer', t('sso.admin.enterIssuer')]);
    if (!clientId.trim()) m.push(['clientId', t('sso.admin.enterClientId')]);
    if (!editing && !clientSecret) m.push(['clientSecret', t('sso.admin.enterClientSecret')]);
    if (domainsOf(domains).length === 0) m.push(['domains', t('sso.admin.enterDomains')]);
    return m;
  }

  return (
    <PageLayout title={title} hasError={form.hasErrors} backLink={<BackLink to={back} />}>
      <ErrorSummary errors={form.errors.summary} />
      <h1 className="govuk-heading-l">{title}</h1>
      {!editing && !platform && <p className="govuk-body">{t('sso.admin.partnershipIntro')}</p>}
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            const problems = missing();
            if (problems.length) return fieldErrors(problems);
            const body = {
              name: name.trim(),
              issuer: issuer.trim(),
              clientId: clientId.trim(),
              domains: domainsOf(domains),
              ssoOnly: ssoOnly.includes('yes'),
              ...(clientSecret ? { clientSecret } : {}),
            };
            if (editing) {
              const saved = await unwrap(
                api.PATCH('/api/sso-configurations/{ssoConfigurationId}', {
                  params: { path: { ssoConfigurationId: ssoConfigurationId! } },
                  body,
                }),
              );
              navigate('/sso', withFlash({ heading: t('sso.admin.saved', { name: saved.name }) }));
              return;
            }
            const made = await unwrap(
              api.POST('/api/partnerships/{partnershipId}/sso-configurations', {
                params: { path: { partnershipId: partnershipId! } },
                body: { ...body, clientSecret },
              }),
            );
            navigate(
              back,
              withFlash({
                heading: t(
                  made.status === 'approved' ? 'sso.admin.created' : 'sso.admin.proposed',
                  {
                    name: made.name,
                  },
                ),
              }),
            );
          })
        }
      >
        <TextInput
          id="name"
          label={t('sso.admin.name')}
          value={name}
          onChange={setName}
          error={form.error('name')}
          autoComplete="off"
        />
        <TextInput
          id="issuer"
          label={t('sso.admin.issuer')}
          hint={t('sso.admin.issuerHint')}
          type="url"
          spellCheck={false}
          value={issuer}
          onChange={setIssuer}
          error={form.error('issuer')}
          autoComplete="off"
        />
        <TextInput
          id="clientId"
          label={t('sso.admin.clientId')}
          spellCheck={false}
          value={clientId}
          onChange={setClientId}
          error={form.error('clientId')}
          autoComplete="off"
        />
        <TextInput
          id="clientSecret"
          label={t('sso.admin.clientSecret')}
          hint={
            editing
              ? `${t('sso.admin.clientSecretHint')} ${t('sso.admin.clientSecretKeep')}`
              : t('sso.admin.clientSecretHint')
          }
          type="password"
          value={clientSecret}
          onChange={setClientSecret}
          error={form.error('clientSecret')}
          autoComplete="new-password"
        />
        <Textarea
          id="domains"
          label={t('sso.admin.domains')}
          hint={t('sso.admin.domainsHint')}
          value={domains}
          onChange={setDomains}
          error={form.error('domains')}
          rows={3}
        />
        <Checkboxes
          name="ssoOnly"
          legend={t('sso.admin.ssoOnly')}
          legendSize="s"
          values={ssoOnly}
          onChange={setSsoOnly}
          error={form.error('ssoOnly')}
          items={[
            { value: 'yes', label: t('sso.admin.ssoOnly'), hint: t('sso.admin.ssoOnlyHint') },
          ]}
        />
        <ButtonGroup>
          <Button disabled={form.busy}>
            {editing
              ? t('sso.admin.save')
              : platform
                ? t('sso.admin.create')
                : t('sso.admin.propose')}
          </Button>
          <Link className="govuk-link" to={back}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
      {editing && (
        <section aria-labelledby="withdraw-heading">
          <h2 className="govuk-heading-m" id="withdraw-heading">
            {t('sso.admin.withdrawHeading')}
          </h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/sso/${ssoConfigurationId}/withdraw`}>
              {t('sso.admin.withdrawLink')}
            </Link>
          </p>
        </section>
      )}
    </PageLayout>
  );
}
