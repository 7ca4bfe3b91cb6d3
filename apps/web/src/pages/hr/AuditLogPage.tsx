import { useState } from 'react';
import { Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { actionWords, AuditEntryRow } from './audit/AuditEntryRow';
import { TableHead } from '../../ui/TableHead';

const AuditLogDocument = graphql(`
  query AuditLog($actorId: ID, $action: String, $entityType: String, $entityId: String, $since: DateTime, $until: DateTime, $before: String) {
    auditLog(actorId: $actorId, action: $action, entityType: $entityType, entityId: $entityId, since: $since, until: $until, before: $before, first: 100) {
      id at action actorKind actorId actorSubject entityType entityId outcome before after
    }
  }
`);
const PeopleDocument = graphql(`
  query AuditPeople {
    employees(first: 200, sort: NAME) { nodes { id displayName } }
    recent: auditLog(first: 500) { action entityType }
  }
`);

/** The distinct values of the latest entries, as options in words. */
const options = (values: string[] | undefined, words: (v: string) => string) =>
  [...new Set(values ?? [])].sort().map((value) => ({ value, label: words(value) }));

const blank = (s: string) => s.trim() || null;

/** Who did what to which object, when: filtered by actor, action, object and dates; 100 a page. */
export function AuditLogPage() {
  const [actorId, setActorId] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [entityType, setEntityType] = useState<string | null>(null);
  const [entityId, setEntityId] = useState('');
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  const [before, setBefore] = useState<string | null>(null);
  const [people] = useQuery({ query: PeopleDocument });
  const names = new Map((people.data?.employees.nodes ?? []).map((p) => [p.id, p.displayName]));
  const variables = {
    actorId,
    action,
    entityType,
    entityId: blank(entityId),
    since: range[0] ? dayjs(range[0]).startOf('day').toISOString() : null,
    until: range[1] ? dayjs(range[1]).add(1, 'day').startOf('day').toISOString() : null,
    before,
  };
  const [result] = useQuery({ query: AuditLogDocument, variables });
  const filter = <T,>(set: (v: T) => void) => (v: T) => {
    setBefore(null);
    set(v);
  };
  return (
    <>
      <PageHeader title="Audit log" help="Every change and every refused attempt: who, what, on which object and when. Newest first." />
      <Group align="flex-end" mb="md" wrap="wrap">
        <Select label="Who" placeholder="Anyone" data={[...names].map(([value, label]) => ({ value, label }))} value={actorId} onChange={filter(setActorId)} searchable clearable clearButtonProps={{ 'aria-label': 'Anyone' }} w={220} />
        <Select label="Action" placeholder="Any action" data={options(people.data?.recent.map((e) => e.action), actionWords)} value={action} onChange={filter(setAction)} searchable clearable clearButtonProps={{ 'aria-label': 'Any action' }} w={240} />
        <Select label="Object type" placeholder="Any object" data={options(people.data?.recent.map((e) => e.entityType), actionWords)} value={entityType} onChange={filter(setEntityType)} searchable clearable clearButtonProps={{ 'aria-label': 'Any object' }} w={200} />
        <TextInput label="Object id" value={entityId} onChange={(e) => filter(setEntityId)(e.currentTarget.value)} w={200} />
        <DatePickerInput type="range" label="Dates" value={range} onChange={filter(setRange)} clearable clearButtonProps={{ 'aria-label': 'Any date' }} allowSingleDateInRange w={240} maxDate={dayjs().format('YYYY-MM-DD')} />
      </Group>
      <QueryState {...result}>
        {(data) => (
          <>
            <Table striped>
              <Table.Caption>{data.auditLog.length === 0 ? 'No entry matches.' : data.auditLog.length === 1 ? '1 entry shown' : `${data.auditLog.length} entries shown`}</Table.Caption>
              <TableHead columns={['When', 'Who', 'Action', 'Object', 'Result', 'Details']} />
              <Table.Tbody>
                {data.auditLog.map((e) => (
                  <AuditEntryRow key={e.id} entry={e} actorName={e.actorId ? names.get(e.actorId) : undefined} />
                ))}
              </Table.Tbody>
            </Table>
            {data.auditLog.length === 100 && (
              <Group mt="sm">
                <Button variant="default" onClick={() => setBefore(data.auditLog[99].id)}>
                  Older entries
                </Button>
              </Group>
            )}
            {before && (
              <Text size="sm" mt="xs">
                Showing older entries. <Button variant="subtle" size="compact-sm" onClick={() => setBefore(null)}>Back to the newest</Button>
              </Text>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
