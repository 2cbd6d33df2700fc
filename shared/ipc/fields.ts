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

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/;
/** The years an ATR's record can hold: CALNET 3 runs from 2019, and nothing is planned past 2100. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** Why an instant's text is not a real date and time with an offset, or null when it is. */
export function instantProblem(s: string): string | null {
  const m = INSTANT.exec(s);
  if (!m) return 'must be a date and time with a time zone offset, e.g. 2026-10-06T10:00:00-07:00';
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  // Date.parse rolls February 30 over to March 2: check the calendar ourselves.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'must be a real calendar date (no February 30)';
  if (hour > 23 || minute > 59 || second > 59) return 'must be a real time of day (00:00 to 23:59)';
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return 'must have a real time zone offset (at most ±14:00)';
  if (year < FIRST_YEAR || year > LAST_YEAR) return `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`;
  return null;
}

export const isoInstant = z.string().superRefine((s, ctx) => {
  const problem = instantProblem(s);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

// A lone UTF-16 surrogate cannot be stored, printed or exported faithfully (it turns into U+FFFD).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text is well-formed Unicode (no lone surrogate). */
export function isWellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

const wellFormed = (label: string) => [isWellFormed, `${label} contains a character that is not valid text; type it again`] as const;

export function text(label: string, max: number) {
  return z.string({ message: `${label} must be text` }).refine(...wellFormed(label)).trim().max(max, `${label} is at most ${max} characters`);
}

export function requiredText(label: string, max: number) {
  return z
    .string({ message: `${label} is required` })
    .refine(...wellFormed(label))
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`);
}

/**
 * A whole number of 0 or more, as a number or as the digits a person typed ("12"). Nothing
 * else: `true`, "0x10", "1e3" and "12.0" are refused rather than coerced.
 */
export function wholeNumber(label: string, max: number) {
  const message = `${label} must be a whole number`;
  return z
    .union([z.number({ message }), z.string({ message })], { message })
    .transform((raw, ctx) => {
      const n = typeof raw === 'number' ? raw : /^\s*\d{1,15}\s*$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(n)) ctx.addIssue({ code: 'custom', message });
      else if (n < 0) ctx.addIssue({ code: 'custom', message: `${label} cannot be negative` });
      else if (n > max) ctx.addIssue({ code: 'custom', message: `${label} is at most ${max}` });
      else return n;
      return z.NEVER;
    });
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
  }, 'must be a real calendar date')
  .refine((s) => {
    const y = Number(s.slice(0, 4));
    return y >= FIRST_YEAR && y <= LAST_YEAR;
  }, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);

/** A calendar date of the agency's time zone whose messages name the field ("Scheduled date must be a date like 2014-01-15"). */
export function labelledDate(label: string) {
  return z.string({ message: `${label} must be a date like 2014-01-15` }).superRefine((s, ctx) => {
    const r = dateText.safeParse(s);
    if (!r.success) ctx.addIssue({ code: 'custom', message: `${label} ${r.error.issues[0]?.message ?? 'must be a date like 2014-01-15'}` });
  });
}
