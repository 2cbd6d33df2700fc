// Escalation: the ladders CALNET contractors commit to, the one each contractor follows, and
// the agency's own contact at each level (DOMAIN.md "Escalation ladders").
import { useApiQuery } from '../api/useApiQuery';
import { Icon } from '../ui/Icon';
import { LoadError } from '../ui/ScreenStates';
import { AssignmentsPanel } from './AssignmentsPanel';
import { ContactsPanel } from './ContactsPanel';
import { LadderReference } from './LadderReference';
import { FROM_START_RULE } from './model';

export function EscalationScreen() {
  const ladders = useApiQuery('ladders:list', {}, []);
  const contractors = useApiQuery('contractors:list', {}, ['contractors']);
  const assignments = useApiQuery('ladders:assignments', {}, ['contractors']);
  const error = ladders.error ?? contractors.error ?? assignments.error;
  const data = ladders.data && contractors.data && assignments.data ? { ladders: ladders.data, contractors: contractors.data, assignments: assignments.data } : null;
  const loaded = data !== null;

  return (
    <div className="screen escalation" data-loaded={loaded ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Escalation</h1>
          <p className="screen-sub">Which ladder each contractor follows, and whom you call at each level.</p>
        </div>
      </div>
      <p className="rule-callout">
        <Icon name="ladder" />
        <span>
          {FROM_START_RULE} On AT&amp;T&rsquo;s service-impacting ladder, level 2 is due 4 hours after the start and level 3 one
          business day after the start.
        </span>
      </p>
      {error && !data ? (
        <LoadError
          message={`The escalation ladders could not be loaded: ${error.message}`}
          onRetry={() => {
            ladders.reload();
            contractors.reload();
            assignments.reload();
          }}
        />
      ) : !data ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <AssignmentsPanel {...data} />
          <ContactsPanel {...data} />
          <LadderReference ladders={data.ladders} />
        </>
      )}
    </div>
  );
}
