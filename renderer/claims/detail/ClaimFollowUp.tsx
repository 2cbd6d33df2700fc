// A denied, disputed or unanswered claim goes up the contractor's bill-or-contract ladder: whom to
// call next, when that level falls due (level 2 one business day after the first call, level 3
// after two), and "Log call" (the shared button) recording the call on the claim. A click too many
// is undone from the notice, as on a ticket: the call is retracted (kept, struck through) and the
// ladder goes back where it was.
import type { Countdown, NextContact } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { nowIso } from '../../tickets/clock';
import { LogCall, NextContactCard } from '../../ui/LogCall';
import { useRecorder } from '../../shell/recorder';
import { CountdownList } from '../../tickets/Countdown';
import { useAgencyZone, useCalendar } from '../../ui/agencyTime';

export function ClaimFollowUp({ claimId, contact, countdown }: { claimId: number; contact: NextContact; countdown: Countdown | null }) {
  const who = useRecorder((s) => s.who);
  const zone = useAgencyZone();
  const cal = useCalendar(zone);
  const undo = async (callId: number) => {
    const r = await api.invoke('claims:retractCall', { id: callId, reason: 'Undone right after logging', who });
    if (r.ok) notify('Call undone', 'The call stays on the timeline, struck through; the ladder is back where it was.');
    else notify('The call could not be undone', r.error.message, 'error');
  };
  const save = async ({ level, whom, answer }: { level: number; whom: string; answer: string }) => {
    const r = await api.invoke('claims:logCall', { id: claimId, at: nowIso(), level, whom, how: 'phone', answer, who });
    if (!r.ok) return r.error.message;
    // The call just logged: the newest call standing.
    const logged = r.value.events.filter((e) => e.kind === 'escalated' && e.retractedAt === null).reduce((a, e) => (e.id > a ? e.id : a), 0);
    notify(`Call logged: level ${level}`, `${whom}${answer ? ` — “${answer}”` : ''}`, 'success', { label: 'Undo', run: () => void undo(logged) });
    return null;
  };
  return (
    <section className="panel claim-follow-up" aria-labelledby="claim-follow-up-title">
      <h2 id="claim-follow-up-title">Call next</h2>
      <p className="muted small">{contact.ladderTitle}</p>
      {countdown ? <CountdownList countdowns={[countdown]} cal={cal} zone={zone} label="Escalation countdown" /> : null}
      <NextContactCard contact={contact} />
      <LogCall contact={contact} save={save} />
    </section>
  );
}
