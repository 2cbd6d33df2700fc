// Notification scheduler (main process): once when an SLA objective or escalation level is
// 15 minutes from due, once when it is overdue, and once when a submitted claim has had no answer
// for the agency's reminder days. What was notified is stored in notices_sent,
// so a restart neither repeats a notice nor loses one that fell due while the app was closed.
// The clock and the timer are injected, so tests control time.
import { toUtcIso } from '../../shared/calendar/instant';
import { catalogIdsOf, loadServiceLevelCatalog } from '../../shared/sla/catalog';
import type { EventPayload } from '../../shared/ipc/contract';
import type { Countdown, Ticket } from '../../shared/ipc/tickets';
import type { Clock } from './clock';
import { unansweredClaims } from './claims';
import { activeClocks } from './countdowns';
import { audit } from './db/audit';
import type { Db } from './db/open';
import { stmt } from './db/statements';

export const SOON_MS = 15 * 60_000;

export type Notice = EventPayload<'notice'>;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface Scheduler {
  /** Checks every open ticket now; returns the notices raised (already emitted). */
  tick(): Notice[];
  start(): void;
  stop(): void;
}

function phaseOf(c: Countdown, nowMs: number): 'soon' | 'overdue' | null {
  if (c.paused || c.dueAt === null || c.kind === 'escalation' && c.intervalMs === 0) return null;
  const dueMs = Date.parse(c.dueAt);
  if (nowMs > dueMs) return 'overdue';
  return dueMs - nowMs <= SOON_MS ? 'soon' : null;
}

/** Is this countdown a step of a help-desk incident's schedule (something to receive, not a restoration to wait for)? */
function isIncidentStep(c: Countdown): boolean {
  const sla = c.key.split('@')[0]!;
  return c.kind === 'sla' && catalogIdsOf('service-levels').some((id) => loadServiceLevelCatalog(id).sla(sla)?.basis === 'incident-step');
}

function describe(t: Ticket, c: Countdown, phase: 'soon' | 'overdue'): Notice & { key: string } {
  const what = c.kind === 'sla' ? `${c.label} (${c.clause})` : c.label;
  const ticket = `${t.circuitId}${t.contractorTicket ? ` — ticket ${t.contractorTicket}` : ''}`;
  if (isIncidentStep(c)) {
    return {
      key: `ticket:${t.id}:${c.key}:${phase}`,
      id: `ticket:${t.id}:${c.key}:${phase}`,
      level: phase === 'overdue' ? 'overdue' : 'warning',
      title: phase === 'overdue' ? `Overdue: ${what}` : `15 minutes left: ${what}`,
      body: `${ticket}: ${phase === 'overdue' ? 'not received on time: record it when it comes, or chase the center' : 'due in 15 minutes'}.`,
    };
  }
  return {
    key: `ticket:${t.id}:${c.key}:${phase}`,
    id: `ticket:${t.id}:${c.key}:${phase}`,
    level: phase === 'overdue' ? 'overdue' : 'warning',
    title: phase === 'overdue' ? `Overdue: ${what}` : `15 minutes left: ${what}`,
    body: c.kind === 'escalation' ? `${ticket}. Call ${c.contact ?? 'the next level'}.` : `${ticket}: ${phase === 'overdue' ? 'the objective is missed' : 'the objective is missed in 15 minutes unless restored'}.`,
  };
}

export function createScheduler(options: { db: Db; clock: Clock; emit: (notice: Notice) => void; intervalMs?: number; timers?: Timers }): Scheduler {
  const { db, clock, emit } = options;
  const timers: Timers = options.timers ?? { setInterval: (fn, ms) => setInterval(fn, ms), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) };
  let handle: unknown = null;

  const sent = (key: string) => stmt(db, 'SELECT 1 FROM notices_sent WHERE key = ?').get(key) !== undefined;
  const record = (key: string, ticketId: number | null, phase: 'soon' | 'overdue', dueAt: string, at: string) => {
    stmt(db, 'INSERT OR IGNORE INTO notices_sent (key, ticket_id, phase, due_at, sent_at) VALUES (?, ?, ?, ?, ?)').run(key, ticketId, phase, dueAt, at);
    audit(db, at, 'notices_sent', key, 'insert', null, { ticketId, phase, dueAt });
  };

  function tick(): Notice[] {
    const nowMs = clock.now();
    const at = toUtcIso(nowMs);
    const raised: Array<Notice & { key: string }> = [];
    const clocks = activeClocks(db, nowMs);
    db.transaction(() => {
      for (const c of clocks) {
        for (const cd of c.countdowns) {
          const phase = phaseOf(cd, nowMs);
          if (!phase) continue;
          const n = describe(c.ticket, cd, phase);
          if (sent(n.key)) continue;
          record(n.key, c.ticket.id, phase, cd.dueAt as string, at);
          // Overdue already: the "15 minutes left" notice is moot, so it is marked and not shown.
          if (phase === 'overdue') record(n.key.replace(/:overdue$/, ':soon'), c.ticket.id, 'soon', cd.dueAt as string, at);
          raised.push(n);
        }
      }
      // A claim the contractor has not answered: once per claim, whatever the reminder days become later.
      for (const c of unansweredClaims(db, nowMs)) {
        const key = `claim:${c.id}:no-answer`;
        if (sent(key)) continue;
        record(key, null, 'overdue', c.dueOn, at);
        raised.push({
          key,
          id: key,
          level: 'warning',
          title: `Claim ${c.id} to ${c.contractorName} for ${c.month}: no answer in ${c.reminderDays} days`,
          body: `Submitted ${c.submittedOn} and not acknowledged, credited or denied since. Follow it up on the contractor's bill-or-contract ladder (Claims → claim ${c.id}).`,
        });
      }
    })();
    const notices = raised.map(({ key: _key, ...n }) => n);
    for (const n of notices) emit(n);
    return notices;
  }

  return {
    tick,
    start() {
      if (handle !== null) return;
      tick();
      handle = timers.setInterval(() => {
        try {
          tick();
        } catch (e) {
          console.error('notification scheduler:', e);
        }
      }, options.intervalMs ?? 30_000);
    },
    stop() {
      if (handle !== null) timers.clearInterval(handle);
      handle = null;
    },
  };
}
