// The demo's sample files for reconciliation (issue 13), made from the demo agency's own record
// and the recipe in resources/demo/reconcile-samples.json:
//   - AT&T's trouble-ticket history of the demo month: every AT&T ticket of our record that
//     started in it, in AT&T's column order and date format (one row per stop clock), with an
//     ACCESS stop clock we do not have (it flips Time to Repair: $300.00), a "no trouble found"
//     stop clock (never allowed, 29.4.7) and a ticket our record lacks;
//   - a Verizon invoice crediting the demo's unanswered Verizon claim in part (the Excessive
//     Outage line, $1,200.00 of $1,555.00; the Time to Repair line left out) and a line credited
//     without a claim.
// The demo writes them beside its data file (writeDemoSamples) so a new user can try them.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import samples from '../../../resources/demo/reconcile-samples.json';
import { formatWallDate, formatWallTime, parseWallTime } from '../../../shared/calendar/textDates';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import { invoiceMappingSchema, ticketMappingSchema, type InvoiceMapping, type TicketMapping } from '../../../shared/ipc/reconcile';
import { DURATION_UNITS, INVOICE_FIELDS, TICKET_FIELDS } from '../../../shared/reconcile/types';
import { loadCatalog, objectiveMs } from '../../../shared/sla/catalog';
import type { Db } from '../db/open';
import { readContractorTicketRows } from '../evaluation/rows';
import { agencyDate, agencyZone } from '../evaluation/zone';
import { contractorIdsByName } from '../repositories/agency';
import { demoMonth } from './month';

const why = z.string().min(1);
const recipeSchema = z.object({
  report: z.object({
    contractor: z.string().min(1),
    fileName: z.string().min(1),
    timeZone: z.string().min(1),
    dateFormat: z.string().min(1),
    columns: z.partialRecord(z.enum(TICKET_FIELDS), z.string()),
    header: z.array(z.string().min(1)).min(3),
    durationUnit: z.enum(DURATION_UNITS),
    addStopClocks: z.array(z.object({ ticket: z.string(), code: z.string(), offsetMinutes: z.number().int(), minutes: z.number().int().positive(), why })),
    extraTickets: z.array(z.object({ ticket: z.string(), circuitId: z.string(), day: z.number().int().min(1).max(28), time: z.string().regex(/^\d\d:\d\d$/), minutes: z.number().int().positive(), why })),
  }),
  invoice: z.object({
    contractor: z.string().min(1),
    fileName: z.string().min(1),
    invoiceNumber: z.string().min(1),
    daysBeforeNow: z.number().int().min(0),
    dateFormat: z.string().min(1),
    columns: z.partialRecord(z.enum(INVOICE_FIELDS), z.string()),
    header: z.array(z.string().min(1)).min(4),
    lines: z.array(z.object({ circuitId: z.string(), description: z.string(), amount: z.string(), why })).min(1),
  }),
});

const recipe = recipeSchema.parse(samples);

/** The mapping an ATR enters for the demo's AT&T report (what the screens and tests map it with). */
export function demoReportMapping(): TicketMapping {
  const r = recipe.report;
  return ticketMappingSchema.parse({
    columns: Object.fromEntries(TICKET_FIELDS.map((f) => [f, r.columns[f] ?? ''])),
    timeZone: r.timeZone,
    dateFormat: r.dateFormat,
    durationUnit: r.durationUnit,
    verdictSla: 'time-to-repair',
  });
}

/** The mapping an ATR enters for the demo's Verizon invoice. */
export function demoInvoiceMapping(): InvoiceMapping {
  const i = recipe.invoice;
  return invoiceMappingSchema.parse({ columns: Object.fromEntries(INVOICE_FIELDS.map((f) => [f, i.columns[f] ?? ''])), dateFormat: i.dateFormat });
}

export interface SampleFile {
  fileName: string;
  text: string;
}

const MIN = 60_000;

/** "2:10" from minutes. */
const hMm = (minutes: number) => `${Math.floor(minutes / 60)}:${String(Math.round(minutes % 60)).padStart(2, '0')}`;

function contractorId(db: Db, name: string): number {
  const id = contractorIdsByName(db).get(name.toLowerCase());
  if (id === undefined) throw new Error(`demo samples: no contractor ${name}`);
  return id;
}

