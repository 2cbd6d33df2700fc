// The claim packet's words and figures, from claims:packet (pure, unit-tested). Every figure is
// the engine's as claimed: this only picks, orders and phrases them (ARCHITECTURE.md "The
// evaluation path"; no rule is recomputed here).
import { formatAgencyTime } from '../../../shared/calendar/agencyTime';
import type { ClaimLine, ClaimPacket, PacketSubject, PacketTicket } from '../../../shared/ipc/claims';
import type { StopClock, TicketEvent } from '../../../shared/ipc/tickets';
import { timelineTitle } from '../../tickets/model';
import { creditText, formatAmount, measureText, monthLabel, SLA_STATUS_LABELS } from '../../ui/slaText';

/** "Claim 12": how the packet names the claim (its number in the agency's data file). */
export function claimNumber(p: Pick<ClaimPacket, 'claim'>): string {
  return `Claim ${p.claim.id}`;
}

/**
 * The running header of every page after the cover, as a CSS string value (quoted, escaped) for
 * `@top-left { content: var(--packet-header) }`: agency · contractor · month · claim number.
 */
export function runningHeader(p: Pick<ClaimPacket, 'agency' | 'contractor' | 'claim'>): string {
  return [p.agency.name || 'Agency', p.contractor.name, monthLabel(p.claim.month), claimNumber(p)].join(' · ');
}

/** A text as a CSS string literal: "…" with quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** "November 23, 2026" from an agency date 'YYYY-MM-DD'. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = monthLabel(`${y}-${String(m).padStart(2, '0')}`).split(' ')[0];
  return `${month} ${d}, ${y}`;
}

/** An instant in agency time: "Oct 8, 2026, 7:30 AM PDT"; '—' for none. */
export function when(iso: string | null, zone: string): string {
  if (iso === null || iso === '') return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatAgencyTime(ms, zone);
}

export function money(dollars: number): string {
  return formatAmount(dollars);
}

/** The claim's lines included in the total, and those excluded with their reasons. */
export function splitLines(lines: readonly ClaimLine[]): { included: ClaimLine[]; excluded: ClaimLine[] } {
  return { included: lines.filter((l) => !l.excluded), excluded: lines.filter((l) => l.excluded) };
}

/** Dollars of the lines, summed in cents. */
export function sumOf(lines: readonly ClaimLine[]): number {
  return lines.reduce((s, l) => s + Math.round(l.result.credit.amount * 100), 0) / 100;
}

/** The subject as the engine's explain lines and the case file name it: "ticket 20", "order 5", "service SAC-HQ-VOIP-1005". */
export function caseFileName(r: ClaimLine['result']): string {
  if (r.ticketId !== null) return `ticket ${r.ticketId}`;
  if (r.orderId !== null) return `order ${r.orderId}`;
  if (r.site !== null && r.sla === 'site-survivability') return `site ${r.site}`;
  return `service ${r.circuitId ?? r.serviceId}`;
}

export interface SummaryRow {
  no: number;
  lineId: number;
  /** The contractor's ticket number or the order's reference ('—' for a monthly SLA's line). */
  reference: string;
  circuit: string;
  sla: string;
  clause: string;
  measure: string;
  objective: string;
  terms: string;
  amount: string;
  excluded: boolean;
  /** Why excluded (the ATR's reason), or ''. */
  reason: string;
  /** "Changed since submitted: now met, $0.00", or ''. */
  changed: string;
  /** The section it is explained in ("t20"). */
  subject: string;
}

function subjectOf(r: ClaimLine['result']): string {
  if (r.ticketId !== null) return `t${r.ticketId}`;
  if (r.orderId !== null) return `o${r.orderId}`;
  return `s${r.serviceId ?? 0}`;
}

export function changedText(l: ClaimLine): string {
  if (l.now === null) return '';
  if (l.now.status === 'gone') return 'Changed since submitted: the result is no longer in the data';
  const status = (SLA_STATUS_LABELS as Record<string, string>)[l.now.status] ?? l.now.status;
  const m = measureText({ measure: l.now.measure, objective: null, orderId: l.result.orderId }).measure;
  return `Changed since submitted: now ${status.toLowerCase()}${m ? ` (${m})` : ''}, ${money(l.now.amount)}`;
}

