import { BusinessErrorCode } from '@app/shared';
import { LineError, ValidRow } from '../parse';
import { lineError } from '../line-errors';

/** Which of these external ids the connector has already synced. */
export type KnownIds = (externalIds: readonly string[]) => Promise<ReadonlySet<string>>;

const LOOKUP_CHUNK = 5000;

/**
 * The checks of an employee file that need more than one row: what the sync would refuse, found before it runs,
 * with the line of each row, so a preview lists every error an apply raises and an apply refuses the same rows.
 * Fed the valid rows batch by batch, in file order (it holds the file's external ids and the managers it still
 * waits for, not the rows):
 * - a new person (an external id the connector has not synced) needs an email;
 * - a manager must be a valid row of the file or someone the connector has synced.
 */
export class FileChecks {
  /** External id → line, for the valid rows seen so far. */
  private readonly inFile = new Map<string, number>();
  /** Manager external id → the rows of the file naming it (for refusals that cascade down a reporting line). */
  private readonly reports = new Map<string, Array<{ id: string; line: number }>>();
  private readonly refused = new Set<string>();
  /** Manager external id → lines of the rows naming it, for managers not (yet) seen in the file. */
  private readonly waiting = new Map<string, number[]>();
  private readonly errors: LineError[] = [];

  constructor(private readonly known: KnownIds) {}

  async batch(rows: readonly ValidRow[]): Promise<void> {
    const noEmail = rows.filter((r) => !r.email);
    const synced = noEmail.length > 0 ? await this.known(noEmail.map((r) => r.externalId)) : new Set<string>();
    for (const r of noEmail) {
      if (synced.has(r.externalId)) continue;
      this.errors.push({ line: r.line, code: BusinessErrorCode.EMAIL_REQUIRED, ...lineError(BusinessErrorCode.EMAIL_REQUIRED) });
      this.refused.add(r.externalId);
    }
    for (const r of rows) this.inFile.set(r.externalId, r.line);
    for (const r of rows) {
      if (!r.managerExternalId) continue;
      const reports = this.reports.get(r.managerExternalId) ?? [];
      reports.push({ id: r.externalId, line: r.line });
      this.reports.set(r.managerExternalId, reports);
      if (this.inFile.has(r.managerExternalId)) continue;
      const lines = this.waiting.get(r.managerExternalId) ?? [];
      lines.push(r.line);
      this.waiting.set(r.managerExternalId, lines);
    }
  }

  /** After the last batch: every error, in line order. */
  async finish(): Promise<LineError[]> {
    const missing = [...this.waiting.keys()].filter((id) => !this.inFile.has(id));
    for (let i = 0; i < missing.length; i += LOOKUP_CHUNK) {
      const chunk = missing.slice(i, i + LOOKUP_CHUNK);
      const synced = await this.known(chunk);
      for (const id of chunk) {
        if (synced.has(id)) continue;
        for (const line of this.waiting.get(id) ?? []) {
          this.errors.push({ line, code: BusinessErrorCode.UNKNOWN_MANAGER, ...lineError(BusinessErrorCode.UNKNOWN_MANAGER, { manager: id }) });
        }
        for (const r of this.reports.get(id) ?? []) this.refused.add(r.id);
      }
    }
    this.cascade();
    return this.errors.sort((a, b) => a.line - b.line);
  }

  /** A refused row is not imported: the rows naming it as their manager would meet an unknown manager too. */
  private cascade(): void {
    const queue = [...this.refused];
    while (queue.length > 0) {
      const manager = queue.pop() as string;
      for (const r of this.reports.get(manager) ?? []) {
        if (this.refused.has(r.id)) continue;
        this.refused.add(r.id);
        queue.push(r.id);
        this.errors.push({ line: r.line, field: 'managerExternalId', message: `Manager "${manager}" is refused (line ${this.inFile.get(manager)}).` });
      }
    }
  }
}
