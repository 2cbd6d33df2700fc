// Child process for the crash test: writes services in a loop through the real repository
// and prints the Circuit ID of each one after its transaction committed.
import { openApp } from '../../../electron/services/app';

const file = process.argv[2];
if (!file) throw new Error('usage: crashWriter FILE');
const app = openApp({ dataFile: file, mode: 'browser', log: () => {} });
let i = 0;
async function loop(): Promise<void> {
  for (;;) {
    const circuitId = `CRASH-${i++}`;
    const r = await app.dispatch('services:create', { circuitId, contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '100.00' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    process.stdout.write(`committed ${circuitId}\n`);
  }
}
void loop();
