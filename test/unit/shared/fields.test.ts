import { describe, expect, it } from 'vitest';
import { dateText, isoInstant, requiredText, text, wholeNumber } from '../../../shared/ipc/fields';
import { serviceDraftSchema } from '../../../shared/ipc/services';
import { ticketDraftSchema } from '../../../shared/ipc/tickets';

function problem(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } } }, value: unknown) {
  const r = schema.safeParse(value);
  return r.success ? null : { message: r.error!.issues[0]!.message, path: r.error!.issues[0]!.path.join('/') };
}

describe('isoInstant', () => {
  it('takes real instants with an offset', () => {
    for (const ok of ['2026-10-06T10:00:00-07:00', '2028-02-29T00:00Z', '2026-12-31T23:59:59.999+0530', '2026-10-06T17:00:00Z']) {
      expect(isoInstant.safeParse(ok).success, ok).toBe(true);
    }
  });

  it('refuses February 30, April 31 and February 29 of a common year (Date.parse would roll them into March or May)', () => {
    for (const bad of ['2026-02-30T10:00:00Z', '2026-04-31T10:00:00Z', '2027-02-29T10:00:00Z', '2026-13-01T10:00:00Z', '2026-00-10T10:00:00Z']) {
      expect(problem(isoInstant, bad)?.message, bad).toMatch(/real calendar date/);
    }
  });

  it('refuses hour 24, minute 60 and an offset beyond ±14:00', () => {
    expect(problem(isoInstant, '2026-10-06T24:00:00Z')?.message).toMatch(/real time of day/);
    expect(problem(isoInstant, '2026-10-06T10:60:00Z')?.message).toMatch(/real time of day/);
    expect(problem(isoInstant, '2026-10-06T10:00:00+25:00')?.message).toMatch(/offset/);
  });

  it('refuses year 9999 and a time without an offset', () => {
    expect(problem(isoInstant, '9999-12-31T23:00:00-08:00')?.message).toBe('must be a year from 1990 to 2100');
    expect(problem(isoInstant, '2026-10-06T10:00:00')?.message).toMatch(/time zone offset/);
  });

  it('names the field of a ticket draft: February 30 is refused at /openedAt', () => {
    expect(problem(ticketDraftSchema, { serviceId: 1, kind: 'repair', openedAt: '2026-02-30T10:00:00Z' })).toEqual({
      path: 'openedAt',
      message: 'must be a real calendar date (no February 30)',
    });
  });
});

describe('dateText', () => {
  it('refuses year 9999 and February 30', () => {
    expect(problem(dateText, '9999-12-31')?.message).toBe('must be a year from 1990 to 2100');
    expect(problem(dateText, '2026-02-30')?.message).toBe('must be a real calendar date');
    expect(dateText.safeParse('2028-02-29').success).toBe(true);
  });
});

describe('text fields', () => {
  it('refuse a lone surrogate with a message naming the field', () => {
    expect(problem(text('Description', 100), 'cable cut \uD800 at MDF')?.message).toBe('Description contains a character that is not valid text; type it again');
    expect(problem(requiredText('Reason', 100), '\uDC00')?.message).toBe('Reason contains a character that is not valid text; type it again');
  });

  it('take a surrogate pair (an emoji) and trim spaces', () => {
    expect(text('Description', 100).parse('  fiber cut 🚧 ')).toBe('fiber cut 🚧');
    expect(requiredText('Reason', 100).parse('typo in the time')).toBe('typo in the time');
  });
});

describe('wholeNumber (seats)', () => {
  const seats = wholeNumber('Seats', 1_000_000);

  it('takes a whole number or the digits a person typed', () => {
    expect(seats.parse(12)).toBe(12);
    expect(seats.parse(' 50 ')).toBe(50);
    expect(seats.parse('0')).toBe(0);
  });

  it('refuses true, hexadecimal, exponents, fractions and negatives instead of coercing them', () => {
    for (const bad of [true, '0x10', '1e3', '12.5', 12.5, '', null, '-3']) {
      expect(problem(seats, bad)?.message, String(bad)).toBe('Seats must be a whole number');
    }
    expect(problem(seats, -3)?.message).toBe('Seats cannot be negative');
    expect(problem(seats, 1_000_001)?.message).toBe('Seats is at most 1000000');
  });

  it('is what a service draft uses, at /seats', () => {
    const base = { circuitId: 'CKT-1', contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '100' };
    expect(problem(serviceDraftSchema, { ...base, seats: '1e3' })).toEqual({ path: 'seats', message: 'Seats must be a whole number' });
    expect(serviceDraftSchema.parse({ ...base, seats: '60' }).seats).toBe(60);
  });
});

describe('ticket draft', () => {
  const base = { serviceId: 1, kind: 'repair', openedAt: '2026-10-06T17:00:00Z' };

  it('takes a shipped ladder or none', () => {
    expect(ticketDraftSchema.parse({ ...base, ladderId: 'att-calnet3-service-impacting' }).ladderId).toBe('att-calnet3-service-impacting');
    expect(ticketDraftSchema.parse(base).ladderId).toBeNull();
  });

  it('refuses a ladder that does not exist (it would silently turn escalation off)', () => {
    expect(problem(ticketDraftSchema, { ...base, ladderId: 'no-such-ladder' })?.path).toBe('ladderId');
  });

  it('refuses an unknown key', () => {
    expect(problem(ticketDraftSchema, { ...base, restoredAt: '2026-10-06T18:00:00Z' })).toMatchObject({ message: expect.stringMatching(/restoredAt/) });
  });
});
