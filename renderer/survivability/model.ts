// Site-survivability usage events (29.4.8.7: from the activation of a site's survivability
// circuit to its return to standby) as the ATR types and reads them: the form's draft, the
// request the seam validates, and the list's rows. Times are typed in the agency's zone
// (ui/datetime.ts); the month's hours and the verdict are the engine's, not counted here.
import type { UsageEvent } from '../../shared/ipc/sla';
import { formatDateTime, localProblemMessage, parseLocal, toLocalInput } from '../ui/datetime';
import type { FormErrors } from '../ui/fieldErrors';

export interface UsageDraft {
  /** datetime-local values, agency time; '' when empty. */
  startAt: string;
  endAt: string;
  /** The site is still on its survivability circuit: no end yet. */
  ongoing: boolean;
  note: string;
}

export type UsageField = 'startAt' | 'endAt' | 'note' | 'site';

export const USAGE_FIELD_LABELS: Record<UsageField, string> = {
  startAt: 'Activated',
  endAt: 'Back to standby',
  note: 'Note',
  site: 'Site',
};

export function emptyUsageDraft(): UsageDraft {
  return { startAt: '', endAt: '', ongoing: false, note: '' };
}

export function draftFromUsage(e: UsageEvent, zone: string): UsageDraft {
  return { startAt: toLocalInput(e.startAt, zone), endAt: toLocalInput(e.endAt, zone), ongoing: e.endAt === null, note: e.note };
}

export interface UsageRequest {
  site: string;
  startAt: string;
  endAt: string | null;
  note: string;
}

export type UsageConverted = { ok: true; request: UsageRequest } | { ok: false; errors: FormErrors<UsageField> };

/**
 * The request, or what the form can tell before asking: a time the zone cannot read (or the hour
 * skipped at spring-forward), a missing activation, and an end that is neither typed nor marked
 * "still on survivability" (an empty end is not taken to mean "still on it" silently: the two
 * are different facts for the month's hours). The rest (an end before the start) is the seam's.
 */
export function usageRequest(d: UsageDraft, site: string, zone: string): UsageConverted {
  const fields: Partial<Record<UsageField, string>> = {};
  const start = parseLocal(d.startAt, zone);
  if (!start.ok) fields.startAt = localProblemMessage(USAGE_FIELD_LABELS.startAt, start.problem, zone);
  let endAt: string | null = null;
  if (!d.ongoing) {
    const end = parseLocal(d.endAt, zone);
    if (end.ok) endAt = end.iso;
    else if (end.problem === 'empty') fields.endAt = 'Back to standby is required, or tick “Still on survivability”';
    else fields.endAt = localProblemMessage(USAGE_FIELD_LABELS.endAt, end.problem, zone);
  }
  if (!start.ok || Object.keys(fields).length > 0) return { ok: false, errors: { fields, form: [] } };
  return { ok: true, request: { site, startAt: start.iso, endAt, note: d.note } };
}

export interface UsageRow {
  id: number;
  start: string;
  end: string;
  ongoing: boolean;
  /** "38.5 h", or "5 h so far" while the site is still on survivability. */
  duration: string;
  note: string;
  event: UsageEvent;
}

/**
 * A span in hours, the unit of the objective (29.4.8.7 counts usage hours per month): "40 h",
 * "38.5 h", "3.33 h". Display only: the month's sum, clipped to the month, is the engine's.
 */
export function usageHours(ms: number): string {
  const h = Math.round((Math.max(0, ms) / 3_600_000) * 100) / 100;
  return `${h.toLocaleString('en-US')} h`;
}

/** Newest first; an ongoing event is measured up to now (display only). */
export function usageRows(events: readonly UsageEvent[], zone: string, nowMs: number): UsageRow[] {
  return [...events]
    .sort((a, b) => Date.parse(b.startAt) - Date.parse(a.startAt) || b.id - a.id)
    .map((e) => {
      const from = Date.parse(e.startAt);
      const to = e.endAt === null ? nowMs : Date.parse(e.endAt);
      const span = Math.max(0, to - from);
      return {
        id: e.id,
        start: formatDateTime(e.startAt, zone),
        end: e.endAt === null ? '' : formatDateTime(e.endAt, zone),
        ongoing: e.endAt === null,
        duration: e.endAt === null ? `${usageHours(span)} so far` : usageHours(span),
        note: e.note,
        event: e,
      };
    });
}
