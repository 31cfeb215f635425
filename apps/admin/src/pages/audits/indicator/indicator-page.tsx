import { unwrap } from '@pies/api-client';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../api/client';
import { useApiData } from '../../../api/use-api-data';
import { useMe } from '../../../auth/session';
import { BackLink } from '../../../components/back-link';
import { Loading, PageLayout } from '../../../components/page-layout';
import { ApiErrorPage, NotFoundPage } from '../../error-pages';
import {
  agencyRole,
  type AuditWithFramework,
  covers,
  indicatorsOf,
  isReadOnlyStatus,
  loadAudit,
} from '../audit-data';
import '../audits.scss';
import { IndicatorEditor } from './indicator-editor';

/** One indicator of the audit: the answer (autosaved), evidence and improvement actions. */
export function IndicatorPage() {
  const { auditId = '', code = '' } = useParams();
  const me = useMe();
  // Loaded again for each indicator, so its version is the latest when the page opens.
  const loaded = useApiData(`audit:${auditId}:${code}`, async () => ({
    ...(await loadAudit(auditId)),
    code,
  }));
  const assignments = useApiData(`assignments:${auditId}`, () =>
    unwrap(api.GET('/api/audits/{auditId}/assignments', { params: { path: { auditId } } })).catch(
      () => [],
    ),
  );
  // After a reload of the same indicator (a file added) the page stays; another one loads afresh.
  const same = loaded.previous?.code === code && loaded.previous.audit.id === auditId;
  const data = loaded.data ?? (same ? loaded.previous : undefined);
  if (loaded.error) return <ApiErrorPage error={loaded.error} />;
  if (!data || !assignments.data) return <Loading title={`Indicator ${code}`} />;
  return (
    <IndicatorLoaded
      key={`${auditId}:${code}`}
      data={data}
      code={code}
      role={agencyRole(me, data.audit.organisation.id)}
      assigned={assignments.data.some((a) => a.userId === me.id && covers(a, code))}
      reload={loaded.reload}
    />
  );
}

function IndicatorLoaded({
  data,
  code,
  role,
  assigned,
  reload,
}: {
  data: AuditWithFramework;
  code: string;
  role: 'lead' | 'contributor' | null;
  assigned: boolean;
  reload: () => void;
}) {
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const { audit, framework } = data;
  const entries = indicatorsOf(framework);
  const index = entries.findIndex((e) => e.indicator.code === code);
  if (index < 0) return <NotFoundPage />;
  const entry = entries[index];
  const readOnly = isReadOnlyStatus(audit.status);
  const editable = !readOnly && (role === 'lead' || (role === 'contributor' && assigned));
  const taskList = `/audits/${audit.id}`;
  return (
    <PageLayout
      title={`${code}: ${entry.standardTitle}`}
      width="full"
      backLink={<BackLink to={taskList}>Back to the task list</BackLink>}
    >
      <IndicatorEditor
        data={data}
        entry={entry}
        previous={entries[index - 1]}
        next={entries[index + 1]}
        editable={editable}
        readOnlyReason={
          readOnly
            ? `This audit has been ${audit.status}: it can no longer be changed.`
            : !editable
              ? role === 'contributor'
                ? 'This indicator is not assigned to you. Ask your agency lead if you need to answer it.'
                : 'You can read this audit but not change it.'
              : undefined
        }
        assigned={role === 'contributor' && assigned}
        leaving={leaving}
        onFilesChanged={reload}
        onLeave={async (flush, to, event) => {
          event?.preventDefault();
          setLeaving(true);
          const ok = await flush();
          setLeaving(false);
          if (ok) void navigate(to);
          return ok;
        }}
      />
    </PageLayout>
  );
}
