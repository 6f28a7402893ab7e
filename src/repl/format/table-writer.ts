/**
 * Lays a table out on a screen of fixed width: fits the column widths, then
 * renders header and rows with pwsh's padding, truncation (`…`) and
 * wrapping rules. Widths of 0 mean "share what is left"; a column that
 * cannot get even one cell is hidden, starting from the right.
 */
import { ELLIPSIS, cellWidth, closeAnsi, fitFromHead, fitFromTail, spaces, truncateAtNewLine, wrapLines } from './text.js';

export type Alignment = 'left' | 'right' | 'center';

const SEPARATOR = 1;
const MIN_COLUMN = 1;
const MIN_SCREEN = 5;

/** Fits `widths` (0 = unspecified) into `tableWidth`; hidden columns get -1. */
export function fitColumnWidths(widths: number[], tableWidth: number): number[] {
  const w = [...widths];
  if (!assignWidths(w, tableWidth)) trimToFit(w, tableWidth);
  return w;
}

function assignWidths(w: number[], tableWidth: number): boolean {
  if (w.every((x) => x > 0)) return tableUsage(w) <= tableWidth;
  const fixed = w.map((x) => x > 0);
  for (let k = 0; k < w.length; k++) if (w[k] === 0) w[k] = MIN_COLUMN;
  let available = tableWidth - tableUsage(w);
  if (available < 0) return false;
  // Spread the rest of the screen one cell at a time over the unsized columns.
  while (available > 0) {
    for (let k = 0; k < w.length && available > 0; k++) {
      if (fixed[k]) continue;
      w[k]++;
      available--;
    }
  }
  return true;
}

function trimToFit(w: number[], tableWidth: number): void {
  for (;;) {
    const excess = tableUsage(w) - tableWidth;
    if (excess <= 0) return;
    const hiddenAt = w.findIndex((x) => x < 0);
    const last = (hiddenAt < 0 ? w.length : hiddenAt) - 1;
    if (last < 0) return;
    const shrunk = w[last] - excess;
    w[last] = shrunk < MIN_COLUMN ? -1 : shrunk;
  }
}

function tableUsage(w: number[]): number {
  let sum = 0;
  let visible = 0;
  for (const x of w) {
    if (x > 0) {
      sum += x;
      visible++;
    }
  }
  return sum + SEPARATOR * (visible - 1);
}

/** ANSI styling of header cells ($PSStyle.Formatting.TableHeader, CustomTableHeaderLabel and Reset). */
export interface HeaderStyle {
  header: string;
  /** For a view's label that is not the name of a property (italic in pwsh). */
  customLabel: string;
  reset: string;
}

export class TableWriter {
  private readonly widths: number[] = [];
  private readonly alignments: Alignment[] = [];
  private disabled = false;

  constructor(
    screenWidth: number,
    widths: number[],
    alignments: Alignment[],
    private readonly hideHeader = false,
    private readonly style?: HeaderStyle,
    private readonly indent = 0,
  ) {
    if (screenWidth - indent < MIN_SCREEN) {
      this.disabled = true;
      return;
    }
    this.widths = fitColumnWidths(widths, screenWidth - indent);
    this.alignments = alignments;
    if (!this.widths.some((x) => x >= MIN_COLUMN)) this.disabled = true;
  }

  /**
   * Header labels (wrapped when narrower than the label) and the dashes under
   * them; `matchesProperty` marks labels that name a property (styled plainly).
   */
  header(labels: string[], matchesProperty?: boolean[]): string[] {
    if (this.disabled || this.hideHeader) return [];
    const lines = this.multiLineRow(labels, this.alignments, matchesProperty ?? labels.map(() => true));
    const dashes = labels.map((label, k) => {
      const width = this.widths[k];
      if (width <= 0) return '';
      return '-'.repeat(label ? Math.min(width, cellWidth(label)) : width);
    });
    lines.push(this.singleLineRow(dashes, this.alignments, true));
    return lines;
  }

  row(values: string[], alignments?: (Alignment | undefined)[], multiLine = false): string[] {
    if (this.disabled) return [];
    const align = this.alignments.map((a, k) => alignments?.[k] ?? a);
    const cells = this.widths.map((_, k) => values[k] ?? '');
    return multiLine ? this.multiLineRow(cells, align) : [this.singleLineRow(cells, align)];
  }

