// One live countdown: the time left, ticked every second from what the main process sent
// once (liveCountdown), coloured by urgency (amber at 25% of its interval left, red overdue).
import { useId } from 'react';
import type { BusinessCalendar } from '../../shared/calendar';
import type { Countdown } from '../../shared/ipc/tickets';
import { businessHoursState, liveCountdown } from '../../shared/tickets/tick';
import { useNow } from './clock';
import { formatDue, formatWhen } from './dates';
import { businessHoursNote, countdownVisibleLabel } from './model';
import { shownUrgency } from './urgency';
import './tickets.css';

function dueText(c: Countdown, zone: string, now: number): string {
  if (c.paused) return '';
  if (c.kind === 'escalation' && c.intervalMs === 0) return 'not started';
  if (!c.dueAt) return '';
  return `${Date.parse(c.dueAt) < now ? 'was due' : 'due'} ${formatDue(c.dueAt, now, zone)}`;
}

function tooltip(c: Countdown, zone: string): string {
  const what = c.kind === 'sla' ? `${c.label}, ${c.clause}` : `${c.label}${c.contact ? ` — ${c.contact}` : ''}`;
  if (c.paused) return `${what}. Paused: a stop clock is running.`;
  const due = c.dueAt ? `. Due ${formatWhen(c.dueAt, zone)}` : '';
  return `${what}${due}${c.businessTime ? ', counted in business hours' : ''}.`;
}

export function CountdownLine({ c, cal, zone }: { c: Countdown; cal: BusinessCalendar; zone: string }) {
  const now = useNow();
  const live = liveCountdown(c, now, cal);
  const urgency = shownUrgency(c, now, cal);
  const hours = businessHoursState(c, now, cal);
  const waiting = hours !== null && !hours.counting;
  const noteId = useId();
  return (
    <li className={`countdown urgency-${urgency}${c.paused ? ' is-paused' : ''}${waiting ? ' is-waiting' : ''}`} title={tooltip(c, zone)}>
      <span className="countdown-label">
        <span className="urgency-dot" aria-hidden="true" />
        {countdownVisibleLabel(c)}
      </span>
      <span className="countdown-due">{dueText(c, zone, now)}</span>
      <span
        role="timer"
        aria-label={c.label}
        aria-describedby={hours ? noteId : undefined}
        className="countdown-time"
        data-urgency={urgency}
        data-paused={c.paused ? 'true' : 'false'}
        data-business-time={c.businessTime ? 'true' : 'false'}
      >
        {live.text}
      </span>
      {hours ? (
        <span id={noteId} className="countdown-hours">
          {businessHoursNote(hours, now, zone)}
        </span>
      ) : null}
    </li>
  );
}

export function CountdownList({ countdowns, cal, zone, label }: { countdowns: Countdown[]; cal: BusinessCalendar; zone: string; label: string }) {
  if (countdowns.length === 0) return null;
  return (
    <ul className="countdowns" aria-label={label}>
      {countdowns.map((c) => (
        <CountdownLine key={c.key} c={c} cal={cal} zone={zone} />
      ))}
    </ul>
  );
}
