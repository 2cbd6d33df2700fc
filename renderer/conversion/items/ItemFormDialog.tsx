// Logging an item (conversion:createItem) or editing one (conversion:updateItem): the old circuit
// and its incumbent, where it goes, its dates and notes. The decision is not typed: the rules derive
// it from incumbent vs target (or a disconnect notice) and the item's page shows why.
import { useState, type FormEvent } from 'react';
import type { ConversionItem, ProjectDetail } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { goTo } from '../../shell/route';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorList } from '../../ui/Form';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { MoneyInput } from '../../ui/MoneyInput';
import { ServiceSelect } from '../item/ServiceSelect';
import { useContractors } from '../lists';
import { draftFromForm, emptyItemForm, formFromItem, ITEM_FIELD_LABELS, type ItemField, type ItemForm } from '../model';
import { hrefForItem } from '../route';
import { useConversionUi } from '../store';

export function ItemFormDialog({ d, item }: { d: ProjectDetail; item: ConversionItem | null }) {
  const close = useConversionUi((s) => s.closeDialog);
  const contractors = useContractors();
  const [values, setValues] = useState<ItemForm>(() => (item ? formFromItem(item) : emptyItemForm()));
  const { errors, saving, formRef, submit: send, clear: clearErrors } = useFormSubmit<ItemField>((e) => mapFieldErrors(e, ITEM_FIELD_LABELS));
  const title = item ? `Edit ${item.oldCircuitId}` : 'Add an item';

  const edit = (patch: Partial<ItemForm>) => {
    setValues((f) => ({ ...f, ...patch }));
    clearErrors(...(Object.keys(patch) as ItemField[]));
  };
  const text = (f: ItemField) => ({ value: values[f], onChange: (e: { target: { value: string } }) => edit({ [f]: e.target.value }) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const draft = draftFromForm(values);
    void send(
      () => (item ? api.invoke('conversion:updateItem', { id: item.id, ...draft }) : api.invoke('conversion:createItem', { projectId: d.project.id, ...draft })),
      ({ item: saved }) => {
        close();
        notify(item ? `${saved.oldCircuitId} saved` : `${saved.oldCircuitId} logged: ${saved.decisionLabel}`, saved.decisionReason);
        if (!item) goTo(hrefForItem(d.project.id, saved.id));
      },
    );
  };

  const contractorOptions = contractors.map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));

  return (
    <Dialog title={title} onClose={close} size="large" busy={saving}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={errors.form} />
        <fieldset className="form-section">
          <legend>The existing service ({d.project.oldProgram})</legend>
          <div className="form-grid">
            <Field label="Old Circuit ID" error={errors.fields.oldCircuitId} required hint="Its Circuit ID or Service ID.">
              <input type="text" maxLength={64} className="mono" {...text('oldCircuitId')} />
            </Field>
            <Field label="Incumbent contractor" error={errors.fields.incumbentContractorId} required>
              <select {...text('incumbentContractorId')} onChange={(e) => edit({ incumbentContractorId: e.target.value, serviceId: '' })}>
                <option value="">Choose a contractor</option>
                {contractorOptions}
              </select>
            </Field>
            <Field label="Incumbent service" error={errors.fields.incumbentService} required hint='As the incumbent bills it, e.g. "Centrex line".'>
              <input type="text" maxLength={200} {...text('incumbentService')} />
            </Field>
            <ServiceSelect
              label="Service on file"
              contractorId={values.incumbentContractorId === '' ? null : Number(values.incumbentContractorId)}
              value={values.serviceId}
              onChange={(serviceId) => edit({ serviceId })}
              noneLabel="None (not in ATR Desk)"
              error={errors.fields.serviceId}
              hint="When the old service is in ATR Desk, converting carries its tickets over to the new one."
            />
            <Field label="Site" error={errors.fields.site}>
              <input type="text" maxLength={64} {...text('site')} />
            </Field>
            <Field label="Old TMRC" error={errors.fields.oldTmrc} hint="For parallel billing; empty takes the service on file's TMRC.">
              <MoneyInput value={values.oldTmrc} onChange={(oldTmrc) => edit({ oldTmrc })} />
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Where it goes ({d.project.newProgram})</legend>
          <p className="field-hint">
            The same contractor and service is a Transition; another contractor or service is a Migration (Form 20 required). Left empty, a
            non-exempt State agency&rsquo;s service transitions automatically.
          </p>
          <div className="form-grid">
            <Field label="Target contractor" error={errors.fields.targetContractorId}>
              <select {...text('targetContractorId')}>
                <option value="">Not chosen</option>
                {contractorOptions}
              </select>
            </Field>
            <Field label="Target service" error={errors.fields.targetService}>
              <input type="text" maxLength={200} {...text('targetService')} />
            </Field>
            <Field label="New Circuit ID" error={errors.fields.newCircuitId} hint="Once the contractor gives it.">
              <input type="text" maxLength={64} className="mono" {...text('newCircuitId')} />
            </Field>
            <Field label="Disconnect notice date" error={errors.fields.disconnectNoticeOn} hint="The day a disconnect notice went to the incumbent: the service is then disconnected, not converted.">
              <input type="date" {...text('disconnectNoticeOn')} />
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Schedule</legend>
          <div className="form-grid">
            <Field label="Preferred timeframe" error={errors.fields.preferredTimeframe} hint='e.g. "Weekend", "After 17:00".'>
              <input type="text" maxLength={120} {...text('preferredTimeframe')} />
            </Field>
            <Field label="Scheduled date" error={errors.fields.scheduledOn}>
              <input type="date" {...text('scheduledOn')} />
            </Field>
            <Field label="Notes" error={errors.fields.notes} className="span-2">
              <textarea rows={2} maxLength={4000} {...text('notes')} />
            </Field>
          </div>
        </fieldset>
        <DialogActions onCancel={close} busy={saving} submitLabel={item ? 'Save' : 'Add item'} busyLabel="Saving…" />
      </form>
    </Dialog>
  );
}
