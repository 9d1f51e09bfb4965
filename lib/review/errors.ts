/**
 * Why a save of editors' decisions was refused: errors the forms show as a message. In their own
 * module, with no imports, so the forms' client code can name them without pulling in the store.
 */
export class StaleDecisionError extends Error {
  constructor(
    readonly factId: number,
    readonly by: string | null,
    readonly at: Date | null,
  ) {
    const who = by ? ` by ${by}${at ? ` at ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}` : '';
    super(
      `This figure was changed${who} after you opened the page. Nothing was saved: reload to see it, then decide again.`,
    );
    this.name = 'StaleDecisionError';
  }
}

export class DecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecisionError';
  }
}
