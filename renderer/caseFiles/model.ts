// Pure helpers of case files in the UI: what the preview says, which rows to draw, how a file is
// saved in browser mode.
import type { CaseImportCounts, CaseImportResult, CaseImportRow } from '../../shared/ipc/caseFiles';
import { MAX_CASE_BYTES } from '../../shared/ipc/caseFiles';

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "2 new services, 1 matched; 1 ticket, 2 stop clocks; 1 order; 1 usage event; 1 history month" */
export function countsSummary(c: CaseImportCounts): string {
  const parts: string[] = [];
  const services = [c.servicesNew ? n(c.servicesNew, 'new service') : '', c.servicesMatched ? `${n(c.servicesMatched, 'service')} already on file` : ''].filter(Boolean);
  if (services.length) parts.push(services.join(', '));
  const tickets = [c.tickets ? n(c.tickets, 'ticket') : '', c.stopClocks ? n(c.stopClocks, 'stop clock') : '', c.notices ? n(c.notices, 'notice') : '', c.incidents ? n(c.incidents, 'incident') : ''].filter(Boolean);
  if (tickets.length) parts.push(tickets.join(', '));
  if (c.orders) parts.push(n(c.orders, 'order'));
  if (c.usage) parts.push(n(c.usage, 'usage event'));
  if (c.history) parts.push(n(c.history, 'month', 'months') + ' of SLA history');
  return parts.length ? parts.join('; ') : 'nothing';
}

/** Problems about the file as a whole (its JSON, month, time zone...), not one record. */
export function fileProblems(result: CaseImportResult): CaseImportResult['problems'] {
  const onRows = new Set(result.rows.flatMap((r) => r.problems.map((p) => p.line)));
  return result.problems.filter((p) => !onRows.has(p.line));
}

export const ROW_KIND_LABELS: Record<CaseImportRow['kind'], string> = {
  service: 'Service',
  ticket: 'Ticket',
  order: 'Order',
  usage: 'Survivability usage',
  history: 'SLA history',
};

/** Rows to draw: problems first if asked, capped so a large case stays responsive. */
export const PREVIEW_LIMIT = 500;
export function previewRows(rows: readonly CaseImportRow[], onlyProblems: boolean): { shown: CaseImportRow[]; hidden: number } {
  const pool = onlyProblems ? rows.filter((r) => r.problems.length > 0) : rows;
  return { shown: pool.slice(0, PREVIEW_LIMIT), hidden: Math.max(0, pool.length - PREVIEW_LIMIT) };
}

/** A problem with the picked file before anything is sent, or null. */
export function pickedFileProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_CASE_BYTES) return `${file.name} is larger than 5 MB; a case file is one month of one contractor.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}

/** Saves text as a file through a Blob link (browser mode; the desktop shell's downloads do the same). */
export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
