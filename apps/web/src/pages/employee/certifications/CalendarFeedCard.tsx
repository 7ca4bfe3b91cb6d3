import { useState } from 'react';
import { Button, Card, CopyButton, Group, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { isManager, useMe } from '../../../layout/me';
import { ErrorNotice, RefusalNotice } from '../../../ui/QueryState';

const CreateFeedDocument = graphql(`
  mutation CreateCalendarFeed($scope: CalendarFeedScope!) {
    createMyCalendarFeed(scope: $scope) { __typename ... on CalendarFeed { url scope } ... on BusinessError { errorCode message } }
  }
`);

/**
 * Subscribe to my renewal dates: a private calendar link (shown once; a new one can be made at any
 * time). The link carries its own secret, so calendar apps and this page can open it directly.
 */
export function CalendarFeedCard() {
  const me = useMe();
  const [url, setUrl] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [state, create] = useMutation(CreateFeedDocument);
  const make = async (scope: 'SELF' | 'TEAM') => {
    const out = (await create({ scope })).data?.createMyCalendarFeed;
    setRefusal(out && out.__typename !== 'CalendarFeed' ? out.message : null);
    if (out?.__typename === 'CalendarFeed') setUrl(out.url);
  };
  return (
    <Card withBorder mt="lg" component="section" aria-labelledby="calendar-title">
      <Title order={2} size="h4" id="calendar-title">
        Renewal dates in my calendar
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Create a private link and add it to Outlook, Google Calendar or Apple Calendar as a subscription. Keep it to yourself: anyone with the link sees the dates.
      </Text>
      <Group gap="xs">
        <Button onClick={() => void make('SELF')} loading={state.fetching}>
          Create my calendar link
        </Button>
        {isManager(me) && (
          <Button variant="default" onClick={() => void make('TEAM')} loading={state.fetching}>
            Create a link with my team's dates
          </Button>
        )}
      </Group>
      <RefusalNotice message={refusal} />
      <ErrorNotice error={state.error} />
      {url && (
        <Group mt="md" align="flex-end">
          <TextInput label="Your calendar link" value={url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton value={url}>{({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? 'Copied' : 'Copy link'}</Button>}</CopyButton>
          <Button component="a" href={url} variant="default" download="skillpath-renewals.ics">
            Download
          </Button>
        </Group>
      )}
    </Card>
  );
}
