import 'reflect-metadata';

/** One example call of a repository method: the arguments the SQL snapshot is generated with. */
export interface SqlExampleCall<P extends readonly unknown[] = readonly unknown[]> {
  /** Tells several examples of one method apart in the snapshot (e.g. `with cursor`). */
  name?: string;
  params: P;
}

/** How a repository method takes part in the SQL snapshots (`npm run sql:generate`). */
export type SqlSnapshotSpec = { examples: SqlExampleCall[] } | { skip: string };

/** What an example may pass for a parameter of type T: the same, read-only all the way down (examples are `const`). */
type DeepReadonly<T> = unknown extends T ? T : T extends (...args: never[]) => unknown ? T : { readonly [K in keyof T]: DeepReadonly<T[K]> };

/** Shown by the compiler when an example's params do not fit the method's parameters. */
interface ExampleParamsMustMatchTheMethod<A> {
  expected: A;
}

const KEY = Symbol.for('skillpath:generate-sql');

function record(target: object, method: string, spec: SqlSnapshotSpec): void {
  if (Reflect.hasOwnMetadata(KEY, target, method)) throw new Error(`${target.constructor.name}.${method}: one @GenerateSql or @SkipGenerateSql per method`);
  Reflect.defineMetadata(KEY, spec, target, method);
}

/**
 * Declares example arguments for a repository method: `npm run sql:generate` calls it with each example (in a
 * transaction it rolls back) and writes the SQL it ran to schema/sql/, which the drift test keeps current.
 * Type-safe: an example whose params do not fit the method's parameters fails the type check
 * ("Unable to resolve signature of method decorator").
 */
export function GenerateSql<const P extends readonly unknown[]>(...examples: [SqlExampleCall<P>, ...Array<SqlExampleCall<P>>]) {
  return <M extends (...args: never[]) => unknown>(
    target: object,
    method: [P] extends [DeepReadonly<Parameters<M>>] ? string : ExampleParamsMustMatchTheMethod<Parameters<M>>,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    void descriptor;
    record(target, method as string, { examples });
  };
}

/** Leaves a public repository method out of the SQL snapshots, saying why (the coverage test asks for one or the other). */
export function SkipGenerateSql(reason: string) {
  if (!reason.trim()) throw new Error('@SkipGenerateSql needs a reason');
  return (target: object, method: string): void => record(target, method, { skip: reason });
}

/** The snapshot declaration of a class's method, if any. */
export function sqlSnapshotSpec(repository: abstract new (...args: never[]) => unknown, method: string): SqlSnapshotSpec | undefined {
  return Reflect.getOwnMetadata(KEY, repository.prototype as object, method) as SqlSnapshotSpec | undefined;
}

/**
 * Fixed example values, so the generated SQL (and its parameters) is the same on every run. Ids are valid uuids
 * that no real row has; the generator runs with foreign keys off, so inserts naming them succeed (then roll back).
 */
export const SqlExample = {
  ID: '00000000-0000-4000-8000-000000000001',
  ID_2: '00000000-0000-4000-8000-000000000002',
  IDS: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  DATE: '2026-01-15',
  DATE_2: '2026-06-30',
  NOW: new Date('2026-01-15T09:00:00.000Z'),
  LATER: new Date('2026-01-15T09:05:00.000Z'),
  /** A visibility predicate that lets everyone through (callers pass the reporting-line SQL of `@app/auth`). */
  ANYONE: { sql: 'TRUE', params: [] as unknown[] },
  /** A page cursor as `encodeCursor` of `@app/shared` makes it (base64url of `[key, id]`). */
  CURSOR: Buffer.from(JSON.stringify(['k', '00000000-0000-4000-8000-000000000001'])).toString('base64url'),
} as const;
