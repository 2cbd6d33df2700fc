// Child process of `npm run bench` (bench/reconcile.ts): the reconciliation figures measured in a
// process that holds nothing else, as the app's main process would. Prints one JSON line.
import { measureReconcile } from './reconcile';

const [file, nowIso] = process.argv.slice(2);
if (!file || !nowIso) throw new Error('usage: reconcileChild FILE NOW');
console.log(JSON.stringify(await measureReconcile(file, Date.parse(nowIso))));
