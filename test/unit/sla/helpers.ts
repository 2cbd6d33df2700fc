// Builders for small case files. Times are written as agency wall-clock strings with their
// offset so each test's arithmetic can be checked by hand.
import type { CaseFile, CaseService, CaseTicket } from '../../../shared/case/types';
import { validateCase } from '../../../shared/case/validate';
import { evaluateCase } from '../../../shared/sla';
import type { Report, SlaResult } from '../../../shared/sla';

/** A Premier Converged VoIP service: TMRC $1,200.00, ADUC $35.50, installation fee $250.00. */
export function voip(over: Partial<CaseService> = {}): CaseService {
  return { id: 'CKT-1', type: 'converged-voip', tier: 'premier', tmrc: 1200, aduc: 35.5, installFee: 250, site: 'SAC-HQ', ...over };
}

export function ticket(over: Partial<CaseTicket> & Pick<CaseTicket, 'openedAt'>): CaseTicket {
  return { id: 'T-1', serviceId: 'CKT-1', kind: 'repair', ...over };
}

/** October 2026 is PDT (-07:00) throughout; November switches to PST (-08:00) on the 1st at 02:00. */
export function oct(dayTime: string): string {
  return `2026-10-${dayTime}-07:00`;
}

export function caseFile(over: Partial<CaseFile> = {}): CaseFile {
  return { month: '2026-10', services: [voip()], tickets: [], ...over };
}

/** Validates (the test fails on any problem) and evaluates. */
export function evaluate(c: CaseFile): Report {
  const v = validateCase(JSON.parse(JSON.stringify(c)));
  if (!v.ok) throw new Error(`invalid test case: ${JSON.stringify(v.problems)}`);
  return evaluateCase(v.value);
}

export function find(report: Report, sla: string, key: { ticketId?: string; serviceId?: string; orderId?: string; site?: string } = {}): SlaResult {
  const r = report.results.find(
    (x) =>
      x.sla === sla &&
      (key.ticketId === undefined || x.ticketId === key.ticketId) &&
      (key.serviceId === undefined || x.serviceId === key.serviceId) &&
      (key.orderId === undefined || x.orderId === key.orderId) &&
      (key.site === undefined || x.site === key.site),
  );
  if (!r) throw new Error(`no ${sla} result for ${JSON.stringify(key)} in ${JSON.stringify(report.results.map((x) => [x.sla, x.ticketId, x.serviceId]))}`);
  return r;
}

export function all(report: Report, sla: string): SlaResult[] {
  return report.results.filter((x) => x.sla === sla);
}
