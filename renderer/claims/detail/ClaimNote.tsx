// The claim's own note (kept with it at any step: whom you spoke to, what was promised).
import { useState, type FormEvent } from 'react';
import type { Claim } from '../../../shared/ipc/claims';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Field } from '../../ui/Field';

export function ClaimNote({ claim }: { claim: Claim }) {
  const [note, setNote] = useState(claim.note);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const dirty = note !== claim.note;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const r = await api.invoke('claims:setNote', { id: claim.id, note });
    setSaving(false);
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    notify('Note saved');
  };

  return (
    <section className="panel claim-note" aria-labelledby="claim-note-title">
      <h2 id="claim-note-title">Note</h2>
      <form className="form" onSubmit={save} noValidate aria-label="Claim note">
        <Field label="Note on this claim" error={error}>
          <textarea rows={3} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button small" disabled={!dirty || saving}>
            {saving ? 'Saving…' : 'Save note'}
          </button>
        </div>
      </form>
    </section>
  );
}
