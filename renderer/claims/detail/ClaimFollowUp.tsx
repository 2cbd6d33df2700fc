// A denied, disputed or unanswered claim goes up the contractor's bill-or-contract ladder: whom to
// call next, when that level falls due (level 2 one business day after the first call, level 3
// after two), and "Log call" (the shared button) recording the call on the claim.
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
  const save = async ({ level, whom, answer }: { level: number; whom: string; answer: string }) => {
    const r = await api.invoke('claims:logCall', { id: claimId, at: nowIso(), level, whom, how: 'phone', answer, who });
    if (!r.ok) return r.error.message;
    notify(`Call logged: level ${level}`, `${whom}${answer ? ` — “${answer}”` : ''}`);
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