/** One row per line, numbered in the claim's order (the numbers the sections repeat). */
export function summaryRows(lines: readonly ClaimLine[]): SummaryRow[] {
  return lines.map((l, i) => {
    const r = l.result;
    const m = measureText(r);
    const c = creditText(r);
    return {
      no: i + 1,
      lineId: l.id,
      // A monthly SLA's line is about the service: its circuit is in the next column.
      reference: r.ticketId === null && r.orderId === null ? '—' : l.reference,
      circuit: r.circuitId ?? r.site ?? '',
      sla: r.title,
      clause: r.clause,
      measure: m.measure ?? '—',
      objective: m.objective ?? '—',
      terms: c.terms,
      amount: c.amount ?? '$0.00',
      excluded: l.excluded,
      reason: l.excludedReason,
      changed: changedText(l),
      subject: subjectOf(r),
    };
  });
}

/** The numbers of the summary (1-based) by line id, for the sections. */
export function lineNumbers(lines: readonly ClaimLine[]): Map<number, number> {
  return new Map(lines.map((l, i) => [l.id, i + 1]));
}

/** The section's heading: "Ticket ATT-810104", "Order SR-DEMO-0202", "Service SAC-HQ-VOIP-1005". */
export function subjectHeading(s: Pick<PacketSubject, 'kind' | 'reference' | 'service' | 'tickets'>): string {
  if (s.kind === 'ticket') return `Ticket ${s.tickets[0]?.ticket.contractorTicket || s.reference}`;
  if (s.kind === 'order') return `Order ${s.reference}`;
  if (s.service.serviceType === 'site-survivability') return `Site ${s.service.site || s.service.circuitId}`;
  return `Service ${s.service.circuitId}`;
}

export interface TimelineRow {
  id: number;
  at: string;
  what: string;
  who: string;
  detail: string;
  /** "Retracted Oct 9, 2026, 9:00 AM PDT by Demo ATR: typed on the wrong ticket", or ''. */
  retraction: string;
}

/** The ticket's timeline as printed: every line, a retracted one struck with who, when and why. */
export function timelineRows(events: readonly TicketEvent[], zone: string): TimelineRow[] {
  const corrections = new Set(events.filter((e) => e.correctsId !== null).map((e) => e.correctsId as number));
  return events.map((e) => {
    const parts = [e.detail, e.answer ? `“${e.answer}”` : ''].filter(Boolean);
    const retraction =
      e.retractedAt === null
        ? ''
        : `${corrections.has(e.id) ? 'Corrected' : 'Retracted'} ${when(e.retractedAt, zone)}${e.retractedBy ? ` by ${e.retractedBy}` : ''}: ${e.retractedReason}`;
    return { id: e.id, at: when(e.at, zone), what: timelineTitle(e), who: e.who, detail: parts.join(' '), retraction };
  });
}

export interface StopClockRow {
  id: number;
  code: string;
  title: string;
  /** "29.4.7 item 7". */
  item: string;
  from: string;
  to: string;
  window: string;
  note: string;
  /** "Voided … by …: reason" / "Retracted … by …: reason", or ''. */
  status: string;
  counts: boolean;
}

export function stopClockRows(stops: readonly StopClock[], conditions: ClaimPacket['conditions'], section: string, zone: string): StopClockRow[] {
  const lines = new Map(conditions.map((c) => [c.code, c.line]));
  return stops.map((s) => {
    const voided = s.voidedAt !== null ? `Voided ${when(s.voidedAt, zone)}${s.voidedBy ? ` by ${s.voidedBy}` : ''}: ${s.voidedReason}` : '';
    const retracted = s.retractedAt !== null ? `Retracted ${when(s.retractedAt, zone)}${s.retractedBy ? ` by ${s.retractedBy}` : ''}: ${s.retractedReason}` : '';
    const line = lines.get(s.code);
    return {
      id: s.id,
      code: s.code,
      title: s.title,
      item: line === undefined ? section : `${section} item ${line}`,
      from: when(s.startAt, zone),
      to: s.endAt === null ? 'still running' : when(s.endAt, zone),
      window: s.windowStart !== null && s.windowEnd !== null ? `${when(s.windowStart, zone)} – ${when(s.windowEnd, zone)}` : '',
      note: s.note,
      status: [voided, retracted].filter(Boolean).join(' · '),
      counts: s.voidedAt === null && s.retractedAt === null,
    };
  });
}

