import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import { BackLink, Button, Checkboxes, ErrorSummary, Loading, PageLayout } from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { withFlash } from '../flash';

const FIELDS = { required: { id: 'required', label: t('mfa.policy.legend') } };

/** A partnership admin decides whether the board and admins must use two-step verification. */
export function MfaPolicyPage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const base = `/partnerships/${partnershipId}`;
  const policy = useApiData(`mfa-policy:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/mfa-policy', {
        params: { path: { partnershipId } },
      }),
    ),
  );
  const [checked, setChecked] = useState<string[] | null>(null);
  const form = useApiForm(FIELDS);
  if (!canManagePartnership(me, partnershipId)) return <ForbiddenPage />;
  if (policy.error) return <ApiErrorPage error={policy.error} />;
  if (!policy.data) return <Loading title={t('mfa.policy.title')} />;
  const values = checked ?? (policy.data.required ? ['required'] : []);
  const title = t('mfa.policy.title');
  return (
    <PageLayout
      title={title}
      hasError={form.hasErrors}
      backLink={<BackLink to={base}>Back</BackLink>}
    >
      <ErrorSummary errors={form.errors.summary} />
      <h1 className="govuk-heading-l">{title}</h1>
      <form
        noValidate
        onSubmit={(e) =>
          void form.submit(e, async () => {
            const required = values.includes('required');
            await unwrap(
              api.PUT('/api/partnerships/{partnershipId}/mfa-policy', {
                params: { path: { partnershipId } },
                body: { required },
              }),
            );
            navigate(
              base,
              withFlash({
                heading: required ? t('mfa.policy.savedOn') : t('mfa.policy.savedOff'),
              }),
            );
          })
        }
      >
        <Checkboxes
          name="required"
          legend={t('mfa.policy.legend')}
          legendSize="m"
          items={[
            {
              value: 'required',
              label: t('mfa.policy.require'),
              hint: t('mfa.policy.requireHint'),
            },
          ]}
          values={values}
          onChange={setChecked}
          error={form.error('required')}
        />
        <Button disabled={form.busy}>{t('mfa.policy.save')}</Button>
      </form>
    </PageLayout>
  );
}
