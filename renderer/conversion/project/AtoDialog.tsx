// Recording the ATO on file for a contractor (conversion:setAto): its date and reference. Taking an
// ATO off file (no date) asks first: a Non-State Entity's orders to that contractor are then blocked.
import { useState } from 'react';
import type { AtoRecord } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorList } from '../../ui/Form';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { useConversionUi } from '../store';

type AtoField = 'onFileOn' | 'reference' | 'note';
const LABELS: Record<AtoField, string> = { onFileOn: 'ATO date', reference: 'ATO reference', note: 'Note' };

export function AtoDialog({ ato, today }: { ato: AtoRecord; today: string }) {
  const close = useConversionUi((s) => s.closeDialog);
  const [v, setV] = useState<Record<AtoField, string>>({ onFileOn: ato.onFileOn ?? today, reference: ato.reference, note: ato.note });
  const [confirming, setConfirming] = useState(false);
  const { errors, saving, formRef, submit: send, clear: clearErrors } = useFormSubmit<AtoField>((e) => mapFieldErrors(e, LABELS));
  const input = (f: AtoField) => ({
    value: v[f],
    onChange: (e: { target: { value: string } }) => {
      setV((prev) => ({ ...prev, [f]: e.target.value }));
      clearErrors(f);
    },
  });

  const save = () => {
    setConfirming(false);
    void send(
      () => api.invoke('conversion:setAto', { contractorId: ato.contractorId, onFileOn: v.onFileOn.trim() === '' ? null : v.onFileOn.trim(), reference: v.reference, note: v.note }),
      (r) => {
        close();
        notify(r.onFileOn ? `ATO for ${ato.contractorName} on file` : `No ATO on file for ${ato.contractorName}`);
      },
    );
  };

  return (
    <Dialog title={`ATO for ${ato.contractorName}`} onClose={close} busy={saving} description={<p>The Authorization to Order a Non-State Entity must have on file before ordering from {ato.contractorName} (ATR 13-06).</p>}>
      <form
        ref={formRef}
        className="form"
        noValidate
        aria-label={`ATO for ${ato.contractorName}`}
        onSubmit={(e) => {
          e.preventDefault();
          if (ato.onFileOn !== null && v.onFileOn.trim() === '') setConfirming(true);
          else save();
        }}
      >
        <FormErrorList messages={errors.form} />
        <Field label="On file since" error={errors.fields.onFileOn} hint="Leave empty to record that no ATO is on file.">
          <input type="date" {...input('onFileOn')} />
        </Field>
        <Field label="Reference" error={errors.fields.reference}>
          <input type="text" maxLength={120} {...input('reference')} />
        </Field>
        <Field label="Note" error={errors.fields.note}>
          <textarea rows={2} maxLength={2000} {...input('note')} />
        </Field>
        <DialogActions onCancel={close} busy={saving} submitLabel="Save ATO" busyLabel="Saving…" />
      </form>
      {confirming ? (
        <ConfirmDialog
          title={`Take the ATO for ${ato.contractorName} off file?`}
          message={<p>A Non-State Entity&rsquo;s orders to {ato.contractorName} are blocked until an ATO is on file again.</p>}
          confirmLabel="Take it off file"
          danger
          onConfirm={save}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Dialog>
  );
}
