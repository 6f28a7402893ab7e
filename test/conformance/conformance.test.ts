/**
 * The language conformance suite: every case in cases/*.txt is a script and
 * the exact text pwsh 7 prints for it (taken from PowerShell's documentation
 * and its own tests; each case names its source). The script runs in-process
 * through the engine's public API with a 120-column capture host.
 *
 * Comparison (see normalizeOutput): trailing whitespace at the end of each line
 * and trailing blank lines at the very end are ignored; everything else,
 * including leading blank lines, must match. stderr is compared only when the
 * case gives a `--- stderr` section. Expected text assumes the en-US culture,
 * as the documentation does, and Unix paths.
 *
 * Cases listed in known-gaps.txt are behaviour we do not match yet. They run
 * as expected failures, so the list can only shrink: when one starts to pass,
 * its test fails until the line is removed.
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/repl/engine/session.js';
import { CaptureHost } from '../../src/repl/host/capture-host.js';
import { loadAllCases, loadKnownGaps, normalizeOutput } from './case-file.js';

const cases = loadAllCases();
const knownGaps = loadKnownGaps();

describe('conformance', () => {
  for (const c of cases) {
    const title = `${c.area}: ${c.name}`;
    (knownGaps.has(title) ? it.fails : it)(title, async () => {
      const host = new CaptureHost({ width: 120 });
      const session = new Session({ host });
      // A case that never finishes (a broken lazy pipeline) is stopped rather than left to hang the run.
      await session.run(c.script, { signal: AbortSignal.timeout(10_000) });
      const where = `${c.file}:${c.line} (source: ${c.sources.join('; ')})`;
      expect(normalizeOutput(host.stdout), `stdout of ${where}`).toBe(normalizeOutput(c.stdout));
      if (c.stderr !== undefined) {
        expect(normalizeOutput(host.stderr), `stderr of ${where}`).toBe(normalizeOutput(c.stderr));
      }
    });
  }
});
