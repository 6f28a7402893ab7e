/**
 * Non-error unwinding: break/continue/return/exit travel as exceptions so
 * they cross pipelines and script-block boundaries the way PowerShell's do.
 */
export class BreakSignal {
  constructor(readonly label: string | undefined) {}
}

export class ContinueSignal {
  constructor(readonly label: string | undefined) {}
}

export class ReturnSignal {}

export class ExitSignal {
  constructor(readonly code: number) {}
}

/** A label matches a loop when the loop has that label, or when the statement gave none. */
export function labelMatches(signalLabel: string | undefined, loopLabel: string | undefined): boolean {
  return signalLabel === undefined || (loopLabel !== undefined && signalLabel.toLowerCase() === loopLabel.toLowerCase());
}
