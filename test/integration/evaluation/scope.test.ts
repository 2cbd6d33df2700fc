// A month's report reads the month, and the two months before it only for the services that
// missed a monthly SLA (evaluation/month.ts). Over a generated agency-year (the bench's generator,
// smaller), every month's report equals the evaluation of the whole data file, result for result:
// verdict, measure, credit, and explain lines; only a streak longer than the months read shows as
// "3 or more" (its credit is the third step's either way).
import { describe, expect, it } from 'vitest';
import { generateAgencyYear } from '../../../bench/generate';
import { monthData } from '../../../electron/services/evaluation/month';
import { prepareRows } from '../../../electron/services/evaluation/prepare';
import { monthRows } from '../../../electron/services/evaluation/report';
import { FULL_DATA } from '../../../electron/services/evaluation/results';
import { readAgencyRows } from '../../../electron/services/evaluation/rows';
import type { MonthReport, SlaResultRow } from '../../../shared/ipc/sla';
import { call, manualClock, openTestApp } from '../support/tempData';

const HORIZON_NOTE = "Consecutive months: this evaluation reads the agency's data from";

describe('a month read on its own', () => {
  it('gives what the whole data file gives, every month of a generated year', async () => {
    const now = Date.parse('2026-12-31T20:00:00Z');
    const app = openTestApp({ clock: manualClock('2026-12-31T20:00:00Z') });
    generateAgencyYear(app.db, { services: 150, tickets: 3_000, stopClocks: 6_000, orders: 120, extraTickets: 300 }, 7);
    const whole = prepareRows(readAgencyRows(app.db), 'America/Los_Angeles', '2026-01', FULL_DATA);
    let twice = 0;
    let capped = 0;
    for (let m = 1; m <= 12; m++) {
      const month = `2026-${String(m).padStart(2, '0')}`;
      const expected = new Map(monthRows(whole, month, now, () => true).map((r) => [r.key, r]));
      const got = monthRows(monthData(app.db, month, null, now).groups, month, now, () => true);
      expect(got.map((r) => r.key).sort(), month).toEqual([...expected.keys()].sort());
      for (const r of got) {
        const e = expected.get(r.key)!;
        const { explain, consecutiveMisses, ...verdict } = r;
        const { explain: eExplain, consecutiveMisses: eCount, ...eVerdict } = e;
        expect(verdict, r.key).toEqual(eVerdict);
        if (eCount !== null && eCount >= 3) {
          capped++;
          expect(consecutiveMisses, r.key).toBe(3);
          expect(explain.at(-1), r.key).toContain('so the count is 3 or more');
        } else {
          if (eCount === 2) twice++;
          expect(consecutiveMisses, r.key).toBe(eCount);
          expect(explain.filter((l) => !l.startsWith(HORIZON_NOTE)), r.key).toEqual(eExplain);
        }
      }
    }
    // The year (seeded) has second consecutive misses, and a third one read as "3 or more".
    expect(twice).toBeGreaterThan(5);
    expect(capped).toBeGreaterThan(0);
    // And the channel serves the same verdicts.
    const jul = await call<MonthReport>(app, 'sla:month', { month: '2026-07' });
    const julWhole = monthRows(whole, '2026-07', now, () => false);
    const strip = (r: SlaResultRow) => ({ ...r, consecutiveMisses: r.consecutiveMisses !== null && r.consecutiveMisses > 3 ? 3 : r.consecutiveMisses });
    expect([...jul.results, ...jul.pending].map(strip).sort((a, b) => a.key.localeCompare(b.key))).toEqual(julWhole.map(strip).sort((a, b) => a.key.localeCompare(b.key)));
  }, 120_000);
});
