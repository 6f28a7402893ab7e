/**
 * Reading CSV as pwsh's Import-Csv / ConvertFrom-Csv do: an optional `#TYPE`
 * line, the header (or -Header), then one PSObject per non-blank record with
 * string values ($null for missing trailing fields; extra fields are dropped).
 * Quotes only open a field at its start; blanks around unquoted fields and
 * after closing quotes are trimmed.
 */
import type { CmdletContext } from '../types.js';
import { PSObject } from './values.js';

export class CsvRecordReader {
  private pos = 0;
  constructor(private readonly text: string, private readonly delimiter: string) {}

  get eof(): boolean {
    return this.pos >= this.text.length;
  }

  /** The `#TYPE name` line, if the text starts with one. */
  readTypeLine(): string | undefined {
    if (this.text[this.pos] !== '#') return undefined;
    const end = this.lineEnd();
    const line = this.text.slice(this.pos, end);
    if (!/^#type/i.test(line)) return undefined;
    this.pos = this.skipNewline(end);
    const name = line.slice(5).trim();
    return name.length > 0 ? name : undefined;
  }

  /** The next record's fields; an empty list at the end of the text. */
  next(): string[] {
    const result: string[] = [];
    let current = '';
    let quoted = false;
    while (!this.eof) {
      const ch = this.text[this.pos++]!;
      if (ch === this.delimiter && !quoted) {
        result.push(current);
        current = '';
      } else if (ch === '"') {
        if (quoted) {
          if (this.text[this.pos] === '"') {
            this.pos++;
            current += '"';
          } else {
            quoted = false;
            const { rest, endOfRecord } = this.readToDelimiter(true);
            result.push(current + rest);
            current = '';
            if (endOfRecord) return result;
          }
        } else if (current.length === 0) {
          quoted = true;
        } else {
          const { rest, endOfRecord } = this.readToDelimiter(false);
          result.push(current + ch + rest);
          current = '';
          if (endOfRecord) return result;
        }
      } else if ((ch === ' ' || ch === '\t') && !quoted) {
        if (current.length === 0) continue;
        const { rest, endOfRecord } = this.readToDelimiter(true);
        result.push(current + ch + rest);
        current = '';
        if (endOfRecord) return result;
      } else if (ch === '\r' || ch === '\n') {
        const newline = ch === '\r' && this.text[this.pos] === '\n' ? (this.pos++, '\r\n') : ch;
        if (quoted) current += newline;
        else {
          result.push(current);
          return result;
        }
      } else {
        current += ch;
      }
    }
    if (current.length !== 0) result.push(current);
    return result;
  }

  /** After a closing quote or a blank: the text up to the delimiter; blanks-only is dropped when asked. */
  private readToDelimiter(eatTrailingBlanks: boolean): { rest: string; endOfRecord: boolean } {
    let rest = '';
    let nonBlank = false;
    while (!this.eof) {
      const ch = this.text[this.pos++]!;
      if (ch === this.delimiter) return { rest: eatTrailingBlanks && !nonBlank ? rest.trim() : rest, endOfRecord: false };
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && this.text[this.pos] === '\n') this.pos++;
        return { rest: eatTrailingBlanks && !nonBlank ? rest.trim() : rest, endOfRecord: true };
      }
      rest += ch;
      if (ch !== ' ' && ch !== '\t') nonBlank = true;
    }
    return { rest: eatTrailingBlanks && !nonBlank ? rest.trim() : rest, endOfRecord: true };
  }

  private lineEnd(): number {
    let i = this.pos;
    while (i < this.text.length && this.text[i] !== '\n' && this.text[i] !== '\r') i++;
    return i;
  }

  private skipNewline(i: number): number {
    if (this.text[i] === '\r' && this.text[i + 1] === '\n') return i + 2;
    return i < this.text.length ? i + 1 : i;
  }
}

/** Turns CSV records into objects; holds the header and type between calls (ConvertFrom-Csv streams). */
export class CsvObjectBuilder {
  private header?: string[];
  private typeName?: string;
  private warned = false;

  constructor(private readonly ctx: CmdletContext, private readonly delimiter: string, header?: string[]) {
    if (header) this.header = this.validated(header);
  }

  /** Objects from one chunk of CSV text. */
  *read(text: string): Generator<PSObject> {
    const reader = new CsvRecordReader(text, this.delimiter);
    if (!this.header && this.typeName === undefined) this.typeName = reader.readTypeLine();
    while (!this.header && !reader.eof) {
      const values = reader.next();
      while (values.length > 1 && values[values.length - 1] === '') values.pop();
      if (values.length > 0 && values[0]!.startsWith('#Fields: ')) {
        values[0] = values[0]!.slice(9);
        this.header = this.validated(values);
      } else if (values.length > 0 && values[0]!.startsWith('#')) {
        continue;
      } else {
        this.header = this.validated(values);
      }
    }
    while (this.header) {
      const values = reader.next();
      if (values.length === 0) return;
      if (values.length === 1 && values[0] === '') continue;
      yield this.build(values);
    }
  }

  private validated(names: string[]): string[] {
    const seen = new Set<string>();
    for (const name of names) {
      if (name === '') continue;
      if (seen.has(name.toLowerCase())) {
        this.ctx.fail(`The member "${name}" is already present.`, { errorId: 'ExtendedTypeSystemException', category: 'NotSpecified', exceptionType: 'System.Management.Automation.ExtendedTypeSystemException' });
      }
      seen.add(name.toLowerCase());
    }
    return names;
  }

  private build(values: string[]): PSObject {
    const typeNames = this.typeName
      ? [this.typeName, `CSV:${this.typeName}`]
      : ['System.Management.Automation.PSCustomObject', 'System.Object'];
    const obj = new PSObject(undefined, typeNames);
    let unnamed = 1;
    this.header!.forEach((name, i) => {
      const key = name === '' ? `H${unnamed++}` : name;
      obj.set(key, i < values.length ? values[i] : null);
    });
    if (unnamed !== 1 && !this.warned) {
      this.ctx.writeWarning('One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.');
      this.warned = true;
    }
    return obj;
  }
}
