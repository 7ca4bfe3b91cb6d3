/** Longest operation name kept as a label; longer names are cut here. */
export const OPERATION_LABEL_MAX_LENGTH = 64;
/** Most distinct operation names labelled per process; later new names count as `(other)`. */
export const OPERATION_LABEL_MAX_NAMES = 200;

/** A request whose document did not parse or validate, so no operation was chosen. */
export const INVALID_OPERATION = '(invalid)';
/** An operation without a name (`{ me { id } }`). */
export const ANONYMOUS_OPERATION = '(anonymous)';
/** A new name once OPERATION_LABEL_MAX_NAMES are in use. */
export const OTHER_OPERATION = '(other)';

/**
 * Operation names are chosen by clients, so a label per name could grow without bound (a series per
 * name, per code, per bucket). Names are cut to OPERATION_LABEL_MAX_LENGTH and the first
 * OPERATION_LABEL_MAX_NAMES kept; anonymous and unresolved operations share one label each.
 */
export class OperationLabels {
  private readonly names = new Set<string>();

  constructor(private readonly maxNames = OPERATION_LABEL_MAX_NAMES) {}

  /** `name` as the resolved operation gives it (null: anonymous; undefined: no operation was resolved). */
  of(name: string | null | undefined): string {
    if (name === undefined) return INVALID_OPERATION;
    if (!name) return ANONYMOUS_OPERATION;
    const label = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, OPERATION_LABEL_MAX_LENGTH);
    if (this.names.has(label)) return label;
    if (this.names.size >= this.maxNames) return OTHER_OPERATION;
    this.names.add(label);
    return label;
  }
}
