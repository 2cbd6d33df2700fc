// A new conversion project: from a shipped template (its dates and default milestones, e.g. the
// CALNET 2 → CALNET 3 project with the dates of ATR Bulletin 13-06) or blank (dates typed in).
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { goTo } from '../shell/route';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { DialogActions, FormErrorList } from '../ui/Form';
import { useFormSubmit } from '../ui/useFormSubmit';
import {
  dateLabel, draftFromProjectForm, emptyProjectForm, milestoneDrafts, projectErrors,
  type MilestoneField, type MilestoneRow, type ProjectField, type ProjectForm,
} from './model';
import { MilestonesEditor } from './project/MilestonesEditor';
import { ProjectFields } from './project/ProjectFields';
import { hrefForProject } from './route';
import { useConversionUi } from './store';

const NONE = {};

export function NewProjectDialog() {
  const close = useConversionUi((s) => s.closeDialog);
  const templates = useApiQuery('conversion:templates', NONE, []);
  const [from, setFrom] = useState<'template' | 'blank'>('template');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [values, setValues] = useState<ProjectForm>(emptyProjectForm);
  const [rows, setRows] = useState<MilestoneRow[]>([]);
  const [rowErrs, setRowErrs] = useState<Map<number, Partial<Record<MilestoneField, string>>>>(new Map());
  const { errors, saving, formRef, submit: send } = useFormSubmit<ProjectField>((e) => {
    const split = projectErrors(e);
    setRowErrs(split.rows);
    return split.errors;
  });
  const chosen = templateId ?? templates.data?.[0]?.id ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () =>
        from === 'template'
          ? api.invoke('conversion:createProject', { from: 'template', templateId: chosen ?? '', ...(name.trim() ? { name } : {}) })
          : api.invoke('conversion:createProject', { from: 'blank', project: draftFromProjectForm(values), milestones: milestoneDrafts(rows) }),
      (d) => {
        close();
        notify(`Project “${d.project.name}” created`, 'Next: name the Conversion Manager and Coordinator, then import the old inventory.');
        goTo(hrefForProject(d.project.id, 'setup'));
      },
    );
  };

  return (
    <Dialog title="New conversion project" onClose={close} size="large" busy={saving}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="New conversion project">
        <FormErrorList messages={errors.form} />
        <fieldset className="segmented-choice">
          <legend>Start from</legend>
          <label className="radio">
            <input type="radio" name="from" checked={from === 'template'} onChange={() => setFrom('template')} /> A shipped template
          </label>
          <label className="radio">
            <input type="radio" name="from" checked={from === 'blank'} onChange={() => setFrom('blank')} /> A blank project
          </label>
        </fieldset>
        {from === 'template' ? (
          <>
            {templates.error ? (
              <p className="form-error" role="alert">
                The templates could not be loaded: {templates.error.message}
              </p>
            ) : null}
            <fieldset className="template-list">
              <legend className="visually-hidden">Template</legend>
              {(templates.data ?? []).map((t) => (
                <label key={t.id} className={`template-card${chosen === t.id ? ' chosen' : ''}`}>
                  <input type="radio" name="template" checked={chosen === t.id} onChange={() => setTemplateId(t.id)} />
                  <span className="template-body">
                    <strong>{t.name}</strong>
                    <span className="muted small">{t.source}</span>
                    <span>
                      {t.oldProgram} ends {dateLabel(t.oldContractEnd)}
                      {t.newContractAward ? `; ${t.newProgram} awarded ${dateLabel(t.newContractAward)}` : ''}
                      {t.surveyDue ? `; survey due ${dateLabel(t.surveyDue)}` : ''}.
                    </span>
                    <span>Milestones: {t.milestones.map((m) => `${m.label} by ${dateLabel(m.dueOn)}`).join(', ')}.</span>
                    {t.milestoneNote ? <span className="muted small">{t.milestoneNote}</span> : null}
                  </span>
                </label>
              ))}
            </fieldset>
            <Field label="Project name" error={errors.fields.name} hint="Leave empty to use the template's name.">
              <input type="text" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
          </>
        ) : (
          <>
            <ProjectFields form={values} errors={errors} onChange={(patch) => setValues((f) => ({ ...f, ...patch }))} />
            <MilestonesEditor rows={rows} errors={rowErrs} onChange={setRows} />
          </>
        )}
        <DialogActions onCancel={close} busy={saving} submitLabel="Create project" busyLabel="Creating…" />
      </form>
    </Dialog>
  );
}