  private singleLineRow(values: string[], align: Alignment[], isHeader = false): string {
    let line = '';
    const lastIndex = this.widths.length - 1;
    for (let k = 0; k < this.widths.length; k++) {
      if (this.widths[k] <= 0) continue;
      line += k > 0 ? spaces(SEPARATOR) : spaces(this.indent);
      const field = fitField(values[k] ?? '', this.widths[k], align[k], k !== lastIndex);
      line += isHeader && this.style ? this.style.header + field + this.style.reset : closeAnsi(field);
    }
    return line;
  }

  /** A header segment (its leading separator included, as pwsh styles it). */
  private styledHeader(text: string, matchesProperty: boolean, first: boolean): string {
    if (!this.style) return text;
    if (matchesProperty) return this.style.header + text + this.style.reset;
    const at = first ? 0 : 1;
    const marked = text.length > 0 ? text.slice(0, at) + this.style.customLabel + text.slice(at) : text;
    return marked + this.style.reset;
  }

  /** Rows of a multi-line row; with `headerMatches`, a header row styled per column. */
  private multiLineRow(values: string[], align: Alignment[], headerMatches?: boolean[]): string[] {
    const visible = this.widths.map((w, k) => (w > 0 ? k : -1)).filter((k) => k >= 0);
    if (visible.length === 0) return [];
    const columns = visible.map((k, i) => {
      const pad = i < visible.length - 1;
      const lines = wrapLines(values[k] ?? '', this.widths[k]).map((l) =>
        pad || align[k] !== 'left' ? (cellWidth(l) < this.widths[k] ? fitField(l, this.widths[k], align[k], pad) : l) : l);
      const lead = i > 0 ? spaces(SEPARATOR) : spaces(this.indent);
      return lines.map((l) => lead + l);
    });
    const rows = Math.max(...columns.map((c) => c.length));
    const lastWithContent: number[] = [];
    for (let r = 0; r < rows; r++) {
      lastWithContent[r] = 0;
      columns.forEach((c, i) => {
        if (c.length > r) lastWithContent[r] = i;
      });
    }
    columns.forEach((c, i) => {
      const blank = i < columns.length - 1 ? spaces(this.widths[visible[i]] + (i > 0 ? SEPARATOR : this.indent)) : '';
      for (let r = c.length; r < rows; r++) c.push(i > lastWithContent[r] ? '' : blank);
    });
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      columns.forEach((c, i) => {
        const segment = i === lastWithContent[r] && rows > 1 ? c[r].trimEnd() : c[r];
        line += headerMatches ? this.styledHeader(segment, headerMatches[visible[i]] ?? true, i === 0) : segment;
      });
      out.push(line);
    }
    return out;
  }
}

/** One cell padded or truncated to `width` cells; the last column is not padded on the right. */
export function fitField(value: string, width: number, align: Alignment, padRight: boolean): string {
  let s = truncateAtNewLine(value);
  const len = cellWidth(s);
  if (len < width) {
    const pad = width - len;
    if (align === 'right') return spaces(pad) + s;
    if (align === 'center') {
      const leftPad = Math.floor(pad / 2);
      return spaces(leftPad) + s + (padRight ? spaces(pad - leftPad) : '');
    }
    return padRight ? s + spaces(pad) : s;
  }
  if (len > width) {
    const keep = width - 1;
    if (keep > 0) {
      s = align === 'right' ? ELLIPSIS + s.slice(s.length - fitFromTail(s, keep)) : s.slice(0, fitFromHead(s, keep)) + ELLIPSIS;
    } else {
      s = align === 'right' ? s.slice(s.length - fitFromTail(s, width)) : s.slice(0, fitFromHead(s, width));
    }
  }
  // A wide character cut in half leaves one cell short.
  if (cellWidth(s) === width) return s;
  if (align === 'right') return ' ' + s;
  return padRight ? s + ' ' : s;
}

/** Columns per row for Format-Wide -AutoSize: as many items of `itemWidth` as fit with separators. */
export function wideItemsPerRow(itemWidth: number, screenWidth: number): number {
  if (itemWidth <= 0 || screenWidth < 1 || itemWidth >= screenWidth) return 1;
  let n = 1;
  while (itemWidth * (n + 1) + n * SEPARATOR < screenWidth) n++;
  return n;
}
