import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Me } from '../../auth/session';
import { Button } from '../../components';

/** Whether the person is a board member of the partnership: only they can be an audit's reviewer. */
export const onBoardOf = (me: Me, partnershipId: string) =>
  me.memberships.some((m) => m.partnershipId === partnershipId && m.role === 'board_member');

/** Sends one change of reviewer; `failed` until a later attempt works. */
function useReviewerChange(onDone: (heading: string) => void) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const change = async (send: () => Promise<unknown>, heading: string) => {
    setBusy(true);
    setFailed(false);
    try {
      await send();
      onDone(heading);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failed, change };
}

function Failed() {
  return (
    <p className="govuk-error-message" role="alert">
      <span className="govuk-visually-hidden">Error:</span> {t('reviewer.failed')}
    </p>
  );
}

/**
 * "Assign to me": the signed-in board member takes the audit's review. The button names the
 * organisation for screen readers, as a list of them would otherwise read alike.
 */
export function AssignToMe({
  auditId,
  userId,
  organisation,
  onDone,
  asLink = false,
}: {
  auditId: string;
  userId: string;
  organisation: string;
  onDone: (heading: string) => void;
  /** Reads as a link, for a line in a list (the review queue); a secondary button otherwise. */
  asLink?: boolean;
}) {
  const { busy, failed, change } = useReviewerChange(onDone);
  const assign = () =>
    change(
      () =>
        unwrap(
          api.PUT('/api/audits/{auditId}/reviewer', {
            params: { path: { auditId } },
            body: { userId },
          }),
        ),
      t('reviewer.assigned', { organisation }),
    );
  const props = {
    type: 'button' as const,
    disabled: busy,
    'aria-disabled': busy,
    onClick: () => void assign(),
    children: (
      <>
        {t('reviewer.assignToMe')}
        <span className="govuk-visually-hidden">: {organisation}</span>
      </>
    ),
  };
  return (
    <>
      {asLink ? (
        <button className="govuk-link app-link-button" {...props} />
      ) : (
        <Button variant="secondary" className="govuk-!-margin-bottom-0" {...props} />
      )}
      {failed && <Failed />}
    </>
  );
}

/** Leaves the audit with no reviewer (the board and its admins). */
export function Unassign({
  auditId,
  organisation,
  onDone,
}: {
  auditId: string;
  organisation: string;
  onDone: (heading: string) => void;
}) {
  const { busy, failed, change } = useReviewerChange(onDone);
  const unassign = () =>
    change(
      () => unwrap(api.DELETE('/api/audits/{auditId}/reviewer', { params: { path: { auditId } } })),
      t('reviewer.unassigned', { organisation }),
    );
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="govuk-!-margin-bottom-0"
        disabled={busy}
        aria-disabled={busy}
        onClick={() => void unassign()}
      >
        {t('reviewer.unassign')}
      </Button>
      {failed && <Failed />}
    </>
  );
}
