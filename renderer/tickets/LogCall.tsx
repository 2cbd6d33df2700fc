// "Log call" on a ticket (the shared button, renderer/ui/LogCall.tsx, recording tickets:addEvent).
// A click too many is undone from the notice for a few seconds: the call is retracted (kept on
// record, struck through) and the ladder goes back where it was.
import type { NextContact } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { LogCall as LogCallButton } from '../ui/LogCall';
import { nowIso } from './clock';
import { useRecorder } from '../shell/recorder';

export { NextContactCard } from '../ui/LogCall';

export function LogCall({ ticketId, contact }: { ticketId: number; contact: NextContact }) {
  const who = useRecorder((s) => s.who);

  const undo = async (eventId: number) => {
    const r = await api.invoke('tickets:retractEvent', { id: eventId, reason: 'Undone right after logging', who });
    if (r.ok) notify('Call undone', `The ladder is back at level ${r.value.reachedLevel}; the call stays on the timeline, struck through.`);
    else notify('The call could not be undone', r.error.message, 'error');
  };

  const save = async ({ level, whom, answer }: { level: number; whom: string; answer: string }) => {
    const r = await api.invoke('tickets:addEvent', { ticketId, kind: 'escalated', level, whom, how: 'phone', answer, at: nowIso(), who });
    if (!r.ok) return r.error.message;
    // The call just logged: the newest escalation line standing.
    const logged = r.value.events.filter((e) => e.kind === 'escalated' && e.retractedAt === null).reduce((a, e) => (e.id > a ? e.id : a), 0);
    notify(`Call logged: level ${level}`, `${whom}${answer ? ` — “${answer}”` : ''}`, 'success', {
      label: 'Undo',
      run: () => void undo(logged),
    });
    return null;
  };

  return <LogCallButton contact={contact} save={save} />;
}
