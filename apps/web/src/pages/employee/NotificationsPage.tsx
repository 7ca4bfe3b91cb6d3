import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { MeDocument } from '../../layout/me';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorNotice, QueryState } from '../../ui/QueryState';

const NotificationsDocument = graphql(`
  query MyNotifications($unreadOnly: Boolean) {
    myNotifications(first: 100, unreadOnly: $unreadOnly) {
      totalCount
      nodes { id title body link createdAt readAt }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) { id readAt }
  }
`);

/** In-app notifications, newest first; unread ones stand out and can be marked read. */
export function NotificationsPage() {
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const [result, refetch] = useQuery({ query: NotificationsDocument, variables: { unreadOnly: show === 'unread' } });
  const [, refetchMe] = useQuery({ query: MeDocument, pause: true });
  const [marking, markRead] = useMutation(MarkReadDocument);
  const mark = async (id: string) => {
    await markRead({ id });
    refetch({ requestPolicy: 'network-only' });
    refetchMe({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <PageHeader
        title="Notifications"
        actions={
          <SegmentedControl
            aria-label="Show"
            value={show}
            onChange={(v) => setShow(v as 'all' | 'unread')}
            data={[
              { value: 'all', label: 'All' },
              { value: 'unread', label: 'Unread' },
            ]}
          />
        }
      />
      <ErrorNotice error={marking.error} />
      <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ myNotifications: page }) =>
          page.nodes.length === 0 ? (
            <Alert color="blue">{show === 'unread' ? 'You have read everything.' : 'No notifications yet.'}</Alert>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
              {page.nodes.map((n) => (
                <Card key={n.id} component="li" withBorder padding="md" bg={n.readAt ? undefined : 'teal.0'}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <div>
                      <Group gap="xs">
                        <Text fw={600}>{n.title}</Text>
                        {!n.readAt && <Badge size="sm" color="teal" variant="light">Unread</Badge>}
                      </Group>
                      <Text size="sm" mt={4}>
                        {n.body}
                      </Text>
                      <Text size="xs" c="dimmed" mt={4}>
                        {formatDateTime(n.createdAt)}
                        {n.link?.startsWith('/') && (
                          <>
                            {' · '}
                            <Anchor component={Link} to={n.link} size="xs" underline="always">
                              Open
                            </Anchor>
                          </>
                        )}
                      </Text>
                    </div>
                    {!n.readAt && (
                      <Button size="xs" variant="default" onClick={() => void mark(n.id)} aria-label={`Mark “${n.title}” as read`}>
                        Mark as read
                      </Button>
                    )}
                  </Group>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
