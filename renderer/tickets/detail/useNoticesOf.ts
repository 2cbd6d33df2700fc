// The contractor's notices of several tickets at once (a ticket and the other tickets of its
// incident: 29.4.8.9 notices to CALNET are about the outage, so the engine pools an incident's
// notices for each of its tickets). Fetched again when notices, tickets or incidents are written.
import { useCallback, useEffect, useState } from 'react';
import type { IpcError } from '../../../shared/ipc/contract';
import type { ContractorNotice } from '../../../shared/ipc/sla';
import { api } from '../../api/client';
import { touches } from '../../api/tables';

const TABLES = ['ticket_notices', 'tickets', 'incidents'];

interface State {
  key: string;
  data: ContractorNotice[] | undefined;
  error: IpcError | null;
}

export function useNoticesOf(ticketIds: readonly number[]): { data: ContractorNotice[] | undefined; error: IpcError | null; reload: () => void } {
  const key = [...ticketIds].sort((a, b) => a - b).join(',');
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<State>({ key: '', data: undefined, error: null });

  useEffect(() => api.subscribe('data:changed', (payload) => {
    if (touches(payload?.tables, TABLES)) setVersion((v) => v + 1);
  }), []);

  useEffect(() => {
    let live = true;
    const ids = key.split(',').filter(Boolean).map(Number);
    void Promise.all(ids.map((ticketId) => api.invoke('notices:list', { ticketId }))).then((results) => {
      if (!live) return;
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) return setState((s) => ({ key, data: s.key === key ? s.data : undefined, error: failed.error }));
      const all = results.flatMap((r) => (r.ok ? r.value : []));
      all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
      setState({ key, data: all, error: null });
    });
    return () => {
      live = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.key === key ? state.data : undefined, error: state.key === key ? state.error : null, reload };
}
