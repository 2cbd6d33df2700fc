// Per contractor: the service-impacting ladder and the bill-or-contract ladder it follows.
import { useState, type FormEvent } from 'react';
import type { Contractor } from '../../shared/ipc/agency';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Field } from '../ui/Field';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { Options } from '../ui/options';
import { laddersOfKind, type Assignment, type LadderInfo } from './model';
import { SaveState } from './SaveState';

interface Props {
  ladders: LadderInfo[];
  contractors: Contractor[];
  assignments: Assignment[];
}

export function AssignmentsPanel({ ladders, contractors, assignments }: Props) {
  return (
    <section className="panel" aria-labelledby="assign-title">
      <h2 id="assign-title">Contractor ladders</h2>
      <p className="panel-intro">
        A ticket escalates on its contractor&rsquo;s service-impacting ladder; billing and contract disputes follow the bill-or-contract
        ladder.
      </p>
      {contractors.length === 0 ? (
        <p className="muted">
          No contractors yet. <a href="#/agency">Add one on the Agency screen</a>.
        </p>
      ) : (
        <div className="card-grid">
          {contractors.map((c) => {
            const a = assignments.find((x) => x.contractorId === c.id);
            // Keyed by what is stored: a save (here or elsewhere) starts the choice afresh.
            return <AssignmentForm key={`${c.id}:${a?.serviceLadderId}:${a?.billLadderId}`} contractor={c} assignment={a} ladders={ladders} />;
          })}
        </div>
      )}
    </section>
  );
}

type AssignField = 'serviceLadderId' | 'billLadderId';
const LABELS: Record<AssignField, string> = { serviceLadderId: 'Service-impacting ladder', billLadderId: 'Bill or contract ladder' };

function AssignmentForm({ contractor, assignment, ladders }: { contractor: Contractor; assignment: Assignment | undefined; ladders: LadderInfo[] }) {
  const storedService = assignment?.serviceLadderId ?? '';
  const storedBill = assignment?.billLadderId ?? '';
  const [service, setService] = useState(storedService);
  const [bill, setBill] = useState(storedBill);
  const [errors, setErrors] = useState<FormErrors<AssignField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const dirty = service !== storedService || bill !== storedBill;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving || !dirty) return;
    setSaving(true);
    const result = await api.invoke('ladders:assign', { contractorId: contractor.id, serviceLadderId: service || null, billLadderId: bill || null });
    setSaving(false);
    if (!result.ok) {
      setErrors(mapFieldErrors(result.error, LABELS));
      return;
    }
    setErrors(noErrors());
    notify(`Ladders saved for ${contractor.name}`);
  };

  return (
    <form className="assign-card" onSubmit={submit} noValidate aria-label={`Ladders for ${contractor.name}`}>
      <div className="card-head">
        <h3>{contractor.name}</h3>
        <SaveState state={dirty ? 'unsaved' : storedService || storedBill ? 'saved' : 'none'} noneText="No ladder chosen" />
      </div>
      {errors.form.length > 0 ? (
        <p className="form-error" role="alert">
          {errors.form.join(' ')}
        </p>
      ) : null}
      <LadderSelect label={LABELS.serviceLadderId} value={service} error={errors.fields.serviceLadderId} options={laddersOfKind(ladders, 'service-impacting')} onChange={setService} />
      <LadderSelect label={LABELS.billLadderId} value={bill} error={errors.fields.billLadderId} options={laddersOfKind(ladders, 'bill-or-contract')} onChange={setBill} />
      <div className="button-row">
        <button type="submit" className="button primary small" disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save ladders'}
        </button>
        {dirty ? (
          <button
            type="button"
            className="button subtle small"
            onClick={() => {
              setService(storedService);
              setBill(storedBill);
              setErrors(noErrors());
            }}
          >
            Undo changes
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface SelectProps {
  label: string;
  value: string;
  error: string | undefined;
  options: LadderInfo[];
  onChange: (id: string) => void;
}

function LadderSelect({ label, value, error, options, onChange }: SelectProps) {
  return (
    <Field label={label} error={error}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">None</option>
        <Options items={options.map((l) => ({ value: String(l.id), label: l.title }))} />
      </select>
    </Field>
  );
}
