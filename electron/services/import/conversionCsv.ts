// CSV of a conversion's items (papaparse, RFC 4180 quoting). The import reads the old inventory
// (one row per CALNET 2 service), maps the columns, validates each row exactly as the item form
// would and reports each problem with the column it is about; nothing is written here: the user
// confirms the valid rows, which then go through conversion:importCommit. The export writes the
// same columns first (so an export reads back in), then what the steps recorded.
import Papa from 'papaparse';
import { DECISION_LABELS, FORM20_LABELS, STATUS_LABELS, UNDECIDED_LABEL } from '../../../shared/conversion/types';
import { itemDraftSchema, type ItemImportRow } from '../../../shared/ipc/conversion';
import { centsToDollars } from '../../../shared/money';
import type { Db } from '../db/open';
import { contractorIdsByName } from '../repositories/agency';
import * as repo from '../repositories/conversion';
import { projectDetail } from '../conversion';
import { csvPreview, readCsvTable, type CsvPreview } from './csvTable';

const COLUMNS = [
  'old_circuit_id', 'incumbent_contractor', 'incumbent_service', 'site', 'old_tmrc', 'target_contractor', 'target_service',
  'new_circuit_id', 'preferred_timeframe', 'scheduled_on', 'disconnect_notice_on', 'notes',
] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['old_circuit_id', 'incumbent_contractor', 'incumbent_service'];

const ALIASES: Record<string, Column> = {
  old_circuit_id: 'old_circuit_id', circuit_id: 'old_circuit_id', circuit: 'old_circuit_id', service_id: 'old_circuit_id', old_service_id: 'old_circuit_id',
  circuit_id_or_service_id: 'old_circuit_id', incumbent_contractor: 'incumbent_contractor', incumbent: 'incumbent_contractor', contractor: 'incumbent_contractor',
  carrier: 'incumbent_contractor', incumbent_service: 'incumbent_service', service: 'incumbent_service', service_description: 'incumbent_service',
  description: 'incumbent_service', site: 'site', old_tmrc: 'old_tmrc', tmrc: 'old_tmrc', target_contractor: 'target_contractor',
  target_service: 'target_service', new_circuit_id: 'new_circuit_id', preferred_timeframe: 'preferred_timeframe', timeframe: 'preferred_timeframe',
  scheduled_on: 'scheduled_on', scheduled: 'scheduled_on', scheduled_date: 'scheduled_on', disconnect_notice_on: 'disconnect_notice_on',
  disconnect_notice: 'disconnect_notice_on', notes: 'notes', note: 'notes',
};

const COLUMN_OF_FIELD: Record<string, Column> = {
  oldCircuitId: 'old_circuit_id', incumbentContractorId: 'incumbent_contractor', incumbentService: 'incumbent_service', site: 'site', oldTmrc: 'old_tmrc',
  targetContractorId: 'target_contractor', targetService: 'target_service', newCircuitId: 'new_circuit_id', preferredTimeframe: 'preferred_timeframe',
  scheduledOn: 'scheduled_on', disconnectNoticeOn: 'disconnect_notice_on', notes: 'notes',
};

// The export prefixes a cell that a spreadsheet would run as a formula (=, +, -, @) with a quote;
// the import takes that quote off again, so an export reads back as it was.
const unescapeFormula = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

export type ItemImportPreview = CsvPreview<ItemImportRow>;

