// Editing a project's name, programs and dates (conversion:updateProject); errors beside their fields.
import { useState } from 'react';
import type { ConversionProject } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { DialogActions, FormErrorList } from '../../ui/Form';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { draftFromProjectForm, formFromProject, projectErrors, type ProjectField, type ProjectForm } from '../model';
import { useConversionUi } from '../store';
import { ProjectFields } from './ProjectFields';

export function EditProjectDialog({ project }: { project: ConversionProject }) {
  const close = useConversionUi((s) => s.closeDialog);
  const [values, setValues] = useState<ProjectForm>(() => formFromProject(project));
  const { errors, saving, formRef, submit: send, clear: clearErrors } = useFormSubmit<ProjectField>((e) => projectErrors(e).errors);

  return (
    <Dialog title={`Edit ${project.name}`} onClose={close} size="large" busy={saving}>
      <form
        ref={formRef}
        className="form"
        noValidate
        aria-label="Project dates"
        onSubmit={(e) => {
          e.preventDefault();
          void send(
            () => api.invoke('conversion:updateProject', { id: project.id, project: draftFromProjectForm(values) }),
            () => {
              close();
              notify('Project dates saved');
            },
          );
        }}
      >
        <FormErrorList messages={errors.form} />
        <ProjectFields
          form={values}
          errors={errors}
          onChange={(patch) => {
            setValues((f) => ({ ...f, ...patch }));
            clearErrors(...(Object.keys(patch) as ProjectField[]));
          }}
        />
        <DialogActions onCancel={close} busy={saving} submitLabel="Save" busyLabel="Saving…" />
      </form>
    </Dialog>
  );
}
