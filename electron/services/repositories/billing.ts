// The billing check's inputs (seed 002, How Rates Are Calculated; Billing Process): the year's flat
// rate per line of support, and the amount the center billed each month, in cents, each change
// audited. The incidents counted against them are the tickets of the contract's services.
import { instant } from '../../../shared/calendar/instant';
import type { BillingInputs } from '../../../shared/ipc/figures';
import { AppError } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { agencyDates } from './agencyDates';
import { contractCatalog, type ContractKey } from './figures';

interface RateRow {
  id: number;
  serviceType: string;
  rateCents: number;
}

interface BilledRow {
  id: number;
  month: string;
  amountCents: number;
  invoice: string;
  note: string;
}

export function getBilling(db: Db, k: ContractKey & { year: string }): BillingInputs {
  contractCatalog(db, k);
  const rates = stmt(db, 'SELECT id, service_type AS serviceType, rate_cents AS rateCents FROM billing_rates WHERE contractor_id = ? AND catalog_id = ? AND year = ? ORDER BY id').all(
    k.contractorId, k.catalogId, k.year,
  ) as RateRow[];
  const billed = stmt(
    db,
    "SELECT id, month, amount_cents AS amountCents, invoice, note FROM billed_amounts WHERE contractor_id = ? AND catalog_id = ? AND substr(month, 1, 4) = ? ORDER BY month",
  ).all(k.contractorId, k.catalogId, k.year) as BilledRow[];
  return {
    contractorId: k.contractorId,
    catalogId: k.catalogId,
    year: k.year,
    rates: rates.map(({ serviceType, rateCents }) => ({ serviceType, rateCents })),
    billed: billed.map(({ month, amountCents, invoice, note }) => ({ month, amountCents, invoice, note })),
  };
}

/** The year's rates replace what the year held (a line of support left out has no rate). */
export function setRates(db: Db, k: ContractKey & { year: string; rates: Array<{ serviceType: string; rate: number }> }, now: string): BillingInputs {
  return db.transaction(() => {
    const catalog = contractCatalog(db, k);
    const seen = new Set<string>();
    k.rates.forEach((r, i) => {
      if (!catalog.serviceTypes.some((t) => t.id === r.serviceType)) {
        throw new AppError('invalid', `"${r.serviceType}" is not a line of support of ${catalog.title} (${catalog.serviceTypes.map((t) => t.id).join(', ')})`, `/rates/${i}/serviceType`);
      }
      if (seen.has(r.serviceType)) throw new AppError('invalid', `${r.serviceType} has two rates for ${k.year}: give one`, `/rates/${i}/serviceType`);
      seen.add(r.serviceType);
    });
    const before = stmt(db, 'SELECT id, service_type AS serviceType, rate_cents AS rateCents FROM billing_rates WHERE contractor_id = ? AND catalog_id = ? AND year = ?').all(
      k.contractorId, k.catalogId, k.year,
    ) as RateRow[];
    for (const r of before) {
      if (seen.has(r.serviceType)) continue;
      stmt(db, 'DELETE FROM billing_rates WHERE id = ?').run(r.id);
      audit(db, now, 'billing_rates', r.id, 'delete', r, null);
    }
    for (const r of k.rates) {
      const old = before.find((b) => b.serviceType === r.serviceType);
      if (old?.rateCents === r.rate) continue;
      if (old) {
        stmt(db, 'UPDATE billing_rates SET rate_cents = ?, updated_at = ? WHERE id = ?').run(r.rate, now, old.id);
        audit(db, now, 'billing_rates', old.id, 'update', old, { ...old, rateCents: r.rate });
      } else {
        const id = Number(
          stmt(db, 'INSERT INTO billing_rates (contractor_id, catalog_id, year, service_type, rate_cents, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
            k.contractorId, k.catalogId, k.year, r.serviceType, r.rate, now, now,
          ).lastInsertRowid,
        );
        audit(db, now, 'billing_rates', id, 'insert', null, { year: k.year, serviceType: r.serviceType, rateCents: r.rate });
      }
    }
    return getBilling(db, k);
  })();
}

