import { useCallback, useEffect, useEffectEvent, useState } from 'react';

interface Loaded<T> {
  key: string;
  data?: T;
  error?: unknown;
}

export interface ApiData<T> {
  /** The data for the current key (undefined while loading or after an error). */
  data: T | undefined;
  /** The data of the previous key while the current one loads (keeps a list on screen). */
  previous: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a key (e.g. the path and query of a request): loads again when the key
 * changes, ignores answers to keys no longer current, and keeps the last data meanwhile.
 */
export function useApiData<T>(key: string, load: () => Promise<T>): ApiData<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [version, setVersion] = useState(0);
  const fullKey = `${version}:${key}`;
  const run = useEffectEvent(load);
  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setLoaded({ key: fullKey, data }),
      (error: unknown) => current && setLoaded({ key: fullKey, error }),
    );
    return () => {
      current = false;
    };
  }, [fullKey]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const isCurrent = loaded?.key === fullKey;
  return {
    data: isCurrent ? loaded.data : undefined,
    previous: loaded?.data,
    error: isCurrent ? loaded.error : undefined,
    loading: !isCurrent,
    reload,
  };
}
