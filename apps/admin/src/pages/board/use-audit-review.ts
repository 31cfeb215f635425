import { unwrap } from '@pies/api-client';
import type { FrameworkDefinition } from '@pies/framework';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';

/** An audit with everything the board's review shows: framework, scores, actions, challenges, what changed since it was returned. */
export function useAuditReview(auditId: string) {
  const audit = useApiData(`audit:${auditId}`, () =>
    unwrap(api.GET('/api/audits/{auditId}', { params: { path: { auditId } } })),
  );
  const cycleId = audit.data?.cycle.id;
  const framework = useApiData(`audit-framework:${cycleId ?? ''}`, async () => {
    if (!cycleId) return null;
    const cycle = await unwrap(api.GET('/api/cycles/{cycleId}', { params: { path: { cycleId } } }));
    const version = await unwrap(
      api.GET('/api/frameworks/{frameworkId}/versions/{version}', {
        params: { path: { frameworkId: cycle.frameworkId, version: cycle.frameworkVersion } },
      }),
    );
    return { cycle, definition: version.definition as unknown as FrameworkDefinition };
  });
  const ready = Boolean(audit.data);
  const actions = useApiData(`audit-actions:${auditId}:${ready}`, () =>
    ready
      ? unwrap(api.GET('/api/audits/{auditId}/actions', { params: { path: { auditId } } }))
      : Promise.resolve(null),
  );
  const challenges = useApiData(`audit-challenges:${auditId}:${ready}`, () =>
    ready
      ? unwrap(api.GET('/api/audits/{auditId}/challenges', { params: { path: { auditId } } }))
      : Promise.resolve(null),
  );
  const changes = useApiData(`audit-changes:${auditId}:${ready}`, () =>
    ready
      ? unwrap(
          api.GET('/api/audits/{auditId}/changes-since-return', {
            params: { path: { auditId } },
          }),
        )
      : Promise.resolve(null),
  );
  return {
    audit,
    changes,
    framework,
    actions,
    challenges,
    score: audit.data?.score,
    // What changed is the board's (403 for the agency): its failure leaves the rest of the review.
    error: audit.error ?? framework.error ?? actions.error ?? challenges.error,
    reload: () => {
      audit.reload();
      challenges.reload();
    },
  };
}
