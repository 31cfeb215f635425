import { unwrap } from '@pies/api-client';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';

/** A cycle and, once it is loaded, its partnership (name and member count). */
export function useCycleAndPartnership(cycleId: string) {
  const cycle = useApiData(`cycle:${cycleId}`, () =>
    unwrap(api.GET('/api/cycles/{cycleId}', { params: { path: { cycleId } } })),
  );
  const partnershipId = cycle.data?.partnershipId ?? '';
  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    partnershipId
      ? unwrap(
          api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } }),
        )
      : Promise.resolve(null),
  );
  return { cycle, partnership };
}
