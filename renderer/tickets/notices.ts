// The contractor's notices to CALNET on a CAT 2 / CAT 3 ticket (29.4.8.9 Notification): the
// form's draft as typed and the request it makes. The time is typed in the agency's zone.
import { NOTICE_METHODS } from '../../shared/ipc/sla';
import { localProblemMessage, parseLocal } from '../ui/datetime';
import type { FormErrors } from '../ui/fieldErrors';

export type NoticeMethod = (typeof NOTICE_METHODS)[number];

export const NOTICE_METHOD_LABELS: Record<NoticeMethod, string> = {
  phone: 'Phone',
  email: 'E-mail',
  portal: 'Contractor portal',
  other: 'Other',
};

export function methodLabel(method: string): string {
  return NOTICE_METHOD_LABELS[method as NoticeMethod] ?? method;
}

export interface NoticeDraft {
  /** datetime-local, agency time. */
  at: string;
  method: NoticeMethod;
  note: string;
  /** A help-desk notification's kind (its catalog's); '' for a CALNET notice. */
  kind: string;
}

export type NoticeField = keyof NoticeDraft;

export const NOTICE_FIELD_LABELS: Record<NoticeField, string> = { at: 'Notified at', method: 'Method', note: 'Note', kind: 'Kind' };

export function emptyNoticeDraft(at: string, kind = ''): NoticeDraft {
  return { at, method: 'phone', note: '', kind };
}

export interface NoticeRequest {
  ticketId: number;
  at: string;
  method: NoticeMethod;
  note: string;
  kind: string;
}

export type NoticeConverted = { ok: true; request: NoticeRequest } | { ok: false; errors: FormErrors<NoticeField> };

/** The request, or what the form can tell before asking (a time it cannot read, in the agency's zone). */
export function noticeRequest(ticketId: number, d: NoticeDraft, zone: string): NoticeConverted {
  const p = parseLocal(d.at, zone);
  if (!p.ok) return { ok: false, errors: { fields: { at: localProblemMessage(NOTICE_FIELD_LABELS.at, p.problem, zone) }, form: [] } };
  return { ok: true, request: { ticketId, at: p.iso, method: d.method, note: d.note.trim(), kind: d.kind } };
}

/** The audit entries of this ticket's notices, recorded or deleted (the row is gone after a delete, its entry is not). */
export function noticeAuditOf<E extends { before: string | null; after: string | null }>(entries: readonly E[], ticketId: number): E[] {
  return entries.filter((e) => {
    const row = parseRow(e.after) ?? parseRow(e.before);
    return row !== null && row.ticketId === ticketId;
  });
}

/** What an audited notice was: its method, time and note ("Phone, <time>: Told the CALNET office"). */
export function noticeAuditText(e: { before: string | null; after: string | null }, formatInstant: (iso: string) => string): string {
  const row = parseRow(e.after) ?? parseRow(e.before);
  if (!row) return '';
  const at = typeof row.at === 'string' ? formatInstant(row.at) : '';
  const note = typeof row.note === 'string' && row.note ? `: ${row.note}` : '';
  return `${methodLabel(String(row.method ?? ''))}, ${at}${note}`;
}

function parseRow(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
