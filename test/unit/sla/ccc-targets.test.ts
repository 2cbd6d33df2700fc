// The Customer Care Center's service targets (seed 002, Roles and Responsibilities): monthly
// speed of answer, abandoned calls and first-contact resolution, yearly customer satisfaction.
// Each target met, missed by the smallest step the figures allow, and exactly at its objective;
// the arithmetic is worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { evaluateLevelsMonth, loadServiceLevelCatalog, prepareLevels, type FigureInput, type SlaResult } from '../../../shared/sla';

const ccc = loadServiceLevelCatalog('ccc-help-desk');

interface Month {
  answered?: number;
  speed?: number;
  abandoned?: number;
  resolved?: number;
}

function figures(period: string, m: Month): FigureInput[] {
  const out: FigureInput[] = [];
  if (m.answered !== undefined) out.push({ period, figure: 'calls-answered', value: m.answered });
  if (m.speed !== undefined) out.push({ period, figure: 'speed-of-answer-seconds', value: m.speed });
  if (m.abandoned !== undefined) out.push({ period, figure: 'calls-abandoned', value: m.abandoned });
  if (m.resolved !== undefined) out.push({ period, figure: 'resolved-first-contact', value: m.resolved });
  return out;
}

function report(month: string, list: FigureInput[]): Map<string, SlaResult> {
  const p = prepareLevels({ zone: 'America/Los_Angeles', month, services: [], figures: list }, ccc);
  const r = evaluateLevelsMonth(p, month);
  expect(r.totalCredit).toBe(0);
  return new Map(r.results.map((x) => [x.sla, x]));
}

const verdict = (r: SlaResult | undefined) => (r === undefined ? 'absent' : !r.applicable ? 'not-applicable' : r.met === true ? 'met' : r.met === false ? 'missed' : 'pending');
const OK: Month = { answered: 1000, speed: 30, abandoned: 20, resolved: 800 };

describe('speed of answer: an agent talks with the caller within 35 seconds (monthly average)', () => {
  it('met at 35.0 s exactly, missed at 35.1 s, met at 28.4 s', () => {
    expect(verdict(report('2026-10', figures('2026-10', { ...OK, speed: 35 })).get('speed-of-answer'))).toBe('met');
    const late = report('2026-10', figures('2026-10', { ...OK, speed: 35.1 })).get('speed-of-answer')!;
    expect(verdict(late)).toBe('missed');
    expect(late.measure).toEqual({ seconds: 35.1 });
    expect(late.objective).toEqual({ seconds: 35 });
    expect(late.explain).toContain('Average speed of answer: 35.1 s; objective at most 35 s: missed.');
    expect(late.explain[0]).toMatch(/^Speed of answer \(Roles and Responsibilities: CIO\/OFT\): ".*within 35 seconds or less\."$/);
    expect(late.credit.amount).toBe(0);
    expect(verdict(report('2026-10', figures('2026-10', { ...OK, speed: 28.4 })).get('speed-of-answer'))).toBe('met');
  });
});

describe('abandoned calls: no more than 6% of all callers hang up before speaking to an agent', () => {
  it('exactly 6%: 60 abandoned of 1,000 callers (940 answered + 60) meets it', () => {
    const r = report('2026-10', figures('2026-10', { ...OK, answered: 940, abandoned: 60 })).get('abandon-rate')!;
    expect(verdict(r)).toBe('met');
    expect(r.measure).toEqual({ percent: 6 });
    expect(r.explain).toContain('60 calls abandoned of 1,000 (940 calls answered + 60 calls abandoned) = 6.0000%; objective at most 6%: met.');
  });

  it('one more abandoned call: 61 of 1,001 = 6.0939% misses it', () => {
    // 61 / 1,001 × 100 = 6.093906…%
    const r = report('2026-10', figures('2026-10', { ...OK, answered: 940, abandoned: 61 })).get('abandon-rate')!;
    expect(verdict(r)).toBe('missed');
    expect(r.measure).toEqual({ percent: 6.0939 });
  });

  it('6.5%: 65 abandoned of 1,000 (935 answered) misses it by 0.5 points', () => {
    const r = report('2026-11', figures('2026-11', { ...OK, answered: 935, abandoned: 65 })).get('abandon-rate')!;
    expect(verdict(r)).toBe('missed');
    expect(r.explain).toContain('65 calls abandoned of 1,000 (935 calls answered + 65 calls abandoned) = 6.5000%; objective at most 6%: missed by 0.5000 points.');
    expect(r.explain.at(-1)).toMatch(/^Missed\. The Customer Care Center SLA names no remedy/);
  });

  it('a month with no calls at all scores nothing', () => {
    expect(verdict(report('2026-10', figures('2026-10', { answered: 0, speed: 0, abandoned: 0, resolved: 0 })).get('abandon-rate'))).toBe('not-applicable');
  });
});

describe('first-contact resolution: no less than 69% answered by the answering agent', () => {
  it('690 of 1,000 answered = 69% meets it; 689 = 68.9% misses it; 850 meets it', () => {
    const exact = report('2026-10', figures('2026-10', { ...OK, resolved: 690 })).get('first-contact-resolution')!;
    expect(verdict(exact)).toBe('met');
    expect(exact.objective).toEqual({ percent: 69 });
    const short = report('2026-10', figures('2026-10', { ...OK, resolved: 689 })).get('first-contact-resolution')!;
    expect(verdict(short)).toBe('missed');
    expect(short.explain).toContain('689 resolved on first contact of 1,000 calls answered = 68.9000%; objective at least 69%: missed by 0.1000 points.');
    expect(verdict(report('2026-10', figures('2026-10', { ...OK, resolved: 850 })).get('first-contact-resolution'))).toBe('met');
  });
});

describe('customer satisfaction: an annual rating of no less than 4.1 on a 5-point scale', () => {
  const year = (score: number) => [...figures('2026-10', OK), { period: '2026', figure: 'satisfaction-score', value: score }];

  it('4.10 meets it, 4.09 misses it, 4.35 meets it; every month of the year shows the year\'s score', () => {
    expect(verdict(report('2026-10', year(4.1)).get('customer-satisfaction'))).toBe('met');
    const low = report('2026-03', year(4.09)).get('customer-satisfaction')!;
    expect(verdict(low)).toBe('missed');
    expect(low.measure).toEqual({ score: 4.09 });
    expect(low.explain).toContain('Customer satisfaction, the year 2026: objective at least 4.1 of 5.');
    expect(low.explain).toContain('A yearly target: the score of 2026, shown with each of its months (2026-03 here).');
    expect(verdict(report('2026-12', year(4.35)).get('customer-satisfaction'))).toBe('met');
    // Another year's score does not count for 2027.
    expect(verdict(report('2027-01', year(4.35)).get('customer-satisfaction'))).toBe('pending');
  });
});

describe('a month\'s report', () => {
  it('holds every target, in catalog order, pending where the figures are not recorded', () => {
    const r = report('2026-10', figures('2026-10', { answered: 1000, abandoned: 30 }));
    expect([...r.keys()]).toEqual(['speed-of-answer', 'abandon-rate', 'first-contact-resolution', 'customer-satisfaction']);
    expect(verdict(r.get('abandon-rate'))).toBe('met'); // 30 / 1,030 = 2.9126%
    const speed = r.get('speed-of-answer')!;
    expect(verdict(speed)).toBe('pending');
    expect(speed.explain).toContain("Not recorded: average speed of answer. Enter the center's report for the period to score it.");
    expect(verdict(r.get('first-contact-resolution'))).toBe('pending');
  });
});
