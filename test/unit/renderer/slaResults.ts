// A result as the sla:* channels return it (shared/ipc/sla.ts), for the renderer's view-model tests.
import type { SlaResultRow } from '../../../shared/ipc/sla';

export function result(over: Partial<SlaResultRow> = {}): SlaResultRow {
  return {
    key: 'time-to-repair:ticket:1',
    sla: 'time-to-repair',
    title: 'Time to Repair (TTR)',
    clause: '29.4.8.11',
    catalogId: 'calnet3-converged-voip',
    month: '2026-10',
    serviceId: 1,
    circuitId: 'SAC-HQ-VOIP-1001',
    contractorId: 1,
    site: 'SAC-HQ',
    ticketId: 1,
    orderId: null,
    reference: 'ATT-810105',
    applicable: true,
    met: false,
    status: 'missed',
    measure: { minutes: 540 },
    objective: { minutes: 240 },
    consecutiveMisses: null,
    credit: { tmrcPercent: 25, aducDays: 0, installFeePercent: 0, amount: 300 },
    remedy: null,
    awaiting: null,
    explain: [],
    ...over,
  };
}
