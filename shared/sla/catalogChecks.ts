// Checks both kinds of catalog file share when they are loaded (catalog.ts, serviceLevels.ts).
import type { z } from 'zod';

/**
 * A checker of one catalog's id lists: each id of a list once, a repeat reported at its place
 * ("ticket kind "sev1" appears twice"); returns the ids seen, for the checks that refer to them.
 */
export function uniqueIds(ctx: z.RefinementCtx) {
  return (list: Array<{ id: string }>, key: string, what: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `${what} "${x.id}" appears twice` });
      seen.add(x.id);
    });
    return seen;
  };
}
