import { FieldNode, OperationDefinitionNode, parse } from 'graphql';
import { answerRaw, parsedStandIn, placeRawJson, plainNodes, plainSelection, RawJson, stringifyResponse } from './raw-json';
import { prefetched } from './selection';

const rootField = (query: string) => (parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
const info = (query: string) => ({ fieldNodes: [rootField(query)], path: { prev: undefined, key: rootField(query).alias?.value ?? 'list', typename: 'Query' } });
const names = (tree: ReturnType<typeof plainSelection>) => (tree ? [...tree.fields.keys()] : null);

describe('raw JSON answers', () => {
  it('writes a RawJson as its own text inside a response, and as its value anywhere else', () => {
    const value = { data: { list: { totalCount: 2, nodes: new RawJson('[{"id":"a","name":"x \\"y\\""},{"id":"b"}]') } } };
    expect(stringifyResponse(value)).toBe('{"data":{"list":{"totalCount":2,"nodes":[{"id":"a","name":"x \\"y\\""},{"id":"b"}]}}}');
    expect(JSON.parse(JSON.stringify(value))).toEqual({ data: { list: { totalCount: 2, nodes: [{ id: 'a', name: 'x "y"' }, { id: 'b' }] } } });
  });

  it('leaves text that looks like a placeholder alone', () => {
    const value = { a: '\u0000deadbeef:0', b: new RawJson('[1]') };
    expect(JSON.parse(stringifyResponse(value))).toEqual({ a: '\u0000deadbeef:0', b: [1] });
  });

  it('takes a selection as plain only without aliases, arguments, directives or fragments', () => {
    expect(names(plainSelection([rootField('{ list { id name dept { name } name } }')]))).toEqual(['id', 'name', 'dept']);
    for (const q of ['{ list { id n: name } }', '{ list { id dept(first: 1) { name } } }', '{ list { id @include(if: true) } }', '{ list { ... on T { id } } }', '{ list { ...F } } fragment F on T { id }', '{ list { dept { n: name } } }']) {
      expect(plainSelection([rootField(q)])).toBeNull();
    }
  });

  it('finds a connection\'s plain nodes and their response path', () => {
    expect(plainNodes(info('{ people: list { totalCount nodes { id } } }'))).toEqual({ tree: { fields: new Map([['id', { fields: new Map() }]]) }, path: ['people', 'nodes'] });
    expect(plainNodes(info('{ list { n: nodes { id } } }'))).toBeNull();
    expect(plainNodes(info('{ list { nodes { id } nodes { name } } }'))).toBeNull();
    expect(plainNodes(info('{ list { ... on Page { nodes { id } } } }'))).toBeNull();
  });

  it('places an answer where execution left its empty list, and nowhere else', () => {
    const context = {};
    answerRaw(context, ['people', 'nodes'], '[{"id":"a"}]');
    answerRaw(context, ['gone', 'nodes'], '[{"id":"b"}]');
    const data: Record<string, unknown> = { people: { nodes: [] }, gone: null };
    placeRawJson(context, data);
    expect(stringifyResponse(data)).toBe('{"people":{"nodes":[{"id":"a"}]},"gone":null}');
  });

  it('stands in for an object answered as JSON: every object in it carries its own fields as read ahead', () => {
    const standIn = parsedStandIn<{ name: string; levels: Array<{ behaviours: unknown[] }> }>('{"name":"P","levels":[{"behaviours":[{"id":"b"}]}]}');
    expect(standIn.name).toBe('P');
    expect(prefetched(standIn, 'levels')).toBe(standIn.levels);
    expect(prefetched(standIn.levels[0], 'behaviours')).toBe(standIn.levels[0].behaviours);
    expect(JSON.stringify(standIn)).toBe('{"name":"P","levels":[{"behaviours":[{"id":"b"}]}]}');
    const context = {};
    answerRaw(context, ['path'], '{"name":"P"}');
    const data: Record<string, unknown> = { path: { name: 'executed' } };
    placeRawJson(context, data);
    expect(stringifyResponse(data)).toBe('{"path":{"name":"P"}}');
  });
});
