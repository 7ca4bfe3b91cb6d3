import { useState } from 'react';
import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { kindLabel } from './connectors/connector-kinds';
import { CreateConnectorForm } from './connectors/CreateConnectorForm';
import { PushTokenNotice } from './connectors/PushTokenNotice';
import { TableHead } from '../../ui/TableHead';

const ConnectorsDocument = graphql(`
  query Connectors {
    connectors { id name kind enabled schedule hasPushToken hasSecrets }
  }
`);

/** HR's connectors: where people and performance metrics come from. */
export function ConnectorsPage() {
  const [result, refetch] = useQuery({ query: ConnectorsDocument });
  const [token, setToken] = useState<string | null>(null);
  return (
    <>
      <PageHeader title="Connectors" help="Where Skillpath gets people and performance figures from: your identity provider, HR system or a file." />
      {token && <PushTokenNotice token={token} onDone={() => setToken(null)} />}
      <CreateConnectorForm
        onCreated={(_id, t) => {
          setToken(t);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table striped>
            <Table.Caption>{data.connectors.length === 1 ? '1 connector' : `${data.connectors.length} connectors`}</Table.Caption>
            <TableHead columns={['Name', 'Kind', 'State', 'Schedule']} />
            <Table.Tbody>
              {data.connectors.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/hr/connectors/${c.id}`}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{kindLabel(c.kind)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={c.enabled ? 'green' : 'gray'}>
                      {c.enabled ? 'On' : 'Off'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{c.schedule ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
