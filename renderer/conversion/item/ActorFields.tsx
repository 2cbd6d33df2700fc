// Who takes a step, on which date, with an optional note: the fields every step's form shares (one
// item or many). The person is chosen from the agency's contacts; the one holding the step's role
// comes first. The rules answer if someone else is chosen.
import { Field } from '../../ui/Field';
import type { FormErrors } from '../../ui/fieldErrors';
import { useAgencyContacts } from '../lists';

export type ActorField = 'byContactId' | 'on' | 'note';
export interface Actor {
  byContactId: number | null;
  on: string;
  note: string;
}
export const ACTOR_LABELS: Record<ActorField, string> = { byContactId: 'Who', on: 'Date', note: 'Note' };

interface Props {
  value: Actor;
  errors: FormErrors<ActorField>;
  onChange: (patch: Partial<Actor>) => void;
  /** "Customer Conversion Manager (Alex Rivera)": who may take the step. */
  who: string;
  dateHint?: string;
}

export function ActorFields({ value, errors, onChange, who, dateHint }: Props) {
  const { people } = useAgencyContacts();
  return (
    <>
      <Field label="Who" error={errors.fields.byContactId} required hint={`May take this step: ${who}.`}>
        <select value={value.byContactId ?? ''} onChange={(e) => onChange({ byContactId: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">Choose a person</option>
          {people.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Date" error={errors.fields.on} required hint={dateHint ?? 'The day it happened (agency calendar).'}>
        <input type="date" value={value.on} onChange={(e) => onChange({ on: e.target.value })} />
      </Field>
      <Field label="Note" error={errors.fields.note}>
        <textarea rows={2} maxLength={2000} value={value.note} onChange={(e) => onChange({ note: e.target.value })} />
      </Field>
    </>
  );
}
