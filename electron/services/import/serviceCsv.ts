// Import of a service inventory from CSV: parse (papaparse, RFC 4180 quoting), map columns,
// validate each row exactly as the form would, and report per-row problems. Nothing is
// written here: the user confirms the valid rows, which then go through services:importCommit.
import {
  SERVICE_TYPE_LABELS,
  SERVICE_TYPES,
  TIERS,
  checkServiceTier,
  serviceDraftSchema,
  type ImportRow,
  type ServiceType,
} from '../../../shared/ipc/services';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { contractorIdsByName } from '../repositories/agency';
import { csvPreview, readCsvTable, type CsvPreview } from './csvTable';

const COLUMNS = ['circuit_id', 'contractor', 'service_type', 'tier', 'tmrc', 'aduc', 'install_fee', 'seats', 'site', 'address'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['circuit_id', 'contractor', 'service_type', 'tier', 'tmrc'];

const ALIASES: Record<string, Column> = {
  circuit_id: 'circuit_id', circuitid: 'circuit_id', circuit: 'circuit_id', service_id: 'circuit_id',
  circuit_id_or_service_id: 'circuit_id', contractor: 'contractor', carrier: 'contractor',
  service_type: 'service_type', type: 'service_type', tier: 'tier', tmrc: 'tmrc', aduc: 'aduc',
  install_fee: 'install_fee', installation_fee: 'install_fee', seats: 'seats', site: 'site', address: 'address',
};

const FIELD_OF_PATH: Record<string, Column> = {
  circuitId: 'circuit_id', contractorId: 'contractor', serviceType: 'service_type', tier: 'tier',
  tmrc: 'tmrc', aduc: 'aduc', installFee: 'install_fee', seats: 'seats', site: 'site', address: 'address',
};

function serviceTypeOf(text: string): ServiceType | string {
  const t = text.trim().toLowerCase();
  const byLabel = SERVICE_TYPES.find((s) => SERVICE_TYPE_LABELS[s]?.toLowerCase() === t || s === t);
  return byLabel ?? text.trim();
}

export type ImportPreview = CsvPreview<ImportRow>;

export function previewServiceCsv(db: Db, csv: string): ImportPreview {
  const table = readCsvTable(csv, COLUMNS, ALIASES, REQUIRED);
  const contractors = contractorIdsByName(db);
  const seen = new Map<string, number>();

  return csvPreview(table, (raw, index): ImportRow => {
    // Line numbers as a spreadsheet shows them: the header is line 1.
    const line = index + 2;
    const get = (c: Column) => table.get(raw, c);
    const fields = Object.fromEntries(COLUMNS.map((c) => [c, get(c)]));
    const problems: ImportRow['problems'] = (table.rowErrors.get(index) ?? []).map((message) => ({ field: '', message }));
    const contractorName = get('contractor');
    const contractorId = contractors.get(contractorName.toLowerCase());
    if (!contractorName) problems.push({ field: 'contractor', message: 'Contractor is required' });
    else if (contractorId === undefined) problems.push({ field: 'contractor', message: `Contractor "${contractorName}" is not in this agency's list; add it first` });
    const candidate = {
      circuitId: get('circuit_id'),
      contractorId: contractorId ?? 0,
      serviceType: serviceTypeOf(get('service_type')),
      tier: get('tier').toLowerCase(),
      tmrc: get('tmrc'),
      aduc: get('aduc') || '0',
      installFee: get('install_fee') || '0',
      seats: get('seats') || '1',
      site: get('site'),
      address: get('address'),
    };
    const result = serviceDraftSchema.superRefine(checkServiceTier).safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (key === 'contractorId') continue;
        problems.push({ field: FIELD_OF_PATH[key] ?? key, message: issue.message });
      }
    }
    if (contractorId !== undefined && candidate.circuitId) {
      const key = `${contractorId}|${candidate.circuitId.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push({ field: 'circuit_id', message: `Circuit ID ${candidate.circuitId} is repeated (first on line ${first})` });
      else seen.set(key, line);
      if (stmt(db, 'SELECT 1 FROM services WHERE contractor_id = ? AND circuit_id = ? COLLATE NOCASE').get(contractorId, candidate.circuitId)) {
        problems.push({ field: 'circuit_id', message: `Circuit ID ${candidate.circuitId} already exists for this contractor` });
      }
    }
    const valid = problems.length === 0 && result.success;
    return {
      line,
      fields,
      draft: valid
        ? {
            circuitId: candidate.circuitId, contractorId: candidate.contractorId, serviceType: candidate.serviceType as ServiceType,
            tier: candidate.tier as (typeof TIERS)[number], tmrc: candidate.tmrc, aduc: candidate.aduc, installFee: candidate.installFee,
            seats: result.success ? result.data.seats : 1,
            site: candidate.site, address: candidate.address,
          }
        : null,
      problems,
    };
  });
}