/** The amount billed for a month (a bill arrives once the month is over: not a month after this one). */
export function setBilled(db: Db, k: ContractKey & { month: string; amount: number; invoice: string; note: string }, now: string): BillingInputs {
  return db.transaction(() => {
    contractCatalog(db, k);
    const current = agencyDates(db).monthOf(instant(now));
    if (k.month > current) throw new AppError('invalid', `Month cannot be in the future (this month is ${current})`, '/month');
    const old = stmt(db, 'SELECT id, month, amount_cents AS amountCents, invoice, note FROM billed_amounts WHERE contractor_id = ? AND catalog_id = ? AND month = ?').get(
      k.contractorId, k.catalogId, k.month,
    ) as BilledRow | undefined;
    if (old) {
      stmt(db, 'UPDATE billed_amounts SET amount_cents = ?, invoice = ?, note = ?, updated_at = ? WHERE id = ?').run(k.amount, k.invoice, k.note, now, old.id);
      audit(db, now, 'billed_amounts', old.id, 'update', old, { ...old, amountCents: k.amount, invoice: k.invoice, note: k.note });
    } else {
      const id = Number(
        stmt(db, 'INSERT INTO billed_amounts (contractor_id, catalog_id, month, amount_cents, invoice, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          k.contractorId, k.catalogId, k.month, k.amount, k.invoice, k.note, now, now,
        ).lastInsertRowid,
      );
      audit(db, now, 'billed_amounts', id, 'insert', null, { month: k.month, amountCents: k.amount, invoice: k.invoice, note: k.note });
    }
    return getBilling(db, { ...k, year: k.month.slice(0, 4) });
  })();
}

export function deleteBilled(db: Db, k: ContractKey & { month: string }, now: string): void {
  db.transaction(() => {
    contractCatalog(db, k);
    const old = stmt(db, 'SELECT id, month, amount_cents AS amountCents, invoice, note FROM billed_amounts WHERE contractor_id = ? AND catalog_id = ? AND month = ?').get(
      k.contractorId, k.catalogId, k.month,
    ) as BilledRow | undefined;
    if (!old) throw new AppError('not_found', `No billed amount is recorded for ${k.month}`, '/month');
    stmt(db, 'DELETE FROM billed_amounts WHERE id = ?').run(old.id);
    audit(db, now, 'billed_amounts', old.id, 'delete', old, null);
  })();
}

/** The billed amount of a month, or null. */
export function billedOf(db: Db, k: ContractKey & { month: string }): { amountCents: number; invoice: string } | null {
  return (
    (stmt(db, 'SELECT amount_cents AS amountCents, invoice FROM billed_amounts WHERE contractor_id = ? AND catalog_id = ? AND month = ?').get(k.contractorId, k.catalogId, k.month) as
      | { amountCents: number; invoice: string }
      | undefined) ?? null
  );
}

/** The contract's incidents created in [from, to) (UTC ISO), counted per service type (line of support). */
export function incidentCounts(db: Db, k: ContractKey, from: string, to: string): Map<string, number> {
  const rows = stmt(
    db,
    `SELECT s.service_type AS type, count(*) AS n FROM tickets t JOIN services s ON s.id = t.service_id
     WHERE s.contractor_id = ? AND s.catalog_id = ? AND t.opened_at >= ? AND t.opened_at < ? GROUP BY s.service_type`,
  ).all(k.contractorId, k.catalogId, from, to) as Array<{ type: string; n: number }>;
  return new Map(rows.map((r) => [r.type, r.n]));
}

/** The year's rates by service type. */
export function ratesOf(db: Db, k: ContractKey & { year: string }): Map<string, number> {
  const rows = stmt(db, 'SELECT service_type AS t, rate_cents AS c FROM billing_rates WHERE contractor_id = ? AND catalog_id = ? AND year = ?').all(k.contractorId, k.catalogId, k.year) as Array<{
    t: string;
    c: number;
  }>;
  return new Map(rows.map((r) => [r.t, r.c]));
}