export function previewItemCsv(db: Db, projectId: number, csv: string): ItemImportPreview {
  repo.project(db, projectId, '/projectId');
  const table = readCsvTable(csv, COLUMNS, ALIASES, REQUIRED);
  const contractors = contractorIdsByName(db);
  const seen = new Map<string, number>();

  return csvPreview(table, (raw, index): ItemImportRow => {
    const line = index + 2; // the header is line 1, as a spreadsheet shows it
    const get = (c: Column) => unescapeFormula(table.get(raw, c));
    const fields = Object.fromEntries(COLUMNS.map((c) => [c, get(c)]));
    const problems: ItemImportRow['problems'] = (table.rowErrors.get(index) ?? []).map((message) => ({ field: '', message }));
    const contractor = (column: Column, label: string, required: boolean) => {
      const name = get(column);
      if (!name) {
        if (required) problems.push({ field: column, message: `${label} is required` });
        return null;
      }
      const id = contractors.get(name.toLowerCase());
      if (id === undefined) problems.push({ field: column, message: `${label} "${name}" is not in this agency's list of contractors; add it first` });
      return id ?? null;
    };
    const incumbentId = contractor('incumbent_contractor', 'Incumbent contractor', true);
    const targetId = contractor('target_contractor', 'Target contractor', false);
    const linked = incumbentId !== null && get('old_circuit_id') ? repo.serviceByCircuit(db, incumbentId, get('old_circuit_id')) : null;
    const candidate = {
      oldCircuitId: get('old_circuit_id'),
      serviceId: linked?.id ?? null,
      incumbentContractorId: incumbentId ?? 1,
      incumbentService: get('incumbent_service'),
      site: get('site'),
      oldTmrc: get('old_tmrc') || null,
      targetContractorId: targetId,
      targetService: get('target_service'),
      newCircuitId: get('new_circuit_id'),
      preferredTimeframe: get('preferred_timeframe'),
      scheduledOn: get('scheduled_on') || null,
      disconnectNoticeOn: get('disconnect_notice_on') || null,
      notes: get('notes'),
    };
    const result = itemDraftSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (key === 'incumbentContractorId' || key === 'targetContractorId') continue;
        problems.push({ field: COLUMN_OF_FIELD[key] ?? key, message: issue.message });
      }
    }
    if (incumbentId !== null && candidate.oldCircuitId) {
      const key = `${incumbentId}|${candidate.oldCircuitId.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push({ field: 'old_circuit_id', message: `Old Circuit ID ${candidate.oldCircuitId} is repeated (first on line ${first})` });
      else seen.set(key, line);
      if (repo.itemByOldCircuit(db, projectId, incumbentId, candidate.oldCircuitId) !== null) {
        problems.push({ field: 'old_circuit_id', message: `Old Circuit ID ${candidate.oldCircuitId} is already in this project` });
      } else if (linked && repo.itemOfService(db, projectId, linked.id)) {
        problems.push({ field: 'old_circuit_id', message: `Service ${linked.circuitId} is already an item of this project` });
      }
    }
    const valid = problems.length === 0 && result.success;
    return { line, fields, draft: valid ? { ...candidate, incumbentContractorId: incumbentId! } : null, problems };
  });
}

/** Columns after the import's own: what the steps recorded (read back, never imported). */
const RECORD_COLUMNS = ['decision', 'status', 'form20_status', 'form20_on', 'authorized_on', 'ordered_on', 'order_reference', 'actual_on', 'old_disconnected_on', 'parallel_billing_days', 'tmrc_paid_twice', 'at_risk'] as const;

export function exportItemCsv(db: Db, projectId: number, nowMs: number): { fileName: string; text: string; rowCount: number } {
  const d = projectDetail(db, projectId, nowMs);
  const money = (cents: number) => centsToDollars(cents).toFixed(2);
  const data = d.items.map((i) => [
    i.oldCircuitId, i.incumbentContractorName, i.incumbentService, i.site, money(i.oldTmrcCents), i.targetContractorName ?? '', i.targetService,
    i.newCircuitId, i.preferredTimeframe, i.scheduledOn ?? '', i.disconnectNoticeOn ?? '', i.notes,
    i.decision ? DECISION_LABELS[i.decision] : UNDECIDED_LABEL, STATUS_LABELS[i.status], FORM20_LABELS[i.form20Status], i.form20On ?? '',
    i.authorizedOn ?? '', i.orderedOn ?? '', i.orderReference, i.actualOn ?? '', i.oldDisconnectedOn ?? '',
    i.parallelBilling ? String(i.parallelBilling.overlapDays) : '', i.parallelBilling ? money(i.parallelBilling.doubleTmrcCents) : '', i.atRisk?.reason ?? '',
  ]);
  const text = Papa.unparse({ fields: [...COLUMNS, ...RECORD_COLUMNS], data }, { newline: '\r\n', escapeFormulae: true });
  const slug = d.project.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'conversion';
  return { fileName: `${slug}-items-${d.board.today}.csv`, text: `${text}\r\n`, rowCount: data.length };
}
