// One order in the address: `#/orders?order=12` opens the Orders screen with that order
// selected (the Month screen links its Provisioning results here).

export function orderIdFromHash(hash: string): number | null {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  const v = new URLSearchParams(hash.slice(q + 1)).get('order');
  return v !== null && /^[1-9]\d{0,14}$/.test(v) ? Number(v) : null;
}

export function hrefForOrder(id: number): string {
  return `#/orders?order=${id}`;
}
