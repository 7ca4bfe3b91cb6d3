import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { badInput } from '../errors/app-error';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 200 (default 50).' })
  @IsOptional() @IsInt() @Min(1) @Max(200)
  first?: number;

  @Field({ nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional() @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** Keyset cursor: the sort key value and the id of the last row seen. */
export interface Cursor {
  key: string | number | null;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(raw, 'base64url').toString()) as [string | number | null, string];
    if (typeof id !== 'string') throw new Error('bad');
    return { key, id };
  } catch {
    throw badInput('after', 'Invalid cursor');
  }
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A GraphQL connection type `<Name>Page { nodes, pageInfo, totalCount }`. */
export function PageOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Page`)
  class PageType {
    @Field(() => [item]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return PageType as Type<Page<T>>;
}

/** Builds a page from rows fetched with limit first+1, given how to read each row's cursor. */
export function toPage<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => Cursor): Page<T> {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(cursorOf(last)) : null } };
}
