import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';

/** What a resolver needs of its GraphQL info to look ahead (graphql-js and graphql-jit give both). */
export interface SelectionInfo {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

const cache = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();
const keys = new WeakMap<ReadonlySet<string>, string>();

/**
 * Names of the fields selected directly under the field being resolved (through inline fragments and fragment
 * spreads, any type condition), so a read can select only the columns asked for. Computed once per field node
 * list: every row of a list shares it.
 */
export function selectedFields(info: SelectionInfo): ReadonlySet<string> {
  let names = cache.get(info.fieldNodes);
  if (!names) {
    const found = new Set<string>();
    for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, info.fragments, found, new Set());
    cache.set(info.fieldNodes, (names = found));
  }
  return names;
}

function collect(set: SelectionSetNode, fragments: SelectionInfo['fragments'], into: Set<string>, seen: Set<string>): void {
  for (const s of set.selections) {
    if (s.kind === 'Field') into.add(s.name.value);
    else if (s.kind === 'InlineFragment') collect(s.selectionSet, fragments, into, seen);
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      collect(fragments[s.name.value].selectionSet, fragments, into, seen);
    }
  }
}

/** The selected field names as one sorted string: a loader's name part, so different selections never share rows. */
export function selectionKey(fields: ReadonlySet<string>): string {
  let key = keys.get(fields);
  if (key === undefined) keys.set(fields, (key = [...fields].sort().join(',')));
  return key;
}

/** The selection under a field as a tree of field names (aliases and fragments merged: a superset of each use). */
export interface SelectionTree {
  fields: Map<string, SelectionTree>;
}

const trees = new WeakMap<readonly FieldNode[], SelectionTree>();

/** The selection tree under the field being resolved; computed once per field node list. */
export function selectionTree(info: SelectionInfo): SelectionTree {
  let tree = trees.get(info.fieldNodes);
  if (!tree) {
    tree = { fields: new Map() };
    for (const node of info.fieldNodes) if (node.selectionSet) merge(tree, node.selectionSet, info.fragments, new Set());
    trees.set(info.fieldNodes, tree);
  }
  return tree;
}

function merge(tree: SelectionTree, set: SelectionSetNode, fragments: SelectionInfo['fragments'], seen: Set<string>): void {
  for (const s of set.selections) {
    if (s.kind === 'Field') {
      let child = tree.fields.get(s.name.value);
      if (!child) tree.fields.set(s.name.value, (child = { fields: new Map() }));
      if (s.selectionSet) merge(child, s.selectionSet, fragments, seen);
    } else if (s.kind === 'InlineFragment') merge(tree, s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      merge(tree, fragments[s.name.value].selectionSet, fragments, seen);
    }
  }
}

const PREFETCHED = Symbol('prefetched');
type Prefetching = { [PREFETCHED]?: Record<string, unknown> };

/** Attaches values read ahead for some of an object's relation fields (invisible to GraphQL and JSON). */
export function attachPrefetched<T extends object>(target: T, values: Record<string, unknown>): T {
  (target as Prefetching)[PREFETCHED] = values;
  return target;
}

/** The value read ahead for `field` of `source`, or undefined when it was not (the resolver loads it). */
export function prefetched<T>(source: object, field: string): T | undefined {
  return (source as Prefetching)[PREFETCHED]?.[field] as T | undefined;
}

/** Carries values read ahead from a row over to the GraphQL object mapped from it. */
export function copyPrefetched<T extends object>(source: object, target: T): T {
  const values = (source as Prefetching)[PREFETCHED];
  return values ? attachPrefetched(target, values) : target;
}
