import { randomBytes } from 'node:crypto';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { attachPrefetched, SelectionTree } from './selection';

/**
 * Answers read as JSON text by SQL and spliced into the response as they are, so a list's rows are never parsed,
 * walked field by field by the executor, and serialized again (the way off-the-shelf GraphQL servers over
 * PostgreSQL answer). Only for a selection that is plain: fields without aliases, arguments, directives or
 * fragments, each answered exactly by its SQL; any other selection goes through the resolvers as before.
 *
 * A resolver that answers a field this way registers the JSON for the field's response path (`answerRaw`) and
 * returns an empty list (or, for an object, `parsedStandIn`); after execution the executor puts the JSON in its
 * place (`placeRawJson`), and the response is written by `stringifyResponse`.
 */

/**
 * List items' JSON texts, in list order, as the list's JSON array. Lists are read as one row per item, ordered by the
 * statement, rather than as one `json_agg(… ORDER BY …)`: that aggregate sorts the built JSON values themselves (a
 * 200-run page took 1.7x the time of its rows).
 */
export const jsonArrayOf = (items: readonly string[]): string => `[${items.join(',')}]`;

/** A response value already written as JSON. */
export class RawJson {
  constructor(readonly json: string) {}

  /** Inside stringifyResponse: a placeholder replaced by the JSON; anywhere else: the parsed value. */
  toJSON(): unknown {
    if (!pending) return JSON.parse(this.json);
    pending.push(this.json);
    return `\u0000${NONCE}:${pending.length - 1}`;
  }
}

// JSON.stringify writes the placeholder's NUL as \u0000, which no text from PostgreSQL contains (it refuses NUL);
// the nonce keeps it unguessable besides.
const NONCE = randomBytes(8).toString('hex');
const PLACEHOLDER = new RegExp(`"\\\\u0000${NONCE}:(\\d+)"`, 'g');
let pending: string[] | null = null;

/** JSON.stringify of a response, with each RawJson written as its own JSON text. */
export function stringifyResponse(value: unknown): string {
  const outer = pending;
  const raws: string[] = (pending = []);
  try {
    const text = JSON.stringify(value);
    return raws.length ? text.replace(PLACEHOLDER, (_, i: string) => raws[Number(i)]) : text;
  } finally {
    pending = outer;
  }
}

const plainTrees = new WeakMap<readonly FieldNode[], SelectionTree | null>();

/**
 * The selection under these field nodes as a tree in selection order when every field in it is plain (no alias,
 * arguments, directives, fragments), so a JSON object of the tree's fields is exactly the field's answer; null
 * otherwise. Computed once per field node list.
 */
export function plainSelection(nodes: readonly FieldNode[]): SelectionTree | null {
  let tree = plainTrees.get(nodes);
  if (tree === undefined) {
    const merged: SelectionTree = { fields: new Map() };
    tree = nodes.every((node) => node.selectionSet && mergePlain(merged, node)) ? merged : null;
    plainTrees.set(nodes, tree);
  }
  return tree;
}

function mergePlain(tree: SelectionTree, node: FieldNode): boolean {
  for (const s of node.selectionSet?.selections ?? []) {
    if (s.kind !== 'Field' || s.alias || s.arguments?.length || s.directives?.length) return false;
    let child = tree.fields.get(s.name.value);
    if (!child) tree.fields.set(s.name.value, (child = { fields: new Map() }));
    if (s.selectionSet && !mergePlain(child, s)) return false;
  }
  return true;
}

/**
 * For a connection field: the plain selection under its `nodes` field and that field's response path, when
 * `nodes` is selected once, unaliased and without directives, and nothing else under the connection is a fragment.
 */
export function plainNodes(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'path'>): { tree: SelectionTree; path: Array<string | number> } | null {
  let tree = nodesTrees.get(info.fieldNodes);
  if (tree === undefined) nodesTrees.set(info.fieldNodes, (tree = plainNodesTree(info.fieldNodes)));
  return tree ? { tree, path: [...responsePath(info.path), 'nodes'] } : null;
}

const nodesTrees = new WeakMap<readonly FieldNode[], SelectionTree | null>();

function plainNodesTree(fieldNodes: readonly FieldNode[]): SelectionTree | null {
  if (fieldNodes.length !== 1) return null;
  let nodes: FieldNode | null = null;
  for (const s of fieldNodes[0].selectionSet?.selections ?? []) {
    if (s.kind !== 'Field') return null;
    if (s.name.value !== 'nodes' && s.alias?.value !== 'nodes') continue;
    if (nodes || s.alias || s.arguments?.length || s.directives?.length) return null;
    nodes = s;
  }
  return nodes && plainSelection([nodes]);
}

/** The response keys from the operation's root to this field. */
export function responsePath(path: GraphQLResolveInfo['path'] | undefined): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let p = path; p; p = p.prev) keys.unshift(p.key);
  return keys;
}

const RAW = Symbol('rawAnswers');
type WithRaw = { [RAW]?: Array<{ path: Array<string | number>; json: string }> };

/** Registers `json` (a JSON array or object) as the answer at `path`; the resolver itself answers an empty list. */
export function answerRaw(context: object, path: Array<string | number>, json: string): void {
  ((context as WithRaw)[RAW] ??= []).push({ path, json });
}

/**
 * For an object field answered as JSON: the parsed answer as the resolver's value, each object in it carrying its
 * own fields as read ahead (`prefetched`), so the field resolvers under it answer from it and read nothing.
 */
export function parsedStandIn<T>(json: string): T {
  const mark = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(mark);
    else if (value && typeof value === 'object') {
      attachPrefetched(value, value as Record<string, unknown>);
      Object.values(value).forEach(mark);
    }
  };
  const parsed = JSON.parse(json) as T;
  mark(parsed);
  return parsed;
}

/** Executor side: puts each registered answer in the result at its path (if the path survived execution). */
export function placeRawJson(context: object, data: Record<string, unknown> | null | undefined): void {
  const answers = (context as WithRaw)[RAW];
  if (!answers || !data) return;
  for (const { path, json } of answers) {
    let parent: unknown = data;
    for (let i = 0; i < path.length - 1 && parent; i++) parent = (parent as Record<string | number, unknown>)[path[i]];
    const key = path[path.length - 1];
    const value = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : null;
    if (value !== null && typeof value === 'object') (parent as Record<string | number, unknown>)[key] = new RawJson(json);
  }
}
