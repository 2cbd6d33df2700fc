// Data for the tickets tests, through the real channels: a Premier service on AT&T (whose
// service-impacting ladder is assigned by default) and the agency's contacts for its levels.
import type { Locator } from '@playwright/test';
import Database from 'better-sqlite3';
import type { Host } from '../fixtures';
import type { TicketDetail } from '../../../shared/ipc/tickets';

export const LADDER = 'att-calnet3-service-impacting';

export async function attId(host: Host): Promise<number> {
  const att = (await host.value('contractors:list', {})).find((c) => c.name === 'AT&T');
  if (!att) throw new Error('AT&T is not among the seeded contractors');
  return att.id;
}

/** A Premier Converged VoIP service (TTR 4 h, Excessive Outage 8 h). */
export async function premierService(host: Host, circuitId = 'SAC-VOIP-0001', extra: Record<string, unknown> = {}): Promise<number> {
  const s = await host.value('services:create', {
    circuitId, contractorId: await attId(host), serviceType: 'converged-voip', tier: 'premier', tmrc: '1200.00', site: 'SAC-HQ',
    address: '1325 J St, Sacramento', ...extra,
  });
  return s.id;
}

export async function ladderContacts(host: Host): Promise<void> {
  const contractorId = await attId(host);
  await host.value('ladders:setContact', { contractorId, ladderId: LADDER, level: 1, name: 'Jordan Lee', phone: '916-555-0101', email: 'jordan.lee@example.com' });
  await host.value('ladders:setContact', { contractorId, ladderId: LADDER, level: 2, name: 'Casey Morgan', phone: '916-555-0102', email: 'casey.morgan@example.com' });
}

export async function openTicket(host: Host, serviceId: number, openedAt: string, extra: Record<string, unknown> = {}): Promise<TicketDetail> {
  return host.value('tickets:create', { serviceId, kind: 'repair', contractorTicket: 'ATT-5501', openedAt, description: 'No dial tone', ...extra });
}

/**
 * A form control by its label, whatever its kind. Required fields draw a "*" inside the label
 * (hidden from assistive technology), so match the accessible name, not the label's text.
 */
export function control(scope: Locator, label: string): Locator {
  const o = { name: label, exact: true };
  return scope.getByRole('textbox', o).or(scope.getByRole('combobox', o)).or(scope.getByRole('listbox', o)).or(scope.getByRole('searchbox', o));
}

/**
 * Many tickets at once, written straight into the host's data file (the channels would take
 * minutes for 100,000): ATT-000001 oldest … ATT-<n> newest, an hour apart, on 20 services;
 * all closed but the newest `open`.
 */
export async function bulkTickets(host: Host, n: number, open: number): Promise<void> {
  const contractorId = await attId(host);
  const rows = Array.from({ length: 20 }, (_, i) => ({
    circuitId: `BULK-${String(i + 1).padStart(2, '0')}`, contractorId, serviceType: 'converged-voip' as const, tier: 'premier' as const, tmrc: '100', site: `Site ${i + 1}`,
  }));
  await host.value('services:importCommit', { rows });
  const ids = (await host.value('services:list', { text: 'BULK-', limit: 100 })).rows.map((s) => s.id);
  const db = new Database(host.dataFile);
  try {
    db.pragma('busy_timeout = 10000');
    const now = new Date().toISOString();
    const insert = db.prepare(`INSERT INTO tickets (service_id, contractor_ticket, kind, severity, description, opened_at, start_at, restored_at, closed_at, created_at, updated_at)
      VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`);
    db.transaction(() => {
      for (let i = 1; i <= n; i++) {
        const start = new Date(Date.parse('2015-01-01T00:00:00Z') + i * 3_600_000).toISOString();
        const end = i > n - open ? null : new Date(Date.parse(start) + 7_200_000).toISOString();
        insert.run(ids[i % ids.length], `ATT-${String(i).padStart(6, '0')}`, i % 10 === 0 ? 'cat1' : 'repair', 'Bulk ticket', start, start, end, end, now, now);
      }
    })();
  } finally {
    db.close();
  }
}
