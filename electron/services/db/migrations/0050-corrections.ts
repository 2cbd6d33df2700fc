// Schema v5: corrections on the record (issue 10 item 5). An ATR's data is evidence in a money
// dispute, so a mistake is never erased: a timeline event or a stop clock entered in error is
// *retracted* (when, why, by whom) and stops counting; a correction is a new row that names the
// one it corrects (`corrects_id`), and the retracted original stays in the table and the audit log.
//
// Retracting differs from voiding (29.4.7): a voided stop clock did happen but was later found not
// to be the contractor's excuse, and the claim packet shows it; a retracted one never happened as
// recorded (a wrong time, a wrong code).
//
// The timeline rows the app writes for a stop clock now name it (`stop_clock_id`), so retracting a
// stop clock retracts its timeline lines too. Rows written before v5 are matched by ticket and
// instant, the only link they had.
import { rebuildTableSql } from '../rebuild';

// The event kinds gain 'stop_clock_retracted'; SQLite cannot change a CHECK in place, so the
// timeline is rebuilt with its rows, ids and index (rebuild.ts), with the new columns.
const ticketEvents = rebuildTableSql({
  name: 'ticket_events',
  definition: `(
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'note', 'contact', 'escalated', 'restored', 'not_restored', 'actual_restored',
                                     'closed', 'reopened', 'edited', 'stop_clock', 'stop_clock_ended', 'stop_clock_voided',
                                     'stop_clock_retracted')),
  at TEXT NOT NULL,
  -- Who recorded it (the ATR), and for contacts and escalations whom they reached, how, and the answer.
  who TEXT NOT NULL DEFAULT '',
  level INTEGER,
  whom TEXT NOT NULL DEFAULT '',
  how TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  retracted_at TEXT,
  retracted_reason TEXT NOT NULL DEFAULT '',
  retracted_by TEXT NOT NULL DEFAULT '',
  corrects_id INTEGER REFERENCES ticket_events(id),
  stop_clock_id INTEGER REFERENCES stop_clocks(id)
)`,
  columns: ['id', 'ticket_id', 'kind', 'at', 'who', 'level', 'whom', 'how', 'answer', 'detail', 'created_at'],
  indexes: [
    'CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at)',
    'CREATE INDEX ticket_events_stop_clock ON ticket_events (stop_clock_id) WHERE stop_clock_id IS NOT NULL',
  ],
});

export const sql = `
${ticketEvents}

ALTER TABLE stop_clocks ADD COLUMN retracted_at TEXT;
ALTER TABLE stop_clocks ADD COLUMN retracted_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE stop_clocks ADD COLUMN retracted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE stop_clocks ADD COLUMN corrects_id INTEGER REFERENCES stop_clocks(id);

UPDATE ticket_events SET stop_clock_id = (
  SELECT sc.id FROM stop_clocks sc
  WHERE sc.ticket_id = ticket_events.ticket_id
    AND ((ticket_events.kind = 'stop_clock' AND sc.start_at = ticket_events.at)
      OR (ticket_events.kind = 'stop_clock_ended' AND sc.end_at = ticket_events.at))
  ORDER BY sc.id LIMIT 1)
WHERE kind IN ('stop_clock', 'stop_clock_ended');
`;
