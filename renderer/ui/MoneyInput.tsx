// A dollar amount as typed ("1,200.50") with a $ in front; the seam parses it into cents.
import type { InputHTMLAttributes } from 'react';

export type MoneyInputProps = { value: string; onChange: (v: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

export function MoneyInput({ value, onChange, ...rest }: MoneyInputProps) {
  return (
    <span className="money-input">
      <span className="money-prefix" aria-hidden="true">
        $
      </span>
      <input type="text" inputMode="decimal" autoComplete="off" placeholder="0.00" value={value} onChange={(e) => onChange(e.target.value)} {...rest} />
    </span>
  );
}
