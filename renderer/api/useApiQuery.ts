// Fetches one channel's answer for the screen that shows it, and fetches again when main
// says (`data:changed`) that a table it reads from was written. Data stays in the component
// that shows it, never in a global store (ARCHITECTURE.md).
import { useCallback, useEffect, useState } from 'react';
import type { ChannelName, IpcError, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { api } from './client';
import { touches } from './tables';

export interface QueryState<T> {
  /** The last answer (kept while a refetch is under way, so lists do not flash). */
  data: T | undefined;
  error: IpcError | null;
  /** True until the answer for the current request and version has arrived. */
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  version: number;
  data: T | undefined;
  error: IpcError | null;
}

export function useApiQuery<C extends ChannelName>(
  channel: C,
  request: RequestOf<C>,
  tables: readonly string[],
): QueryState<ResponseOf<C>> {
  // The request by value: callers may pass a fresh object each render without refetching.
  const json = JSON.stringify(request);
  const key = `${channel} ${json}`;
  const tablesKey = tables.join(',');
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<ResponseOf<C>>>({ key: '', version: -1, data: undefined, error: null });

  useEffect(
    () =>
      api.subscribe('data:changed', (payload) => {
        if (touches(payload?.tables, tablesKey.split(','))) setVersion((v) => v + 1);
      }),
    [tablesKey],
  );

  useEffect(() => {
    let live = true;
    void api.invoke(channel, JSON.parse(json) as RequestOf<C>).then((result) => {
      if (!live) return;
      setSettled((prev) =>
        result.ok
          ? { key, version, data: result.value, error: null }
          : { key, version, data: prev.key === key ? prev.data : undefined, error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [channel, json, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    data: settled.data,
    error: settled.key === key ? settled.error : null,
    loading: settled.key !== key || settled.version !== version,
    reload,
  };
}
