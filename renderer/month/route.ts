// The Month screen's address: `#/month`, `#/month?m=2026-10`, `#/month?m=2026-10&c=1` (a month
// and a contractor), so a reload, back / forward and a link keep the choice.
import { isMonth } from '../../shared/calendar';

export interface MonthRoute {
  /** null: the default month (the previous calendar month, agency time). */
  month: string | null;
  /** null: every contractor. */
  contractorId: number | null;
}

function params(hash: string): URLSearchParams {
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
}

export function monthRouteFromHash(hash: string): MonthRoute {
  const p = params(hash);
  const m = p.get('m');
  const c = p.get('c');
  return {
    month: m !== null && isMonth(m) ? m : null,
    contractorId: c !== null && /^[1-9]\d{0,14}$/.test(c) ? Number(c) : null,
  };
}

export function hrefForMonth(route: MonthRoute): string {
  const p = new URLSearchParams();
  if (route.month) p.set('m', route.month);
  if (route.contractorId !== null) p.set('c', String(route.contractorId));
  const q = p.toString();
  return q ? `#/month?${q}` : '#/month';
}
