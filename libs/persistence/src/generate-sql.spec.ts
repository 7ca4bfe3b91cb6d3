import { GenerateSql, SkipGenerateSql, SqlExample, sqlSnapshotSpec } from './generate-sql';

interface Query {
  status: 'OPEN' | 'DONE';
  ids: string[];
}

class Examples {
  @GenerateSql({ params: [SqlExample.ID, 20] }, { name: 'no limit', params: [SqlExample.ID] })
  page(id: string, first?: number): string {
    return `${id}${first ?? ''}`;
  }

  @GenerateSql({ params: [{ status: 'OPEN', ids: SqlExample.IDS }] })
  list(q: Query): string {
    return q.status;
  }

  @SkipGenerateSql('runs no SQL')
  build(): string {
    return '';
  }

  // @ts-expect-error a number where the method takes a string
  @GenerateSql({ params: [1] })
  wrongType(id: string): string {
    return id;
  }

  // @ts-expect-error a required parameter left out
  @GenerateSql({ params: [SqlExample.ID] })
  missing(id: string, first: number): string {
    return `${id}${first}`;
  }

  // @ts-expect-error a value outside the union of the field
  @GenerateSql({ params: [{ status: 'LOST', ids: [] }] })
  wrongField(q: Query): string {
    return q.status;
  }
}

describe('@GenerateSql and @SkipGenerateSql', () => {
  it('record each example call, in order, and a skip with its reason', () => {
    expect(sqlSnapshotSpec(Examples, 'page')).toEqual({ examples: [{ params: [SqlExample.ID, 20] }, { name: 'no limit', params: [SqlExample.ID] }] });
    expect(sqlSnapshotSpec(Examples, 'list')).toEqual({ examples: [{ params: [{ status: 'OPEN', ids: SqlExample.IDS }] }] });
    expect(sqlSnapshotSpec(Examples, 'build')).toEqual({ skip: 'runs no SQL' });
  });

  it('say nothing of a method without them', () => {
    expect(sqlSnapshotSpec(Examples, 'toString')).toBeUndefined();
  });

  it('refuse a second declaration on one method, and a skip without a reason', () => {
    expect(() => {
      class Twice {
        @GenerateSql({ params: [] })
        @SkipGenerateSql('no')
        run(): void {}
      }
      return Twice;
    }).toThrow('Twice.run: one @GenerateSql or @SkipGenerateSql per method');
    expect(() => SkipGenerateSql(' ')).toThrow('@SkipGenerateSql needs a reason');
  });
});
