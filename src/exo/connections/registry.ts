import type { Connection } from './connection.js';

/**
 * The live connections of one shell, in the order they were made. The most
 * recent one serves the Get-EXO* cmdlets (ConnectionUsedForInbuiltCmdlets);
 * Ids count up and are never reused, as in the module.
 */
export class ConnectionRegistry {
  private readonly list: Connection[] = [];
  private inbuiltId: string | undefined;
  private lastId = 0;

  nextId(): number {
    return ++this.lastId;
  }

  add(c: Connection): void {
    this.list.push(c);
    this.inbuiltId = c.settings.connectionId;
  }

  remove(c: Connection): void {
    const i = this.list.indexOf(c);
    if (i >= 0) this.list.splice(i, 1);
    if (this.inbuiltId === c.settings.connectionId) this.inbuiltId = undefined;
  }

  all(): readonly Connection[] {
    return this.list;
  }

  inbuilt(): Connection | undefined {
    return this.list.find((c) => c.settings.connectionId === this.inbuiltId);
  }

  isInbuilt(c: Connection): boolean {
    return c.settings.connectionId === this.inbuiltId;
  }

  /** Connections matching any of the ids or prefixes (case-insensitive); all when neither is given. */
  select(o: { connectionIds?: string[]; prefixes?: string[] }): Connection[] {
    if (o.connectionIds) {
      const ids = new Set(o.connectionIds.map((s) => s.toLowerCase()));
      return this.list.filter((c) => ids.has(c.settings.connectionId.toLowerCase()));
    }
    if (o.prefixes) {
      const ps = new Set(o.prefixes.map((s) => s.toLowerCase()));
      return this.list.filter((c) => ps.has(c.settings.modulePrefix.toLowerCase()));
    }
    return [...this.list];
  }
}
