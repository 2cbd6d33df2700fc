// Edit an incident's reference, category and description.
import { useState, type FormEvent } from 'react';
import type { Incident } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { DialogActions, FormErrorText } from '../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { IncidentFields, INCIDENT_FIELD_LABELS, type IncidentDraft, type IncidentField } from './IncidentFields';
import { incidentName } from './model';
import { useIncidentsUi } from './store';

export function EditIncidentDialog({ incident }: { incident: Incident | undefined }) {
  const close = useIncidentsUi((s) => s.close);
  const [draft, setDraft] = useState<IncidentDraft>({
    reference: incident?.reference ?? '', category: incident?.category ?? 'none', description: incident?.description ?? '',
  });
  const [errors, setErrors] = useState<FormErrors<IncidentField>>(noErrors());
  const [busy, setBusy] = useState(false);
  if (!incident) return null;
  const title = `Edit ${incidentName(incident)}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await api.invoke('incidents:update', { id: incident.id, ...draft });
    setBusy(false);
    if (!result.ok) return setErrors(mapFieldErrors(result.error, INCIDENT_FIELD_LABELS));
    close();
    notify(`${incidentName(result.value)} saved`);
  };

  return (
    <Dialog title={title} onClose={close} size="medium" busy={busy}>
      <form className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorText messages={errors.form} />
        <IncidentFields draft={draft} errors={errors} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
        <DialogActions onCancel={close} busy={busy} busyLabel="Saving…" submitLabel="Save changes" />
      </form>
    </Dialog>
  );
}
