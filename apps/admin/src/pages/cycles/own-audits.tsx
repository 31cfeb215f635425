import { ORGANISATION_ROLES, holdsAny } from '@pies/domain';
import { type SchemaAuditSummaryDto, type SchemaCycleDto, unwrap } from '@pies/api-client';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { AuditStatusTag } from '../status-tags';

/**
 * For agency leads and contributors: their own organisations' audits in this cycle (the list of
 * every organisation's audit is the board's).
 */
export function OwnAudits({ cycle }: { cycle: SchemaCycleDto }) {
  const me = useMe();
  const organisationIds = [
    ...new Set(
      me.memberships
        .filter((m) => holdsAny([m.role], ORGANISATION_ROLES))
        .map((m) => m.organisationId)
        .filter((id): id is string => Boolean(id)),
    ),
  ];
  const audits = useApiData(`own-audits:${cycle.id}:${organisationIds.join(',')}`, async () => {
    const lists = await Promise.all(
      organisationIds.map((organisationId) =>
        unwrap(
          api.GET('/api/organisations/{organisationId}/audits', {
            params: { path: { organisationId } },
          }),
        ).catch(() => [] as SchemaAuditSummaryDto[]),
      ),
    );
    return lists.flat().filter((a) => a.cycle.id === cycle.id);
  });
  if (organisationIds.length === 0 || !audits.data || audits.data.length === 0) return null;
  return (
    <section aria-labelledby="own-audits-heading">
      <h2 className="govuk-heading-m govuk-!-margin-top-6" id="own-audits-heading">
        {audits.data.length === 1 ? "Your organisation's audit" : "Your organisations' audits"}
      </h2>
      <ul className="govuk-list">
        {audits.data.map((a) => (
          <li key={a.id}>
            <Link className="govuk-link" to={`/audits/${a.id}`}>
              {a.organisation.name}
            </Link>{' '}
            <AuditStatusTag status={a.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
