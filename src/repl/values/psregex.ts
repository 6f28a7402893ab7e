/** A `[regex]` value: the .NET pattern and options plus its compiled JS RegExp. */
import { compileRegex, type RegexOptions } from './regex.js';

export class PSRegex {
  constructor(readonly pattern: string, readonly options: RegexOptions = {}) {
    compileRegex(pattern, options); // validate now, so a bad pattern fails at the cast
  }

  regExp(global = false): RegExp {
    return compileRegex(this.pattern, this.options, global);
  }

  /** The Options property as .NET prints it. */
  get optionsText(): string {
    const names = [
      this.options.ignoreCase && 'IgnoreCase',
      this.options.multiline && 'Multiline',
      this.options.singleline && 'Singleline',
      this.options.ignorePatternWhitespace && 'IgnorePatternWhitespace',
    ].filter(Boolean);
    return names.length ? names.join(', ') : 'None';
  }

  toString(): string { return this.pattern; }
}