/** AT&T's record of the demo month, as its reporting tool would export it. */
export function demoReport(db: Db, nowMs: number): SampleFile {
  const r = recipe.report;
  const zone = agencyZone(db);
  const clock = ZoneClock.of(zone);
  const month = demoMonth(nowMs);
  const rows = readContractorTicketRows(db, contractorId(db, r.contractor), month, month, zone);
  const services = new Map(rows.services.map((s) => [s.id, s]));
  const catalog = loadCatalog();
  const ttr = catalog.sla('time-to-repair')!;
  const at = (ms: number | null) => (ms === null ? '' : formatWallTime(ms, r.dateFormat, r.timeZone));
  const col = (field: keyof typeof r.columns) => r.columns[field]!;

  interface Ticket { number: string; circuitId: string; tier: string; measured: boolean; openedMs: number; alarmMs: number | null; restoredMs: number | null; closedMs: number | null; stops: Array<{ code: string; startMs: number; endMs: number }> }
  const tickets: Ticket[] = [];
  for (const t of rows.tickets) {
    const svc = services.get(t.serviceId);
    const opened = t.openedAtMs as number;
    const alarm = t.alarmAtMs as number | null;
    const start = alarm !== null && alarm < opened ? alarm : opened;
    if (!svc || clock.monthOf(start) !== month) continue;
    const stops = rows.stopClocks
      .filter((s) => s.ticketId === t.id && s.voided === 0 && s.endMs !== null)
      .map((s) => ({ code: s.code, startMs: s.startMs as number, endMs: s.endMs as number }));
    tickets.push({
      number: t.reference, circuitId: svc.circuitId, tier: svc.tier ?? '', measured: catalog.ticketKind(t.kind)?.measured ?? false,
      openedMs: opened, alarmMs: alarm, restoredMs: (t.actualRestoredAtMs ?? t.restoredAtMs) as number | null, closedMs: t.closedAtMs as number | null, stops,
    });
  }
  for (const add of r.addStopClocks) {
    const t = tickets.find((x) => x.number === add.ticket);
    if (!t) continue; // a demo made before the ticket's day: nothing to change
    const start = t.alarmMs !== null && t.alarmMs < t.openedMs ? t.alarmMs : t.openedMs;
    t.stops.push({ code: add.code, startMs: start + add.offsetMinutes * MIN, endMs: start + (add.offsetMinutes + add.minutes) * MIN });
  }
  for (const x of r.extraTickets) {
    const svc = rows.services.find((s) => s.circuitId === x.circuitId);
    const openedMs = parseWallTime(`${month}-${String(x.day).padStart(2, '0')} ${x.time}`, 'yyyy-MM-dd HH:mm', zone);
    if (!svc || openedMs === null || openedMs + x.minutes * MIN > nowMs) continue;
    tickets.push({ number: x.ticket, circuitId: x.circuitId, tier: svc.tier ?? '', measured: false, openedMs, alarmMs: null, restoredMs: openedMs + x.minutes * MIN, closedMs: openedMs + (x.minutes + 60) * MIN, stops: [] });
  }
  tickets.sort((a, b) => a.openedMs - b.openedMs || a.number.localeCompare(b.number));

  const data: string[][] = [];
  for (const t of tickets) {
    const start = t.alarmMs !== null && t.alarmMs < t.openedMs ? t.alarmMs : t.openedMs;
    // Their tool's own arithmetic: the elapsed time less every stop clock it holds, allowed or not.
    const minutes = t.restoredMs === null ? null : (t.restoredMs - start - t.stops.reduce((s, x) => s + (x.endMs - x.startMs), 0)) / MIN;
    const objective = objectiveMs(ttr, t.tier as 'premier');
    const met = t.measured || minutes === null || objective === null ? '' : minutes * MIN <= objective ? 'Y' : 'N';
    const cells = (stop: Ticket['stops'][number] | null): Record<string, string> => ({
      [col('ticketNumber')]: t.number, [col('circuitId')]: t.circuitId, [col('openedAt')]: at(t.openedMs), [col('alarmAt')]: at(t.alarmMs),
      [col('restoredAt')]: at(t.restoredMs), [col('closedAt')]: at(t.closedMs),
      [col('stopClockCode')]: stop?.code ?? '', [col('stopClockStart')]: stop ? at(stop.startMs) : '', [col('stopClockEnd')]: stop ? at(stop.endMs) : '',
      [col('outageDuration')]: t.measured || minutes === null ? '' : hMm(minutes), [col('slaVerdict')]: met,
    });
    for (const c of t.stops.length ? t.stops : [null]) {
      const row = cells(c);
      data.push(r.header.map((h) => row[h] ?? ''));
    }
  }
  return { fileName: r.fileName.replace('{month}', month), text: `${Papa.unparse({ fields: r.header, data })}\r\n` };
}

/** Verizon's invoice crediting the demo's unanswered claim in part. */
export function demoInvoice(db: Db, nowMs: number): SampleFile {
  const i = recipe.invoice;
  const date = agencyDate(db, nowMs - i.daysBeforeNow * 24 * 60 * MIN);
  const number = i.invoiceNumber.replace('{yyyymm}', date.slice(0, 7).replace('-', ''));
  const row: Record<string, string> = {};
  const data = i.lines.map((l) => {
    row[i.columns.invoiceNumber!] = number;
    row[i.columns.invoiceDate!] = formatWallDate(date, i.dateFormat);
    row[i.columns.circuitId!] = l.circuitId;
    row[i.columns.description!] = l.description;
    row[i.columns.amount!] = l.amount;
    return i.header.map((h) => row[h] ?? '');
  });
  return { fileName: i.fileName.replace('{invoice}', number), text: `${Papa.unparse({ fields: i.header, data })}\r\n` };
}

/** Where the demo's sample files are written: a folder beside the demo's data file. */
export function demoSamplesFolder(dataFile: string): string {
  return path.join(path.dirname(dataFile), `${path.basename(dataFile, path.extname(dataFile))}-samples`);
}

/** Writes the sample files beside the demo's data file (replacing earlier ones); returns their paths. */
export function writeDemoSamples(db: Db, dataFile: string, nowMs: number): string[] {
  const dir = demoSamplesFolder(dataFile);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return [demoReport(db, nowMs), demoInvoice(db, nowMs)].map((f) => {
    const file = path.join(dir, f.fileName);
    fs.writeFileSync(file, f.text, 'utf8');
    return file;
  });
}
