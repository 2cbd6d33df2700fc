// `npm test`'s first step: the type-check and the lint side by side. Each is one busy thread and
// CI has two cores: together they take 2 min 0 s here, against 2 min 26 s one after the other.
// Each one's output is printed whole when it ends, so the two do not interleave; the step fails
// if either fails.
/* global process -- a Node script; eslint.config.js declares no Node globals for .mjs */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (e) => resolve({ script, code: 1, out: `${out}${e.message}\n` }));
    child.on('close', (code) => resolve({ script, code: code ?? 1, out }));
  });
}

const started = Date.now();
const results = await Promise.all(['typecheck', 'lint'].map(run));
for (const r of results) {
  process.stdout.write(`> npm run ${r.script}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`}\n`);
  if (r.out.trim()) process.stdout.write(`${r.out.trimEnd()}\n`);
}
process.stdout.write(`type-check and lint in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
