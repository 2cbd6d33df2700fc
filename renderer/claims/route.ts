// The Claims screen's addresses: the list (`#/claims`), one claim (`#/claims/12`) and its
// printable packet (`#/claims/12/packet`, the print view in renderer/claims/packet/).
const ID = /^[1-9]\d{0,14}$/;

export type ClaimRoute = { kind: 'list' } | { kind: 'detail'; id: number } | { kind: 'packet'; id: number };

export function claimRouteFromHash(hash: string): ClaimRoute {
  const parts = hash.replace(/^#\/?/, '').split(/[?&]/)[0]?.split('/') ?? [];
  if (parts[0] !== 'claims' || !ID.test(parts[1] ?? '')) return { kind: 'list' };
  const id = Number(parts[1]);
  if (parts[2] === 'packet') return { kind: 'packet', id };
  return { kind: 'detail', id };
}

export function hrefForClaims(): string {
  return '#/claims';
}

export function hrefForClaim(id: number): string {
  return `#/claims/${id}`;
}

export function hrefForPacket(id: number): string {
  return `#/claims/${id}/packet`;
}
