// One live countdown: the time left, ticked every second from what the main process sent
// once (liveCountdown), coloured by urgency (amber at 25% of its interval left, red overdue).
import type { BusinessCalendar } from '../../shared/calendar';
import type { Countdown } from '../../shared/ipc/tickets';
import { liveCountdown } from '../../shared/tickets/tick';
import { useNow } from './clock';
import { formatShort } from './dates';
import './tickets.css';

function visibleLabel(c: Countdown): string {
  if (c.kind === 'escalation') return c.key === 'escalation' ? `Call level ${c.level ?? 1}` : `Level ${c.level ?? ''} due`;
  // "Time to Repair (TTR)" → "Time to Repair": the abbreviation is in the tooltip and the accessible name.
  return c.label.replace(/\s*\([^)]*\)\s*$/, '');
}

function dueText(c: Countdown, zone: string, now: number): string {
  if (c.paused) return 'stop clock running';
  if (c.kind === 'escalation' && c.intervalMs === 0) return 'ladder not started';
  if (!c.dueAt) return '';
  return `${Date.parse(c.dueAt) < now ? 'was due' : 'due'} ${formatShort(c.dueAt, zone)}${c.businessTime ? ' (business time)' : ''}`;
}

export function CountdownLine({ c, cal, zone }: { c: Countdown; cal: BusinessCalendar; zone: string }) {
  const now = useNow();
  const live = liveCountdown(c, now, cal);
  const title = c.kind === 'sla' ? `${c.label}, ${c.clause}` : `${c.label}${c.contact ? ` — ${c.contact}` : ''}`;
  return (
    <li className={`countdown urgency-${live.urgency}${c.paused ? ' is-paused' : ''}`}>
      <span className="countdown-label" title={title}>
        <span className="urgency-dot" aria-hidden="true" />
        {visibleLabel(c)}
      </span>
      <span role="timer" aria-label={c.label} className="countdown-time" data-urgency={live.urgency} data-paused={c.paused ? 'true' : 'false'}>
        {live.text}
      </span>
      <span className="countdown-due">{dueText(c, zone, now)}</span>
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
