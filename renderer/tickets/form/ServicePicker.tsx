// Which service failed: a search box over services:list and a list box of the matches (the
// chosen one stays listed while the search changes). Arrow Down goes from the box to the list.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SERVICE_TYPE_LABELS, type Service } from '../../../shared/ipc/services';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { useDebounced } from '../../ui/useDebounced';

const MATCHES = 50;

function optionText(s: Service): string {
  return [s.circuitId, s.site, s.contractorName, SERVICE_TYPE_LABELS[s.serviceType] ?? s.serviceType].filter(Boolean).join(' · ');
}

interface Props {
  value: number | null;
  /** The service chosen, with its record when the picker has it (its catalog decides the ticket's terms). */
  onChange: (id: number, service: Service | null) => void;
  error: string | undefined;
  autoFocus?: boolean;
}

export function ServicePicker({ value, onChange, error, autoFocus }: Props) {
  const [text, setText] = useState('');
  const searchId = useId();
  const listRef = useRef<HTMLSelectElement | null>(null);
  const q = useDebounced(text.trim(), 150);
  const request = { limit: MATCHES, sort: { key: 'circuitId' as const, dir: 'asc' as const }, ...(q ? { text: q.slice(0, 200) } : {}) };
  const list = useApiQuery('services:list', request, ['services']);
  const rows = list.data?.rows ?? [];
  // The chosen service stays in the list while the search changes (and an edited ticket's service is fetched once).
  const [picked, setPicked] = useState<Service | null>(null);
  const inRows = value !== null && rows.some((r) => r.id === value);
  useEffect(() => {
    if (value === null || inRows || picked?.id === value) return;
    let live = true;
    void api.invoke('services:get', { id: value }).then((r) => {
      if (live && r.ok) setPicked(r.value);
    });
    return () => {
      live = false;
    };
  }, [value, inRows, picked]);
  const selected = value !== null && picked?.id === value ? picked : undefined;
  const options = selected && !rows.some((r) => r.id === selected.id) ? [selected, ...rows] : rows;
  const total = list.data?.total ?? 0;

  const pick = (id: number) => {
    const s = options.find((o) => o.id === id);
    if (s) setPicked(s);
    onChange(id, s ?? null);
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && options.length > 0) {
      e.preventDefault();
      if (value === null) pick(options[0]!.id);
      listRef.current?.focus();
    } else if (e.key === 'Enter' && rows.length === 1 && value !== rows[0]!.id) {
      // One match: Enter picks it (a second Enter submits the form).
      e.preventDefault();
      pick(rows[0]!.id);
    }
  };

  return (
    <div className="service-picker span-2">
      <label className="visually-hidden" htmlFor={searchId}>
        Find a service
      </label>
      <div className="search-box picker-search">
        <Icon name="search" />
        <input
          id={searchId}
          type="search"
          placeholder="Find a service: circuit ID, site, address"
          value={text}
          maxLength={200}
          autoFocus={autoFocus}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onSearchKey}
        />
      </div>
      <Field
        label="Service"
        error={error}
        required
        hint={
          list.data === undefined
            ? 'Loading services…'
            : total === 0
              ? q
                ? `No service matches “${q}”.`
                : 'No services yet: add them on the Services screen first.'
              : total > MATCHES
                ? `Showing ${MATCHES} of ${total.toLocaleString('en-US')}: type to narrow.`
                : `${total.toLocaleString('en-US')} service${total === 1 ? '' : 's'}`
        }
      >
        <select
          ref={listRef}
          size={6}
          className="picker-list"
          value={value === null ? '' : String(value)}
          onChange={(e) => e.target.value && pick(Number(e.target.value))}
        >
          {options.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {optionText(s)}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
