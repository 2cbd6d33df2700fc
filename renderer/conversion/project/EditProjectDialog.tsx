// Editing a project's name, programs and dates (conversion:updateProject); errors beside their fields.
import { useRef, useState, type FormEvent } from 'react';
import type { ConversionProject } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../../ui/Form';
import { noErrors, type FormErrors } from '../../ui/fieldErrors';
import { draftFromProjectForm, formFromProject, projectErrors, type ProjectField, type ProjectForm } from '../model';
import { useConversionUi } from '../store';
import { ProjectFields } from './ProjectFields';

export function EditProjectDialog({ project }: { project: ConversionProject }) {
  const close = useConversionUi((s) => s.closeDialog);
  const [form, setForm] = useState<ProjectForm>(() => formFromProject(project));
  const [errors, setErrors] = useState<FormErrors<ProjectField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await api.invoke('conversion:updateProject', { id: project.id, project: draftFromProjectForm(form) });
    setSaving(false);
    if (!r.ok) {
      setErrors(projectErrors(r.error).errors);
      focusFirstInvalid();
      return;
    }
    close();
    notify('Project dates saved');
  };

  return (
    <Dialog title={`Edit ${project.name}`} onClose={close} size="large" busy={saving}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Project dates">
        <FormErrorList messages={errors.form} />
        <ProjectFields
          form={form}
          errors={errors}
          onChange={(patch) => {
            setForm((f) => ({ ...f, ...patch }));
            setErrors((prev) => ({ form: prev.form, fields: Object.fromEntries(Object.entries(prev.fields).filter(([k]) => !(k in patch))) }));
          }}
        />
        <DialogActions onCancel={close} busy={saving} submitLabel="Save" busyLabel="Saving…" />
      </form>
    </Dialog>
  );
}
