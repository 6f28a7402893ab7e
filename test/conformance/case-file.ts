/**
 * Reads the conformance case files (test/conformance/cases/<area>.txt).
 *
 * A file is a list of blocks:
 *
 *   === <case name>
 *   # source: <repo:path or doc URL>     (one or more; required)
 *   <script lines>
 *   --- stdout
 *   <expected stdout lines>
 *   --- stderr                           (optional)
 *   <expected stderr lines>
 *
 * Lines before the first `===` are a file comment. The area of a case is the
 * file's base name. Expected text keeps its leading blank lines (pwsh starts a
 * table with one); trailing blank lines are dropped by the comparison.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface ConformanceCase {
  area: string;
  name: string;
  sources: string[];
  script: string;
  stdout: string;
  /** Present only when the case is about what goes to stderr. */
  stderr?: string;
  file: string;
  line: number;
}

export class CaseFormatError extends Error {}

type Section = 'script' | 'stdout' | 'stderr';

export function parseCaseFile(text: string, area: string, file = `${area}.txt`): ConformanceCase[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const cases: ConformanceCase[] = [];
  let current: { name: string; line: number; sources: string[]; parts: Record<Section, string[]>; seen: Set<Section> } | undefined;
  let section: Section = 'script';

  const finish = () => {
    if (!current) return;
    const where = `${file}:${current.line} (${current.name})`;
    if (!current.seen.has('stdout')) throw new CaseFormatError(`${where}: missing '--- stdout' section`);
    if (current.sources.length === 0) throw new CaseFormatError(`${where}: missing '# source:' line`);
    const script = trimBlankEnds(current.parts.script).join('\n');
    if (script.trim() === '') throw new CaseFormatError(`${where}: empty script`);
    cases.push({
      area,
      name: current.name,
      sources: current.sources,
      script,
      stdout: current.parts.stdout.join('\n'),
      stderr: current.seen.has('stderr') ? current.parts.stderr.join('\n') : undefined,
      file,
      line: current.line,
    });
  };

  lines.forEach((raw, index) => {
    const header = /^=== (.+)$/.exec(raw);
    if (header) {
      finish();
      current = { name: header[1].trim(), line: index + 1, sources: [], parts: { script: [], stdout: [], stderr: [] }, seen: new Set() };
      section = 'script';
      return;
    }
    if (!current) return;
    const marker = /^--- (stdout|stderr)\s*$/.exec(raw);
    if (marker) {
      const next = marker[1] as Section;
      if (current.seen.has(next)) throw new CaseFormatError(`${file}:${index + 1}: second '--- ${next}' in case '${current.name}'`);
      if (next === 'stderr' && !current.seen.has('stdout')) throw new CaseFormatError(`${file}:${index + 1}: '--- stderr' must follow '--- stdout'`);
      current.seen.add(next);
      section = next;
      return;
    }
    const source = /^# source: (.+)$/.exec(raw);
    if (section === 'script' && source && current.parts.script.length === 0) {
      current.sources.push(source[1].trim());
      return;
    }
    current.parts[section].push(raw);
  });
  finish();
  return cases;
}

function trimBlankEnds(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

export const casesDirectory = join(import.meta.dirname, 'cases');

export function loadAllCases(directory = casesDirectory): ConformanceCase[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseCaseFile(readFileSync(join(directory, name), 'utf8'), basename(name, '.txt'), name));
}

/**
 * How pwsh output is compared: trailing whitespace at the end of each line and
 * trailing blank lines at the very end are not significant (pwsh pads table
 * cells and ends formatted output with blank lines; a case file cannot show
 * either reliably). Everything else, leading blank lines included, must match.
 */
export function normalizeOutput(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n').map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

export const knownGapsFile = join(import.meta.dirname, 'known-gaps.txt');

/**
 * Titles (`area: name`) of cases we knowingly fail, one per line; `#` starts a
 * comment that says why. Kept outside cases/ so the expectations stay pwsh's.
 */
export function loadKnownGaps(file = knownGapsFile): Set<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Set();
  }
  return new Set(
    text
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter((line) => line !== ''),
  );
}
