// A service-level contract's figures (the help desk's monthly report and yearly score), one row per
// contractor, catalog, period and figure, the value an integer scaled by 10^scale. A period is set
// as a whole (the form, an imported line): its figures replace what it held, each change audited.
import { instant } from '../../../shared/calendar/instant';
import type { PeriodFigures } from '../../../shared/ipc/figures';
import { loadServiceLevelCatalog, type ServiceLevelCatalog } from '../../../shared/sla/catalog';
import { checkFigures } from '../../../shared/sla/figures';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { agencyDates } from './agencyDates';

export interface ContractKey {
  contractorId: number;
  catalogId: string;
}

interface Row {
  id: number;
  period: string;
  figure: string;
  value: number;
  scale: number;
  source: string;
  note: string;
  updatedAt: string;
}

const SELECT = `SELECT id, period, figure, value, scale, source, note, updated_at AS updatedAt FROM contract_figures`;

/**
 * The contract's catalog, after checking the contract exists: the contractor has services under
 * the catalog (the center's lines of support, which its incidents are recorded on).
 */
export function contractCatalog(db: Db, k: ContractKey): ServiceLevelCatalog {
  const c = stmt(db, 'SELECT name FROM contractors WHERE id = ?').get(k.contractorId) as { name: string } | undefined;
  if (!c) throw notFound('The contractor', '/contractorId');
  const catalog = loadServiceLevelCatalog(k.catalogId);
  if (!stmt(db, 'SELECT 1 FROM services WHERE contractor_id = ? AND catalog_id = ?').get(k.contractorId, k.catalogId)) {
    throw new AppError('refused', `${c.name} has no service under ${catalog.title}: add the center's lines of support (${catalog.serviceTypes.map((t) => t.title).join(', ')}) as its services first`, '/contractorId');
  }
  return catalog;
}

function periodsOf(k: ContractKey, rows: Row[]): PeriodFigures[] {
  const out = new Map<string, PeriodFigures>();
  for (const r of rows) {
    let p = out.get(r.period);
    if (!p) out.set(r.period, (p = { contractorId: k.contractorId, catalogId: k.catalogId, period: r.period, values: {}, source: r.source, note: r.note, updatedAt: r.updatedAt }));
    p.values[r.figure] = r.value / 10 ** r.scale;
    if (r.updatedAt > p.updatedAt) p.updatedAt = r.updatedAt;
  }
  return [...out.values()];
}

/** The contract's figures by period (months from..to and the years they span; all when no bounds), newest first. */
export function listFigures(db: Db, k: ContractKey & { from?: string | undefined; to?: string | undefined }): PeriodFigures[] {
  contractCatalog(db, k);
  const from = k.from ?? '0000';
  const to = k.to ?? '9999-12';
  const rows = stmt(
    db,
    `${SELECT} WHERE contractor_id = @c AND catalog_id = @cat
       AND ((length(period) = 7 AND period >= @from AND period <= @to) OR (length(period) = 4 AND period >= substr(@from, 1, 4) AND period <= substr(@to, 1, 4)))
     ORDER BY period DESC, id`,
  ).all({ c: k.contractorId, cat: k.catalogId, from, to }) as Row[];
  return periodsOf(k, rows);
}

export function getPeriod(db: Db, k: ContractKey, period: string): PeriodFigures | null {
  const rows = stmt(db, `${SELECT} WHERE contractor_id = ? AND catalog_id = ? AND period = ? ORDER BY id`).all(k.contractorId, k.catalogId, period) as Row[];
  return periodsOf(k, rows)[0] ?? null;
}

/** The period's figures checked against the catalog, or the first problem as an AppError at `/values/<figure>` (prefixed). */
export function checkedPeriod(db: Db, catalog: ServiceLevelCatalog, period: string, values: Record<string, number | string>, now: string, prefix = ''): Map<string, number> {
  const currentMonth = agencyDates(db).monthOf(instant(now));
  const c = checkFigures(catalog, period, values, currentMonth);
  if (c.problems.length > 0) {
    const issues = c.problems.map((p) => ({ path: p.field === '' ? `${prefix}/period` : `${prefix}/values/${p.field}`, message: p.message }));
    throw new AppError('invalid', issues[0]!.message, issues[0]!.path, issues);
  }
  return c.scaled;
}

/** Writes a checked period in the caller's transaction: its figures replace the period's, each change audited. */
export function writePeriod(db: Db, k: ContractKey, catalog: ServiceLevelCatalog, period: string, scaled: Map<string, number>, source: string, note: string, now: string): void {
  const before = stmt(db, `${SELECT} WHERE contractor_id = ? AND catalog_id = ? AND period = ?`).all(k.contractorId, k.catalogId, period) as Row[];
  for (const r of before) {
    if (scaled.has(r.figure)) continue;
    stmt(db, 'DELETE FROM contract_figures WHERE id = ?').run(r.id);
    audit(db, now, 'contract_figures', r.id, 'delete', r, null);
  }
  for (const [figure, value] of scaled) {
    const scale = catalog.figure(figure)!.decimals;
    const old = before.find((r) => r.figure === figure);
    if (old && old.value === value && old.scale === scale && old.source === source && old.note === note) continue;
    if (old) {
      stmt(db, 'UPDATE contract_figures SET value = ?, scale = ?, source = ?, note = ?, updated_at = ? WHERE id = ?').run(value, scale, source, note, now, old.id);
      audit(db, now, 'contract_figures', old.id, 'update', old, { ...old, value, scale, source, note, updatedAt: now });
    } else {
      const id = Number(
        stmt(
          db,
          `INSERT INTO contract_figures (contractor_id, catalog_id, period, figure, value, scale, source, note, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(k.contractorId, k.catalogId, period, figure, value, scale, source, note, now, now).lastInsertRowid,
      );
      audit(db, now, 'contract_figures', id, 'insert', null, { period, figure, value, scale, source, note });
    }
  }
}

/** figures:set: a period's figures as entered on the form. */
export function setFigures(db: Db, k: ContractKey & { period: string; values: Record<string, number | string>; note: string }, now: string): PeriodFigures {
  return db.transaction(() => {
    const catalog = contractCatalog(db, k);
    const scaled = checkedPeriod(db, catalog, k.period, k.values, now);
    writePeriod(db, k, catalog, k.period, scaled, 'form', k.note, now);
    return getPeriod(db, k, k.period)!;
  })();
}

export function deleteFigures(db: Db, k: ContractKey & { period: string }, now: string): void {
  db.transaction(() => {
    contractCatalog(db, k);
    const rows = stmt(db, `${SELECT} WHERE contractor_id = ? AND catalog_id = ? AND period = ?`).all(k.contractorId, k.catalogId, k.period) as Row[];
    if (rows.length === 0) throw new AppError('not_found', `No figures are recorded for ${k.period}`, '/period');
    for (const r of rows) {
      stmt(db, 'DELETE FROM contract_figures WHERE id = ?').run(r.id);
      audit(db, now, 'contract_figures', r.id, 'delete', r, null);
    }
  })();
}
