// `npm run bench`: runs every bench/*.mjs in turn, each in its own process, and prints their figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.mjs')).sort()) {
  console.log(`# ${file}`);
  const run = spawnSync(process.execPath, [join(here, file), ...process.argv.slice(2)], { stdio: 'inherit', cwd: join(here, '..') });
  if (run.status !== 0) {
    failed++;
    console.log(`# ${file} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exitCode = failed ? 1 : 0;
