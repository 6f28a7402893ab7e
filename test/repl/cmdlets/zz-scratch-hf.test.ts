import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { runScript } from './session-run.js';
test('scratch', async () => {
  const r = await runScript(readFileSync('/tmp/t1.ps1', 'utf8'), { cwd: '/tmp' });
  console.log(r.stdout + '\n---ERR---\n' + r.stderr);
});
