// The agency's own contact at each level of the ladders a contractor follows.
import type { Contractor } from '../../shared/ipc/agency';
import { useApiQuery } from '../api/useApiQuery';
import { Field } from '../ui/Field';
import { Options } from '../ui/options';
import { LevelContactForm } from './LevelContactForm';
import { chosenLadders, findContact, ISSUE_KIND_LABELS, scheduleSentence, type Assignment, type LadderInfo } from './model';
import { useEscalationUi } from './store';

interface Props {
  ladders: LadderInfo[];
  contractors: Contractor[];
  assignments: Assignment[];
}

export function ContactsPanel({ ladders, contractors, assignments }: Props) {
  const picked = useEscalationUi((s) => s.contactsFor);
  const showContactsFor = useEscalationUi((s) => s.showContactsFor);
  const contractor = contractors.find((c) => c.id === picked) ?? contractors[0];
  const contacts = useApiQuery('ladders:contacts', contractor ? { contractorId: contractor.id } : {}, ['ladder_contacts']);
  if (!contractor) return null;
  const chosen = chosenLadders(assignments.find((a) => a.contractorId === contractor.id), ladders);

  return (
    <section className="panel" aria-labelledby="contacts-title" aria-busy={contacts.loading}>
      <div className="panel-head">
        <h2 id="contacts-title">Your contacts at each level</h2>
        <Field label="Contractor" className="inline-field">
          <select value={contractor.id} onChange={(e) => showContactsFor(Number(e.target.value))}>
            <Options items={contractors.map((c) => ({ value: String(c.id), label: c.name }))} />
          </select>
        </Field>
      </div>
      <p className="panel-intro">
        The people change, so the app ships no names: enter whom you call at each level. Tickets then show the next contact with the
        countdown.
      </p>
      {contacts.error && !contacts.data ? (
        <p className="form-error" role="alert">
          The contacts could not be loaded: {contacts.error.message}
        </p>
      ) : chosen.length === 0 ? (
        <p className="empty-inline">
          {contractor.name} follows no ladder yet. Choose one under <a href="#assign-title">Contractor ladders</a> above, then enter
          the contacts here.
        </p>
      ) : !contacts.data ? (
        <p className="muted">Loading…</p>
      ) : (
        chosen.map((ladder) => (
          <section key={ladder.id} className="ladder-contacts" aria-label={`${ladder.title} contacts`}>
            <h3>{ladder.title}</h3>
            <p className="muted">
              {ISSUE_KIND_LABELS[ladder.issueKind] ?? ladder.issueKind}. {scheduleSentence(ladder)}
            </p>
            {ladder.levels.map((level) => {
              const stored = findContact(contacts.data ?? [], ladder.id, level.level);
              return (
                <LevelContactForm
                  key={`${contractor.id}:${ladder.id}:${level.level}:${stored?.name}:${stored?.phone}:${stored?.email}`}
                  contractorId={contractor.id}
                  ladderId={ladder.id}
                  level={level}
                  stored={stored}
                />
              );
            })}
          </section>
        ))
      )}
    </section>
  );
}
