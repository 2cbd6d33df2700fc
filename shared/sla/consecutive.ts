// Consecutive misses of a monthly SLA (DOMAIN.md): the count of consecutive calendar months,
// ending with the evaluated month, in which the same SLA missed for the same service (site for
// site survivability). Earlier months come from the recorded history when it has the month,
// else from the case data.
import { shiftMonth } from '../calendar/instant';
import type { Catalog, CreditTerms, SlaDefinition } from './catalog';
import type { HistoryInput, PreparedCase, PreparedService, Streak } from './model';

/** Farthest back the count looks (a safety bound; data and history end long before). */
const MAX_MONTHS = 1200;

/**
 * The recorded SLA history keyed `${sla}|svc:${id}|${month}` (per service) or
 * `${sla}|site:${site}|${month}` (site survivability, per site) → met.
 */
export function prepareHistory(history: ReadonlyArray<HistoryInput>, catalog: Catalog, serviceById: Map<string, PreparedService>): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const h of history) {
    const sla = catalog.sla(h.sla);
    let key: string | null = null;
    if (sla?.basis === 'site-usage') {
      if (h.site) key = `site:${h.site}`;
      else if (h.serviceId) {
        const s = serviceById.get(h.serviceId);
        if (s) key = `site:${s.siteKey}`;
      }
    } else if (h.serviceId) key = `svc:${h.serviceId}`;
    if (key !== null) out.set(`${h.sla}|${key}|${h.month}`, h.met);
  }
  return out;
}

/** The memo of an SLA's verdicts from data for one month, indexed by service index (0 unknown, 1 met, 2 missed). */
export function verdictCache(p: PreparedCase, slaId: string, month: string): Uint8Array {
  const key = `${slaId}|${month}`;
  let v = p.verdicts.get(key);
  if (!v) {
    v = new Uint8Array(p.services.length);
    p.verdicts.set(key, v);
  }
  return v;
}

/** The streak of a month that did not miss. */
export const NO_STREAK: Streak = Object.freeze({ count: 0, earlier: Object.freeze([]) as unknown as Streak['earlier'] });

/**
 * @param key `svc:<id>` or `site:<site>`
 * @param missedFromData the SLA's verdict for an earlier month computed from the case data
 */
export function streak<A>(
  p: PreparedCase,
  slaId: string,
  key: string,
  month: string,
  missedNow: boolean,
  missedFromData: (month: string, arg: A) => boolean,
  arg: A,
): Streak {
  if (!missedNow) return NO_STREAK;
  const earlier: Streak['earlier'] = [];
  let m = shiftMonth(month, 1);
  for (let i = 0; i < MAX_MONTHS; i++) {
    const h = p.history.get(`${slaId}|${key}|${m}`);
    let missed: boolean;
    let from: 'history' | 'data';
    if (h !== undefined) {
      missed = !h;
      from = 'history';
    } else {
      missed = missedFromData(m, arg);
      from = 'data';
    }
    if (!missed) break;
    earlier.push({ month: m, from });
    m = shiftMonth(m, 1);
  }
  return { count: 1 + earlier.length, earlier };
}

/** The remedy step for the n-th consecutive miss (the last step repeats). */
export function stepFor(sla: SlaDefinition, count: number): CreditTerms | null {
  if (sla.remedy.kind !== 'consecutive-months' || count < 1) return null;
  const steps = sla.remedy.steps;
  return steps[Math.min(count, steps.length) - 1] ?? null;
}

export function streakText(s: Streak, month: string): string {
  if (s.count <= 1) return `Consecutive months missed: 1 (${month} is the first month missed).`;
  const parts = s.earlier.map((e) => `${e.month} (${e.from === 'history' ? 'recorded history' : 'case data'})`);
  return `Consecutive months missed: ${s.count} (${month}, and before it ${parts.join(', ')}).`;
}
