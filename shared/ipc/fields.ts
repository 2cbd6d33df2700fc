// Field schemas shared by several channels, with messages that name the field.
import { z } from 'zod';
import { daysInMonth } from '../calendar/civil';
import { parseDollars } from '../money';

/** A dollar amount typed by a person ("1200", "1,200.50"): ≥ 0, at most two decimals → cents. */
export function dollars(label: string) {
  return z.union([z.string(), z.number()]).transform((raw, ctx) => {
    const text = typeof raw === 'number' ? String(raw) : raw;
    const cents = parseDollars(text);
    if (cents === null) {
      ctx.addIssue({
        code: 'custom',
        message: text.trim().startsWith('-')
          ? `${label} cannot be negative`
          : `${label} must be a dollar amount of 0 or more with at most two decimals, e.g. 1200.00`,
      });
      return z.NEVER;
    }
    return cents;
  });
}

export const id = z.number().int().positive();

export const isoInstant = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'must be a date and time with a time zone offset',
});

export function text(label: string, max: number) {
  return z.string().trim().max(max, `${label} is at most ${max} characters`);
}

export function requiredText(label: string, max: number) {
  return z.string({ message: `${label} is required` }).trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`);
}

/** A calendar month of the agency's time zone, "2026-10". */
export const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month must be a month like 2026-10');
/** A calendar date of the agency's time zone, "2026-10-31". */
export const dateText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-10-31')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  }, 'must be a real calendar date');
