import { Alert, Stack, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { RunCard } from './playbooks/RunCard';
import { StartRunForm } from './playbooks/StartRunForm';

const PlaybooksDocument = graphql(`
  query Playbooks {
    playbookTemplates { id name description active steps { id title kind offsetDays } }
    myPlaybookRuns {
      id
      status
      trainingName
      trainingDate
      employee { id displayName }
      steps { id title guidance kind dueOn done completedOn note behaviourId position }
      overdueSteps { id }
    }
    teamOverview(first: 200) { members { id displayName } }
  }
`);

/**
 * Before-and-after playbooks around a training: start one from a template, follow its steps and due
 * dates, complete them with notes, and record the after-observation against a path behaviour.
 * (Cancelling a run comes with the API change that adds it.)
 */
export function PlaybooksPage() {
  const [result, refetch] = useQuery({ query: PlaybooksDocument });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title="Playbooks" help="Prepare someone before a training and follow up after it, step by step." />
      <QueryState {...result} retry={reload}>
        {(data) => {
          const open = data.myPlaybookRuns.filter((r) => r.status === 'OPEN');
          const done = data.myPlaybookRuns.filter((r) => r.status !== 'OPEN');
          return (
            <Stack gap="lg">
              <StartRunForm templates={data.playbookTemplates.filter((t) => t.active)} people={data.teamOverview.members} onStarted={reload} />
              <section aria-labelledby="open-runs">
                <Title order={2} size="h4" id="open-runs" mb="sm">
                  Open playbooks ({open.length})
                </Title>
                {open.length === 0 ? <Alert color="blue">No open playbook.</Alert> : open.map((r) => <RunCard key={r.id} run={r} onChanged={reload} />)}
              </section>
              {done.length > 0 && (
                <section aria-labelledby="done-runs">
                  <Title order={2} size="h4" id="done-runs" mb="sm">
                    Completed
                  </Title>
                  {done.map((r) => (
                    <RunCard key={r.id} run={r} onChanged={reload} />
                  ))}
                </section>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
