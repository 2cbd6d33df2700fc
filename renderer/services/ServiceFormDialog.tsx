// Add or edit one service. The seam validates; its errors come back per field and are shown
// next to the field, with the draft kept as typed.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Contractor } from '../../shared/ipc/agency';
import { SERVICE_TYPES, SERVICE_TYPE_LABELS, TIERS, TIER_LABELS, type ServiceType, type Tier } from '../../shared/ipc/services';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../ui/Form';
import { mapFieldErrors } from '../ui/fieldErrors';
import { MoneyInput } from '../ui/MoneyInput';
import { labelled, Options } from '../ui/options';
import { draftToRequest, SERVICE_FIELD_LABELS, type ServiceFormDraft } from './model';
import { useServicesUi } from './store';

export function ServiceFormDialog({ contractors }: { contractors: Contractor[] }) {
  const dialog = useServicesUi((s) => s.dialog);
  const draft = useServicesUi((s) => s.draft);
  const errors = useServicesUi((s) => s.errors);
  const saving = useServicesUi((s) => s.saving);
  const editDraft = useServicesUi((s) => s.editDraft);
  const setErrors = useServicesUi((s) => s.setErrors);
  const setSaving = useServicesUi((s) => s.setSaving);
  const closeDialog = useServicesUi((s) => s.closeDialog);
  const select = useServicesUi((s) => s.select);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [created, setCreated] = useState<Contractor[]>([]);

  if (dialog.kind !== 'form') return null;
  const editingId = dialog.editingId;

  const options = [...contractors, ...created.filter((c) => !contractors.some((x) => x.id === c.id))];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const body = draftToRequest(draft);
    const result = editingId === null ? await api.invoke('services:create', body) : await api.invoke('services:update', { ...body, id: editingId });
    setSaving(false);
    if (!result.ok) {
      setErrors(mapFieldErrors(result.error, SERVICE_FIELD_LABELS));
      focusFirstInvalid();
      return;
    }
    closeDialog();
    select(result.value.id);
    notify(editingId === null ? `Service ${result.value.circuitId} added` : `Service ${result.value.circuitId} saved`);
  };

  const set = <K extends keyof ServiceFormDraft>(key: K) => (value: ServiceFormDraft[K]) => editDraft({ [key]: value } as Partial<ServiceFormDraft>);

  const title = editingId === null ? 'Add a service' : `Edit ${dialog.circuitId}`;

  return (
    <Dialog title={title} onClose={closeDialog} size="large" busy={saving}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={errors.form} />
        <div className="form-grid">
          <Field label="Circuit ID" error={errors.fields.circuitId} required>
            <input
              type="text"
              value={draft.circuitId}
              onChange={(e) => set('circuitId')(e.target.value)}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
            />
          </Field>
          <ContractorField
            value={draft.contractorId}
            error={errors.fields.contractorId}
            options={options}
            onChange={set('contractorId')}
            onCreated={(c) => {
              setCreated((prev) => [...prev, c]);
              set('contractorId')(String(c.id));
            }}
          />
          <Field label="Service type" error={errors.fields.serviceType} required>
            <select value={draft.serviceType} onChange={(e) => set('serviceType')(e.target.value as ServiceType)}>
              {draft.serviceType === '' ? <option value="">Choose a type…</option> : null}
              <Options items={labelled(SERVICE_TYPES, SERVICE_TYPE_LABELS)} />
            </select>
          </Field>
          <Field label="Tier" error={errors.fields.tier} required hint="The tier the contractor committed to for this service's SLAs.">
            <select value={draft.tier} onChange={(e) => set('tier')(e.target.value as Tier)}>
              <option value="">Choose a tier…</option>
              <Options items={labelled(TIERS, TIER_LABELS)} />
            </select>
          </Field>
          <Field label="TMRC" error={errors.fields.tmrc} required hint="Total monthly recurring charge, dollars.">
            <MoneyInput value={draft.tmrc} onChange={set('tmrc')} />
          </Field>
          <Field label="ADUC" error={errors.fields.aduc} hint="Average daily usage charge; blank means 0.">
            <MoneyInput value={draft.aduc} onChange={set('aduc')} />
          </Field>
          <Field label="Installation fee" error={errors.fields.installFee} hint="Blank means 0.">
            <MoneyInput value={draft.installFee} onChange={set('installFee')} />
          </Field>
          <Field label="Seats" error={errors.fields.seats} hint="End-User VoIP seats; 50 or more at one address makes an outage CAT 1.">
            <input type="text" inputMode="numeric" autoComplete="off" value={draft.seats} onChange={(e) => set('seats')(e.target.value)} />
          </Field>
          <Field label="Site" error={errors.fields.site}>
            <input type="text" value={draft.site} onChange={(e) => set('site')(e.target.value)} maxLength={64} />
          </Field>
          <Field label="Address" error={errors.fields.address}>
            <input type="text" value={draft.address} onChange={(e) => set('address')(e.target.value)} maxLength={200} autoComplete="off" />
          </Field>
        </div>
        <DialogActions onCancel={closeDialog} busy={saving} busyLabel="Saving…" submitLabel={editingId === null ? 'Add service' : 'Save changes'} />
      </form>
    </Dialog>
  );
}


interface ContractorFieldProps {
  value: string;
  error: string | undefined;
  options: Contractor[];
  onChange: (id: string) => void;
  onCreated: (c: Contractor) => void;
}

/** The contractor select, with a way to add one that is missing without leaving the form. */
function ContractorField({ value, error, options, onChange, onCreated }: ContractorFieldProps) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (busy) return;
    setBusy(true);
    const result = await api.invoke('contractors:create', { name });
    setBusy(false);
    if (!result.ok) {
      setAddError(mapFieldErrors(result.error, { name: 'Contractor name' }).fields.name ?? result.error.message);
      return;
    }
    onCreated(result.value);
    notify(`Contractor ${result.value.name} added`);
    setAdding(false);
    setName('');
    setAddError(undefined);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      // Enter adds the contractor; it must not submit the service form around it.
      e.preventDefault();
      void add();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setAdding(false);
      setAddError(undefined);
    }
  };

  return (
    <div className="contractor-field">
      <Field
        label="Contractor"
        error={error}
        required
        addon={
          !adding ? (
            <button type="button" className="button small" onClick={() => setAdding(true)}>
              New…
            </button>
          ) : null
        }
      >
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose a contractor…</option>
          <Options items={options.map((c) => ({ value: String(c.id), label: c.name }))} />
        </select>
      </Field>
      {adding ? (
        <div className="inline-add">
          <Field label="New contractor name" error={addError}>
            <input
              type="text"
              value={name}
              autoFocus
              maxLength={120}
              onChange={(e) => {
                setName(e.target.value);
                setAddError(undefined);
              }}
              onKeyDown={onKey}
            />
          </Field>
          <div className="inline-add-actions">
            <button type="button" className="button small primary" onClick={() => void add()} disabled={busy}>
              Add contractor
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setAdding(false);
                setAddError(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
