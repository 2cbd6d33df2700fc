// The Claims area (#/claims): what each contractor still owes by age and every claim, or one
// claim's page (#/claims/12). The printable packet (#/claims/12/packet) is its own print view.
import { useHash } from '../shell/route';
import { ClaimDetailScreen } from './detail/ClaimDetailScreen';
import { ClaimsList } from './ClaimsList';
import { claimRouteFromHash, hrefForClaim } from './route';
import './claims.css';

export function ClaimsScreen() {
  const route = claimRouteFromHash(useHash());
  if (route.kind === 'detail') return <ClaimDetailScreen key={route.id} id={route.id} />;
  if (route.kind === 'packet') {
    return (
      <div className="screen claims">
        <p className="muted">
          The printable claim packet is not part of this build yet. <a href={hrefForClaim(route.id)}>Back to the claim</a>
        </p>
      </div>
    );
  }
  return <ClaimsList />;
}
