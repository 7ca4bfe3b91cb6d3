import { Alert, Stack } from '@mantine/core';
import { useQuery } from 'urql';
import { useMe } from '../../layout/me';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { PathCard } from './home/PathCard';
import { SnapshotDocument } from './home/snapshot-query';


/** Home: each path I am on, where I am today, where I am heading, and what to do next. */
export function HomePage() {
  const me = useMe();
  const [result, refetch] = useQuery({ query: SnapshotDocument, variables: { employeeId: me.id } });
  return (
    <>
      <PageHeader title={`Hello, ${me.displayName.split(' ')[0]}`} help="Your path, where you are today and what you will handle next." />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.fromToSnapshot.sections.length === 0 ? (
            <Alert color="blue" title="No path yet">
              You are not on a skill path yet. Your manager or HR can put you on one.
            </Alert>
          ) : (
            <Stack gap="lg">
              {data.fromToSnapshot.sections.map((s) => (
                <PathCard key={s.assignmentId} section={s} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
