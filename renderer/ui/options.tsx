// The <option>s of a select: a list of values, each with the text shown for it.

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

/** Choices from a list of codes and the labels of those codes. */
export function labelled<V extends string>(values: readonly V[], labels: Record<V, string>): Choice<V>[] {
  return values.map((v) => ({ value: v, label: labels[v] }));
}

export function Options({ items }: { items: readonly Choice[] }) {
  return (
    <>
      {items.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
