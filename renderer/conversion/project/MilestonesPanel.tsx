// The project's milestones, edited as a list and saved at once (conversion:setMilestones). Saving
// a list without some of the milestones on record asks first; a row removed by mistake can be put
// back with Undo until then.
import { useRef, useState, type FormEvent } from 'react';
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { FormErrorList, useFocusFirstInvalid } from '../../ui/Form';
import { milestoneDrafts, milestoneRow, projectErrors, type MilestoneField, type MilestoneRow } from '../model';
import { MilestonesEditor } from './MilestonesEditor';

export function MilestonesPanel({ d }: { d: ProjectDetail }) {
  const saved = d.milestones;
  const [rows, setRows] = useState<MilestoneRow[]>(() => saved.map((m) => milestoneRow(m)));
  const [rowErrs, setRowErrs] = useState<Map<number, Partial<Record<MilestoneField, string>>>>(new Map());
  const [formErrs, setFormErrs] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const drafts = milestoneDrafts(rows);
  const changed = JSON.stringify(drafts) !== JSON.stringify(saved.map((m) => ({ label: m.label, percent: m.percent, dueOn: m.dueOn })));
  const removed = saved.filter((m) => !rows.some((r) => r.label === m.label && r.dueOn === m.dueOn));

  const save = async () => {
    setConfirming(false);
    setSaving(true);
    const r = await api.invoke('conversion:setMilestones', { projectId: d.project.id, milestones: drafts });
    setSaving(false);
    if (!r.ok) {
      const split = projectErrors(r.error);
      setRowErrs(split.rows);
      setFormErrs(split.errors.form);
      focusFirstInvalid();
      return;
    }
    notify('Milestones saved', `${r.value.milestones.length} milestone${r.value.milestones.length === 1 ? '' : 's'}`);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (removed.length > 0) setConfirming(true);
    else void save();
  };

  return (
    <section className="panel" aria-labelledby="milestones-title">
      <h2 id="milestones-title">Milestones</h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Milestones">
        <FormErrorList messages={formErrs} />
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
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
