// The two roles of ATR Bulletin 13-06, chosen from the contacts (one person may hold both): the
// Customer Conversion Manager authorizes, the Coordinator works with the contractors. Each shows
// its duties in the bulletin's words and the steps it may take in the app (the rules' own list).
import { useState, type FormEvent } from 'react';
import type { ConversionRole } from '../../../shared/conversion/types';
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormErrorText } from '../../ui/Form';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { Icon } from '../../ui/Icon';
import { ROLE_LABELS, STEP_LABELS } from '../model';
import { useAgencyContacts } from '../lists';
import { useConversionUi } from '../store';

type RoleField = 'managerContactId' | 'coordinatorContactId';
const FIELD_OF: Record<ConversionRole, RoleField> = { manager: 'managerContactId', coordinator: 'coordinatorContactId' };
const LABELS: Record<RoleField, string> = { managerContactId: ROLE_LABELS.manager, coordinatorContactId: ROLE_LABELS.coordinator };

export function RolesPanel({ d }: { d: ProjectDetail }) {
  const { people, error: contactsError } = useAgencyContacts();
  const open = useConversionUi((s) => s.open);
  const held = (role: ConversionRole) => d.roles.find((r) => r.role === role)?.contactId ?? null;
  const [chosen, setChosen] = useState<Record<ConversionRole, number | null>>({ manager: held('manager'), coordinator: held('coordinator') });
  const { errors, saving, formRef, submit: send } = useFormSubmit<RoleField>((e) => mapFieldErrors(e, LABELS));
  const [confirming, setConfirming] = useState(false);
  const changed = chosen.manager !== held('manager') || chosen.coordinator !== held('coordinator');
  const clearing = d.roles.filter((r) => r.contactId !== null && chosen[r.role] === null);

  const save = () => {
    setConfirming(false);
    void send(
      () => api.invoke('conversion:setRoles', { projectId: d.project.id, managerContactId: chosen.manager, coordinatorContactId: chosen.coordinator }),
      () => notify('Roles saved', chosen.manager !== null && chosen.manager === chosen.coordinator ? 'One person holds both roles.' : ''),
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (clearing.length > 0) setConfirming(true);
    else save();
  };

  return (
    <section className="panel roles-panel" aria-labelledby="roles-title">
      <div className="panel-head">
        <h2 id="roles-title">Conversion roles</h2>
        <button type="button" className="button" onClick={() => open({ kind: 'contact' })}>
          <Icon name="plus" /> Add a contact…
        </button>
      </div>
      <p className="panel-intro">
        The department names a Customer Conversion Manager and a Customer Conversion Coordinator (ATR 13-06); one person may hold both.
        Only the Manager&rsquo;s authorization moves an item to authorized.
      </p>
      {contactsError ? (
        <p className="form-error" role="alert">
          The contacts could not be loaded: {contactsError}
        </p>
      ) : null}
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Conversion roles">
        <FormErrorText messages={errors.form} />
        <div className="roles-grid">
          {d.roles.map((r) => (
            <div key={r.role} className="role-card">
              <Field label={ROLE_LABELS[r.role]} error={errors.fields[FIELD_OF[r.role]]} hint={people.length === 0 ? 'No agency contact yet: add one first.' : undefined}>
                <select value={chosen[r.role] ?? ''} onChange={(e) => setChosen((c) => ({ ...c, [r.role]: e.target.value === '' ? null : Number(e.target.value) }))}>
                  <option value="">Not named yet</option>
                  {people.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                      {c.role ? `, ${c.role}` : ''}
                    </option>
                  ))}
                </select>
              </Field>
              {r.contactId !== null && (r.phone || r.email) ? (
                <p className="muted small">{[r.phone, r.email].filter(Boolean).join(' · ')}</p>
              ) : null}
              <h3 className="sub-title">Duties</h3>
              <ul className="duties">
                {r.duties.map((duty) => (
                  <li key={duty}>{duty}</li>
                ))}
              </ul>
              <p className="role-steps">
                <strong>May record in the app:</strong> {r.steps.map((s) => STEP_LABELS[s]).join(', ')}
              </p>
            </div>
          ))}
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={!changed || saving}>
            {saving ? 'Saving…' : 'Save roles'}
          </button>
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          title="Leave a role open?"
          message={
            <p>
              {clearing.map((r) => `${r.name} will no longer be the ${ROLE_LABELS[r.role]}`).join('; ')}. Until someone is named, the steps of that role
              are blocked.
            </p>
          }
          confirmLabel="Save roles"
          danger
          onConfirm={save}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
