import { holdsAny, ORGANISATION_ROLES, ROLE_LABELS } from '@pies/domain';
import { Link } from 'react-router';
import { destinationOf, type Membership } from '../auth/access';
import { useMe } from '../auth/session';
import { PageLayout, SummaryCard, SummaryList, type SummaryRow } from '../components';
import { AgencyHome } from './audits/agency-home';
import { AttentionSection } from './attention/attention-section';

const ROLE_HELP: Record<Membership['role'], string> = {
  platform_admin: 'Set up partnerships and their administrators.',
  partnership_admin: 'Manage the organisations, people and audit cycles of the partnership.',
  board_member: 'Read submitted audits across the partnership, challenge and accept them.',
  agency_lead: "Complete your organisation's audit with colleagues and submit it to the board.",
  agency_contributor: 'Answer the audit indicators your agency lead assigns to you.',
};

function rowsFor(m: Membership): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (m.partnershipName) rows.push({ key: 'Partnership', value: m.partnershipName });
  if (m.organisationName) rows.push({ key: 'Organisation', value: m.organisationName });
  rows.push({ key: 'What you can do', value: ROLE_HELP[m.role] });
  return rows;
}

export function HomePage() {
  const me = useMe();
  // Leads and contributors also see their organisation's audits (each organisation once).
  const agencies = [
    ...new Map(
      me.memberships
        .filter((m) => holdsAny([m.role], ORGANISATION_ROLES) && m.organisationId)
        .map((m) => [m.organisationId!, m.organisationName ?? 'Your organisation']),
    ),
  ];
  return (
    <PageLayout title="Home">
      <span className="govuk-caption-l">{me.name}</span>
      <AttentionSection />
      <h2 className="govuk-heading-l govuk-!-margin-top-8">Your roles</h2>
      {me.memberships.length === 0 ? (
        <p className="govuk-body">
          You do not have a role in any partnership or organisation yet. Ask your partnership's
          business unit to add you.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            You have {me.memberships.length === 1 ? 'this role' : 'these roles'} in PIES Audit.
          </p>
          {me.memberships.map((m) => {
            const d = destinationOf(m);
            return (
              <SummaryCard
                key={m.id}
                title={ROLE_LABELS[m.role]}
                actions={
                  d && (
                    <Link className="govuk-link" to={d.to}>
                      Go to {m.role === 'platform_admin' ? 'partnerships' : d.label}
                    </Link>
                  )
                }
              >
                <SummaryList rows={rowsFor(m)} />
              </SummaryCard>
            );
          })}
        </>
      )}
      {agencies.map(([id, name]) => (
        <AgencyHome key={id} organisationId={id} organisationName={name} />
      ))}
    </PageLayout>
  );
}
