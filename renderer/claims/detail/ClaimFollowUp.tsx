// A denied, disputed or unanswered claim goes up the contractor's bill-or-contract ladder: whom to
// call next, and "Log call" (the shared button) recording the call on the claim.
import type { NextContact } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { nowIso } from '../../tickets/clock';
import { LogCall, NextContactCard } from '../../ui/LogCall';
import { useRecorder } from '../../shell/recorder';

export function ClaimFollowUp({ claimId, contact }: { claimId: number; contact: NextContact }) {
  const who = useRecorder((s) => s.who);
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
      <NextContactCard contact={contact} />
      <LogCall contact={contact} save={save} />
    </section>
  );
}
