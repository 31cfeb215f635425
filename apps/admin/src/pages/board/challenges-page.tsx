import { ORGANISATION_ROLES, PARTNERSHIP_ROLES, holdsAny } from '@pies/domain';
import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Link } from 'react-router';
import { rolesOverOrganisation } from '../../auth/access';
import { useMe } from '../../auth/session';
import { BackLink, Loading, PageLayout } from '../../components';
import { FlashBanner, withFlash } from '../flash';
import { formatCount } from '../format';
import { AuditErrorPage } from './audit-access';
import { ChallengeThread } from './challenge-thread';
import { useAuditReview } from './use-audit-review';
import { useFormErrorFlags } from './use-form-errors';
import './board.scss';

/** Every challenge on an audit with its thread; the agency replies, the board replies and resolves. */
export function ChallengesPage() {
  const { auditId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const review = useAuditReview(auditId);
  const errors = useFormErrorFlags();
  const loaded = Boolean(review.challenges.data && review.framework.data);
  useEffect(() => {
    // Arrived from a link to one challenge (the dashboards): show it once the page has loaded.
    if (!loaded || !location.hash.startsWith('#challenge-')) return;
    const heading = document.getElementById(`${location.hash.slice(1)}-title`);
    heading?.scrollIntoView();
    heading?.focus({ preventScroll: true });
  }, [loaded, location.hash]);
  if (review.error) return <AuditErrorPage error={review.error} />;
  const audit = review.audit.data;
  const fw = review.framework.data;
  const challenges = review.challenges.data;
  if (!audit || !fw || !challenges) return <Loading title="Challenges" />;

  const roles = rolesOverOrganisation(me, {
    id: audit.organisation.id,
    partnershipIds: [audit.cycle.partnershipId],
  });
  const isBoard = holdsAny(roles, PARTNERSHIP_ROLES);
  const isAgency = holdsAny(roles, ORGANISATION_ROLES);
  const statements = new Map(
    fw.definition.areas.flatMap((a) =>
      a.standards.flatMap((s) => s.indicators.map((i) => [i.code, i.statement] as const)),
    ),
  );
  const titleOf = (code: string | null | undefined) =>
    code ? `Indicator ${code}` : 'The whole audit';
  const open = challenges.filter((c) => c.status === 'open');
  const ordered = [...open, ...challenges.filter((c) => c.status !== 'open')];
  const back = isBoard ? (
    <BackLink to={`/audits/${audit.id}/review`}>Review the audit</BackLink>
  ) : (
    <BackLink to={`/audits/${audit.id}`}>Your audit</BackLink>
  );

  return (
    <PageLayout
      title={`Challenges: ${audit.organisation.name}`}
      hasError={errors.hasError}
      backLink={back}
    >
      <FlashBanner />
      <span className="govuk-caption-l">
        {audit.organisation.name}, {audit.cycle.name}
      </span>
      <h1 className="govuk-heading-l">Challenges</h1>
      <p className="govuk-body">
        {challenges.length === 0
          ? 'The board has not raised any challenge on this audit.'
          : `${open.length === 0 ? 'No open challenges' : formatCount(open.length, 'open challenge')}; ${challenges.length - open.length} resolved. `}
        {isAgency &&
          open.length > 0 &&
          'Reply to each open challenge; the board resolves it when it is satisfied.'}
      </p>
      {isBoard && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/audits/${audit.id}/review#raise-challenge`}>
            Raise another challenge
          </Link>
        </p>
      )}
      {ordered.map((c) => (
        <ChallengeThread
          key={c.id}
          challenge={c}
          title={titleOf(c.indicatorCode)}
          statement={c.indicatorCode ? statements.get(c.indicatorCode) : undefined}
          canReply={isAgency || isBoard}
          canResolve={isBoard}
          onErrors={errors.report}
          onChanged={(heading) => {
            navigate(location.pathname, withFlash({ heading }));
            review.reload();
          }}
        />
      ))}
    </PageLayout>
  );
}
