import { describe, expect, it } from 'vitest';
import {
  calendarText, chosenLadders, contactedByText, contactState, levelDueText, scheduleSentence, type LadderInfo,
} from '../../../../renderer/escalation/model';

const level = (n: number, due: string) => ({ level: n, role: `Role ${n}`, contactedBy: 'customer', rule: 'r', due, fallback: '' });
const ladder = (id: string, issueKind: string, dues: string[]): LadderInfo => ({
  id, title: id, issueKind, calendar: 'business', source: 's', updates: '', levels: dues.map((d, i) => level(i + 1, d)),
});

const SERVICE = ladder('svc', 'service-impacting', ['at the start', '4 hours after the start (wall-clock)', '1 business day after the start']);
const BILL = ladder('bill', 'bill-or-contract', ['at the start', '1 business day after the start', '2 business days after the start']);

describe('ladder due text', () => {
  it('says level 1 starts the ladder and later levels are due from the start', () => {
    expect(levelDueText(SERVICE.levels[0]!)).toBe('Starts the ladder: the first contact');
    expect(levelDueText(SERVICE.levels[1]!)).toBe('Due 4 hours after the start (wall-clock)');
    expect(levelDueText(BILL.levels[2]!)).toBe('Due 2 business days after the start');
  });

  it('sums a ladder up in one sentence, every level from the start', () => {
    expect(scheduleSentence(SERVICE)).toBe('Level 2 is due 4 hours after the start (wall-clock); level 3, 1 business day after the start.');
    expect(scheduleSentence(BILL)).toBe('Level 2 is due 1 business day after the start; level 3, 2 business days after the start.');
    expect(scheduleSentence({ levels: [level(1, 'at the start')] })).toBe('This ladder has a single level.');
  });

  it('says how the days count and who calls', () => {
    expect(calendarText('24x7')).toMatch(/2 days are 48 hours/);
    expect(calendarText('business')).toMatch(/Monday to Friday/);
    expect(contactedByText('customer')).toBe('You (the customer)');
    expect(contactedByText('CALNET CMO')).toBe('CALNET CMO');
  });
});

describe('chosen ladders and contact state', () => {
  it('lists the ladders a contractor follows, service first, skipping unknown ids', () => {
    const all = [BILL, SERVICE];
    expect(chosenLadders({ contractorId: 1, serviceLadderId: 'svc', billLadderId: 'bill' }, all).map((l) => l.id)).toEqual(['svc', 'bill']);
    expect(chosenLadders({ contractorId: 1, serviceLadderId: null, billLadderId: 'gone' }, all)).toEqual([]);
    expect(chosenLadders(undefined, all)).toEqual([]);
  });

  it('is saved when the screen shows what is stored, unsaved after typing, none when both are empty', () => {
    const stored = { contractorId: 1, ladderId: 'svc', level: 2, name: 'Pat', phone: '916', email: '' };
    expect(contactState({ name: '', phone: '', email: '' }, undefined)).toBe('none');
    expect(contactState({ name: 'P', phone: '', email: '' }, undefined)).toBe('unsaved');
    expect(contactState({ name: 'Pat ', phone: '916', email: '' }, stored)).toBe('saved');
    expect(contactState({ name: 'Pat', phone: '917', email: '' }, stored)).toBe('unsaved');
  });
});
