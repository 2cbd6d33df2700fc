// Consecutive misses of a monthly SLA (DOMAIN.md): the count of consecutive calendar months,
// ending with the evaluated month, in which the same SLA missed for the same service (site for
// site survivability). Earlier months come from the recorded history when it has the month,
// else from the case data.
import { shiftMonth } from '../calendar/instant';
import type { CreditTerms, SlaDefinition } from './catalog';
import type { PreparedCase } from './prepare';

/** Farthest back the count looks (a safety bound; data and history end long before). */
const MAX_MONTHS = 1200;

export interface Streak {
  count: number;
  /** Earlier months of the streak, newest first, with where each verdict came from. */
  earlier: Array<{ month: string; from: 'history' | 'data' }>;
}

/**
 * @param key `svc:<id>` or `site:<site>`
 * @param missedFromData the SLA's verdict for an earlier month computed from the case data
 */
/** The streak of a month that did not miss. */
export const NO_STREAK: Streak = Object.freeze({ count: 0, earlier: Object.freeze([]) as unknown as Streak['earlier'] });

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
