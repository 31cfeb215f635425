import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Me } from '../../auth/session';
import { Button } from '../../components';

/** Whether the person is a board member of the partnership: only they can be an audit's reviewer. */
export const onBoardOf = (me: Me, partnershipId: string) =>
  me.memberships.some((m) => m.partnershipId === partnershipId && m.role === 'board_member');

/**
 * "Assign to me": the signed-in board member takes the audit's review. The button names the
 * organisation for screen readers, as a list of them would otherwise read alike.
 */
export function AssignToMe({
  auditId,
  userId,
  organisation,
  onDone,
}: {
  auditId: string;
  userId: string;
  organisation: string;
  onDone: (heading: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const assign = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await unwrap(
        api.PUT('/api/audits/{auditId}/reviewer', {
          params: { path: { auditId } },
          body: { userId },
        }),
      );
      onDone(t('reviewer.assigned', { organisation }));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="govuk-!-margin-bottom-0"
        disabled={busy}
        aria-disabled={busy}
        onClick={() => void assign()}
      >
        {t('reviewer.assignToMe')}
        <span className="govuk-visually-hidden">: {organisation}</span>
      </Button>
      {failed && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {t('reviewer.failed')}
        </p>
      )}
    </>
  );
}