/** The ticket's key times as printed. */
export function ticketFacts(t: PacketTicket, zone: string): Array<[string, string]> {
  const k = t.ticket;
  const facts: Array<[string, string]> = [
    ['Contractor ticket', k.contractorTicket || '—'],
    ['Kind', k.kind],
    ['Severity', k.severity || '—'],
  ];
  if (k.alarmAt) facts.push(['Network alarm', when(k.alarmAt, zone)]);
  facts.push(['Opened', when(k.openedAt, zone)]);
  if (k.restoredAt) facts.push(['Restored (contractor)', when(k.restoredAt, zone)]);
  if (k.notRestoredAt) facts.push(['End-User reports not restored', when(k.notRestoredAt, zone)]);
  if (k.actualRestoredAt) facts.push(['Actual restoration', when(k.actualRestoredAt, zone)]);
  facts.push(['Closed', k.closedAt ? when(k.closedAt, zone) : 'open']);
  if (k.measuredMs !== null) facts.push(['Measured', `${k.measuredMs} ms`]);
  if (t.incident) facts.push(['Incident', [t.incident.reference, t.incident.category !== 'none' ? t.incident.category.toUpperCase() : ''].filter(Boolean).join(' · ')]);
  return facts;
}

/** The clauses a section's lines cite, with their text. */
export function clausesOf(lines: readonly ClaimLine[], clauses: ClaimPacket['clauses']): ClaimPacket['clauses'] {
  const cited = new Set(lines.map((l) => l.result.clause));
  return clauses.filter((c) => cited.has(c.clause));
}

/** The name the PDF is saved under: the case file's, with .pdf ("claim-12-ATT-2026-10.pdf"). */
export function pdfFileName(p: Pick<ClaimPacket, 'caseFile' | 'claim' | 'contractor'>): string {
  if (p.caseFile) return p.caseFile.fileName.replace(/\.case\.json$/, '.pdf');
  return `claim-${p.claim.id}-${p.contractor.name.replace(/[^A-Za-z0-9]+/g, '')}-${p.claim.month}-draft.pdf`;
}

/** What the ATR types to check the hash and recompute every figure, in the packet's last page. */
export function verifyCommands(fileName: string): { hash: string[]; recompute: string } {
  return {
    hash: [`sha256sum ${fileName}`, `shasum -a 256 ${fileName}`, `certutil -hashfile ${fileName} SHA256`],
    recompute: `npm run --silent sla -- evaluate ${fileName}`,
  };
}

/**
 * The steps the packet prints: what the claim went through since it was made. A call retracted
 * (entered in error, undone) is no step of the claim and is left out.
 */
export function packetSteps(events: ClaimPacket['events']): ClaimPacket['events'] {
  return events.filter((e) => e.kind !== 'created' && e.retractedAt === null);
}

/** The claim's steps as printed under the summary: "Submitted November 23, 2026 by E-mail to AT&T billing". */
export function eventText(e: ClaimPacket['events'][number]): string {
  const on = longDate(e.on);
  switch (e.kind) {
    case 'created':
      return `Prepared ${on}`;
    case 'submitted':
      return `Submitted ${on}${e.method ? ` by ${e.method}` : ''}${e.to ? ` to ${e.to}` : ''}${e.who ? ` (${e.who})` : ''}`;
    case 'acknowledged':
      return `Acknowledged ${on}${e.reference ? `, contractor's reference ${e.reference}` : ''}`;
    case 'credited':
      return `Credited ${on}: ${money(e.amount ?? 0)}${e.invoice ? ` on invoice ${e.invoice}` : ''}`;
    case 'denied':
      return `Denied ${on}: ${e.reason}`;
    case 'disputed':
      return `Disputed ${on}: ${e.reason}`;
    case 'escalated':
      return `Escalated ${on} to level ${e.level ?? '?'}${e.to ? ` (${e.to})` : ''}${e.answer ? `: “${e.answer}”` : ''}`;
    default:
      return `${e.kind} ${on}`;
  }
}
