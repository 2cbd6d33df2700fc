// The project's milestones, edited as a list and saved at once (conversion:setMilestones). Saving
// a list without some of the milestones on record asks first; a row removed by mistake can be put
// back with Undo until then.
import { useState, type FormEvent } from 'react';
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { FormErrorList } from '../../ui/Form';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { milestoneDrafts, milestoneRow, projectErrors, type MilestoneField, type MilestoneRow } from '../model';
import { MilestonesEditor } from './MilestonesEditor';

export function MilestonesPanel({ d }: { d: ProjectDetail }) {
  const saved = d.milestones;
  const [rows, setRows] = useState<MilestoneRow[]>(() => saved.map((m) => milestoneRow(m)));
  const [rowErrs, setRowErrs] = useState<Map<number, Partial<Record<MilestoneField, string>>>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const { errors, saving, formRef, submit: send } = useFormSubmit<never>((e) => {
    const split = projectErrors(e);
    setRowErrs(split.rows);
    return { fields: {}, form: split.errors.form };
  });
  const drafts = milestoneDrafts(rows);
  const changed = JSON.stringify(drafts) !== JSON.stringify(saved.map((m) => ({ label: m.label, percent: m.percent, dueOn: m.dueOn })));
  const removed = saved.filter((m) => !rows.some((r) => r.label === m.label && r.dueOn === m.dueOn));

  const save = () => {
    setConfirming(false);
    void send(
      () => api.invoke('conversion:setMilestones', { projectId: d.project.id, milestones: drafts }),
      (r) => {
        setRowErrs(new Map());
        notify('Milestones saved', `${r.milestones.length} milestone${r.milestones.length === 1 ? '' : 's'}`);
      },
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (removed.length > 0) setConfirming(true);
    else save();
  };

  return (
    <section className="panel" aria-labelledby="milestones-title">
      <h2 id="milestones-title">Milestones</h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Milestones">
        <FormErrorList messages={errors.form} />
        <MilestonesEditor hideLegend rows={rows} errors={rowErrs} onChange={setRows} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={!changed || saving}>
            {saving ? 'Saving…' : 'Save milestones'}
          </button>
          {changed ? (
            <button type="button" className="button subtle" onClick={() => setRows(saved.map((m) => milestoneRow(m)))} disabled={saving}>
              Discard changes
            </button>
          ) : null}
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          title={`Remove ${removed.length === 1 ? 'a milestone' : `${removed.length} milestones`}?`}
          message={<p>The board will no longer measure progress against {removed.map((m) => `“${m.label}”`).join(', ')}.</p>}
          confirmLabel="Save milestones"
          danger
          onConfirm={save}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
