import { unwrap } from '@pies/api-client';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';

/**
 * One SSO configuration, for a platform admin (from the list: the API has no route for one); null
 * when there is none with that id, or no id, or the person is not a platform admin.
 */
export const useSsoConfiguration = (id: string | undefined, platform: boolean) =>
  useApiData(`sso-edit:${id ?? 'new'}`, () =>
    id && platform
      ? unwrap(api.GET('/api/sso-configurations')).then(
          (all) => all.find((c) => c.id === id) ?? null,
        )
      : Promise.resolve(null),
  );
