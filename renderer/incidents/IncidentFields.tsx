// Reference, category and description: the fields both incident dialogs share.
import { Field } from '../ui/Field';
import type { FormErrors } from '../ui/fieldErrors';
import { labelled, Options } from '../ui/options';
import { CATEGORIES, CATEGORY_HINT, CATEGORY_LABELS, type Category } from './model';

export interface IncidentDraft {
  reference: string;
  category: Category;
  description: string;
}

export type IncidentField = keyof IncidentDraft | 'ticketIds';
export const INCIDENT_FIELD_LABELS: Record<IncidentField, string> = { reference: 'Reference', category: 'Category', description: 'Description', ticketIds: 'Tickets' };

interface Props {
  draft: IncidentDraft;
  errors: FormErrors<IncidentField>;
  onChange: (patch: Partial<IncidentDraft>) => void;
}

export function IncidentFields({ draft, errors, onChange }: Props) {
  return (
    <div className="form-grid">
      <Field label="Reference" error={errors.fields.reference} hint="Your or the contractor's incident number.">
        <input type="text" value={draft.reference} maxLength={64} autoComplete="off" spellCheck={false} autoFocus onChange={(e) => onChange({ reference: e.target.value })} />
      </Field>
      <Field label="Category" error={errors.fields.category}>
        <select value={draft.category} onChange={(e) => onChange({ category: e.target.value as Category })}>
          <Options items={labelled(CATEGORIES, CATEGORY_LABELS)} />
        </select>
      </Field>
      <p className="field-hint span-2">{CATEGORY_HINT}</p>
      <Field label="Description" error={errors.fields.description} className="span-2">
        <textarea value={draft.description} maxLength={2000} rows={3} onChange={(e) => onChange({ description: e.target.value })} />
      </Field>
    </div>
  );
}
