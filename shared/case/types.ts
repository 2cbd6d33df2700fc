// The case file of CASE_FORMAT.md as TypeScript types (what validateCase returns). Instants are
// ISO-8601 text with an offset; money is dollars. Optional fields may be absent (a `null` in
// the JSON is read as absent).

export interface CaseStopClock {
  code: string;
  start: string;
  end: string;
  voided?: boolean | undefined;
  /** The scheduled maintenance window (MAINTENANCE). */
  window?: { start: string; end: string } | undefined;
  note?: string | undefined;
}

export interface CaseService {
  id: string;
  type: string;
  tier: 'basic' | 'standard' | 'premier';
  tmrc: number;
  aduc?: number | undefined;
  installFee?: number | undefined;
  site?: string | undefined;
}

export interface CaseTicket {
  id: string;
  serviceId: string;
  kind: 'repair' | 'cat1' | 'cat2' | 'cat3' | 'delay' | 'jitter';
  incidentId?: string | undefined;
  alarmAt?: string | undefined;
  openedAt: string;
  restoredAt?: string | undefined;
  actualRestoredAt?: string | undefined;
  closedAt?: string | undefined;
  measuredMs?: number | undefined;
  notices?: string[] | undefined;
  stopClocks?: CaseStopClock[] | undefined;
}

export interface CaseOrder {
  id: string;
  serviceId: string;
  orderedAt: string;
  /** The negotiated due date: 'YYYY-MM-DD' (agency date) or an instant, of which only the agency date counts. */
  dueAt?: string | undefined;
  completedAt?: string | undefined;
  stopClocks?: CaseStopClock[] | undefined;
}

export interface CaseUsage {
  site: string;
  start: string;
  end: string;
}

export interface CaseHistory {
  sla: string;
  serviceId?: string | undefined;
  site?: string | undefined;
  month: string;
  met: boolean;
}

export interface CaseFile {
  timeZone?: string | undefined;
  catalog?: string | undefined;
  month: string;
  asOf?: string | undefined;
  services: CaseService[];
  tickets?: CaseTicket[] | undefined;
  orders?: CaseOrder[] | undefined;
  survivability?: CaseUsage[] | undefined;
  history?: CaseHistory[] | undefined;
}
