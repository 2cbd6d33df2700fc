// A service of one contractor, chosen from those in service (services:list), or none.
import { useApiQuery } from '../../api/useApiQuery';
import { Field } from '../../ui/Field';

const LIMIT = 1000;

interface Props {
  label: string;
  contractorId: number | null;
  value: string;
  onChange: (id: string) => void;
  noneLabel: string;
  error?: string | undefined;
  hint?: string;
}

export function ServiceSelect({ label, contractorId, value, onChange, noneLabel, error, hint }: Props) {
  const list = useApiQuery('services:list', contractorId === null ? { limit: 1 } : { contractorId, limit: LIMIT, sort: { key: 'circuitId', dir: 'asc' } }, ['services']);
  const rows = contractorId === null ? [] : (list.data?.rows ?? []);
  return (
    <Field label={label} error={error} hint={hint}>
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={contractorId === null}>
        <option value="">{noneLabel}</option>
        {rows.map((s) => (
          <option key={s.id} value={s.id}>
            {s.circuitId}
            {s.site ? ` · ${s.site}` : ''}
          </option>
        ))}
      </select>
    </Field>
  );
}
