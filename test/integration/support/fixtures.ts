// A service and a ticket on it, through the real channels.
import type { AppServices } from '../../../electron/services/app';
import type { Service } from '../../../shared/ipc/services';
import type { TicketDetail } from '../../../shared/ipc/tickets';
import { call } from './tempData';

export async function premierService(app: AppServices, overrides: Record<string, unknown> = {}): Promise<Service> {
  return call<Service>(app, 'services:create', {
    circuitId: 'CKT-1001', contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '1200', aduc: '35.50', site: 'SAC-HQ', ...overrides,
  });
}

export async function openTicket(app: AppServices, serviceId: number, openedAt: string, overrides: Record<string, unknown> = {}): Promise<TicketDetail> {
  return call<TicketDetail>(app, 'tickets:create', { serviceId, kind: 'repair', contractorTicket: 'ATT-1', openedAt, description: 'No dial tone', ...overrides });
}
