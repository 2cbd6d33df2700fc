// A project's name, programs and dates (new blank project, and editing one): each error beside its field.
import { Field } from '../../ui/Field';
import type { FormErrors } from '../../ui/fieldErrors';
import type { ProjectField, ProjectForm } from '../model';

interface Props {
  form: ProjectForm;
  errors: FormErrors<ProjectField>;
  onChange: (patch: Partial<ProjectForm>) => void;
}

export function ProjectFields({ form, errors, onChange }: Props) {
  const text = (f: ProjectField) => ({ value: form[f], onChange: (e: { target: { value: string } }) => onChange({ [f]: e.target.value }) });
  return (
    <div className="form-grid">
      <Field label="Project name" error={errors.fields.name} required className="span-2">
        <input type="text" maxLength={120} {...text('name')} />
      </Field>
      <Field label="Old program" error={errors.fields.oldProgram} required hint="The contract services leave, e.g. CALNET 2.">
        <input type="text" maxLength={60} {...text('oldProgram')} />
      </Field>
      <Field label="New program" error={errors.fields.newProgram} required hint="The contract they move to, e.g. CALNET 3.">
        <input type="text" maxLength={60} {...text('newProgram')} />
      </Field>
      <Field label="Old contract end" error={errors.fields.oldContractEnd} required hint="Its last day: every service must be converted or disconnected by then.">
        <input type="date" {...text('oldContractEnd')} />
      </Field>
      <Field label="New contract award" error={errors.fields.newContractAward} hint="The day the new contract (its first category) was awarded.">
        <input type="date" {...text('newContractAward')} />
      </Field>
      <Field label="Survey due" error={errors.fields.surveyDue} hint="The day the program's conversion survey is due.">
        <input type="date" {...text('surveyDue')} />
      </Field>
      <Field label="Note" error={errors.fields.note} className="span-2">
        <textarea rows={2} maxLength={4000} {...text('note')} />
      </Field>
    </div>
  );
}
