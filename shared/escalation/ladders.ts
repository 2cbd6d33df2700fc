// Escalation ladders are data (resources/ladders/*.json), validated at load
// (DOMAIN.md "Escalation ladders").
import { z } from 'zod';
import attService from '../../resources/ladders/att-calnet3-service-impacting.json';
import attBill from '../../resources/ladders/att-calnet3-bill-contract.json';
import ccc1 from '../../resources/ladders/ccc-severity-1.json';
import ccc2 from '../../resources/ladders/ccc-severity-2.json';
import ccc3 from '../../resources/ladders/ccc-severity-3.json';
import { zodProblems, formatProblem } from '../validation/problem';

const interval = z.union([
  z.strictObject({ minutes: z.number().positive() }),
  z.strictObject({ hours: z.number().positive() }),
  z.strictObject({ businessDays: z.number().positive() }),
]);
export type LadderInterval = z.infer<typeof interval>;

const levelSchema = z.strictObject({
  level: z.number().int().min(1),
  role: z.string().min(1),
  contactedBy: z.string().min(1),
  fallback: z.string().optional(),
  /** When this level is due, counted from the ladder's start (first contact at level 1); null for level 1. */
  due: interval.nullable(),
  rule: z.string().min(1),
});

export const ladderSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    contractor: z.string().nullable(),
    issueKind: z.enum(['service-impacting', 'bill-or-contract']),
    source: z.string().min(1),
    /** "business": business days count on the agency's business calendar; "24x7": every day counts. */
    calendar: z.enum(['business', '24x7']),
    levels: z.array(levelSchema).min(1),
    updates: z
      .strictObject({
        every: z.strictObject({ hours: z.number().positive() }).optional(),
        at: z.array(z.strictObject({ hours: z.number().positive() })).optional(),
        rule: z.string(),
      })
      .optional(),
  })
  .superRefine((ladder, ctx) => {
    ladder.levels.forEach((l, i) => {
      if (l.level !== i + 1) ctx.addIssue({ code: 'custom', path: ['levels', i, 'level'], message: `levels must be numbered 1, 2, 3… in order (found ${l.level} at position ${i + 1})` });
      if ((i === 0) !== (l.due === null)) ctx.addIssue({ code: 'custom', path: ['levels', i, 'due'], message: i === 0 ? 'level 1 starts the ladder and has no due time' : 'every level after the first needs a due time' });
      if (l.due && 'businessDays' in l.due && ladder.calendar === '24x7') ctx.addIssue({ code: 'custom', path: ['levels', i, 'due'], message: 'a 24x7 ladder counts hours, not business days' });
    });
  });
export type Ladder = z.infer<typeof ladderSchema>;
export type LadderLevel = Ladder['levels'][number];

export function parseLadder(json: unknown, source: string): Ladder {
  const r = ladderSchema.safeParse(json);
  if (!r.success) throw new Error(`${source} is not a valid ladder: ${zodProblems(r.error).map(formatProblem).join('; ')}`);
  return r.data;
}

export const LADDERS: readonly Ladder[] = [
  parseLadder(attService, 'resources/ladders/att-calnet3-service-impacting.json'),
  parseLadder(attBill, 'resources/ladders/att-calnet3-bill-contract.json'),
  parseLadder(ccc1, 'resources/ladders/ccc-severity-1.json'),
  parseLadder(ccc2, 'resources/ladders/ccc-severity-2.json'),
  parseLadder(ccc3, 'resources/ladders/ccc-severity-3.json'),
];

export function findLadder(id: string): Ladder | undefined {
  return LADDERS.find((l) => l.id === id);
}
