// The claim's lifecycle rules (shared/claims/lifecycle.ts), checked against DOMAIN.md "Credit claims".
import { describe, expect, it } from 'vitest';
import { ageDays, ageingBucket, needsLadder, nextSteps, noAnswerTooLong, owedCents, reminderDueOn, statusLabel, stepRefusal } from '../../../shared/claims/lifecycle';

const m = (claimedCents: number, creditedCents: number) => ({ claimedCents, creditedCents });

describe('what a claim still owes', () => {
  it('is claimed − credited, never below zero', () => {
    expect(owedCents(m(724_125, 500_000))).toBe(224_125);
    expect(owedCents(m(10_000, 12_000))).toBe(0);
  });

  it('a partial credit reads "Partly credited" and takes another credit; a full one takes none', () => {
    expect(statusLabel('credited', m(10_000, 4_000))).toBe('Partly credited');
    expect(statusLabel('credited', m(10_000, 10_000))).toBe('Credited');
    expect(nextSteps('credited', m(10_000, 4_000))).toEqual(['credited', 'disputed']);
    expect(nextSteps('credited', m(10_000, 10_000))).toEqual(['disputed']);
    expect(stepRefusal('credited', 'credited', m(10_000, 10_000), 1)).toBe('The claim is credited in full: nothing is owed');
  });
});

describe('the steps', () => {
  it('a draft is only submitted, and only with a line left in', () => {
    expect(nextSteps('draft', m(0, 0))).toEqual(['submitted']);
    expect(stepRefusal('submitted', 'draft', m(0, 0), 0)).toBe('A claim needs at least one line that is not excluded before it is submitted');
    expect(stepRefusal('submitted', 'draft', m(30_000, 0), 1)).toBeNull();
    expect(stepRefusal('acknowledged', 'draft', m(30_000, 0), 1)).toBe('Submit the claim first');
  });

  it('a denial can be disputed or reconsidered, not acknowledged', () => {
    expect(nextSteps('denied', m(30_000, 0))).toEqual(['disputed', 'credited']);
    expect(stepRefusal('acknowledged', 'denied', m(30_000, 0), 1)).toBe('A claim that is denied cannot be marked acknowledged');
  });
});

describe('age and ageing buckets', () => {
  it('counts calendar days since submission, across a month end', () => {
    expect(ageDays('2026-10-31', '2026-11-01')).toBe(1);
    expect(ageDays(null, '2026-11-01')).toBeNull();
  });

  it('0–30, 31–60, 61–90, 90+ at their edges', () => {
    expect([0, 30, 31, 60, 61, 90, 91].map(ageingBucket)).toEqual(['0–30', '0–30', '31–60', '31–60', '61–90', '61–90', '90+']);
  });

  it('a submitted claim with no answer for the reminder days, or a denied one, goes up the ladder', () => {
    expect(needsLadder('submitted', m(30_000, 0), 29, 30)).toBe(false);
    expect(needsLadder('submitted', m(30_000, 0), 30, 30)).toBe(true);
    expect(needsLadder('acknowledged', m(30_000, 0), 80, 30)).toBe(false);
    expect(needsLadder('denied', m(30_000, 0), 2, 30)).toBe(true);
  });
});

describe('the reminder for a claim with no answer', () => {
  it('is due once the reminder days have passed since submission, for a claim still only submitted', () => {
    // Submitted Nov 2, 30 days: due Dec 2 (November has 30 days); across a year end and Feb 29.
    expect(reminderDueOn('2026-11-02', 30)).toBe('2026-12-02');
    expect(reminderDueOn('2026-12-15', 30)).toBe('2027-01-14');
    expect(reminderDueOn('2028-02-28', 1)).toBe('2028-02-29');
    expect(noAnswerTooLong('submitted', m(10_000, 0), 29, 30)).toBe(false);
    expect(noAnswerTooLong('submitted', m(10_000, 0), 30, 30)).toBe(true);
    expect(noAnswerTooLong('acknowledged', m(10_000, 0), 90, 30)).toBe(false);
    expect(noAnswerTooLong('draft', m(10_000, 0), null, 30)).toBe(false);
  });
});
