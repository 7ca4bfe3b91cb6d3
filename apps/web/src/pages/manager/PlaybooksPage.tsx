import { Alert, Stack, Title } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { isManager, useMe } from '../../layout/me';
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
      cancelledAt
      cancelledById
      cancelReason
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
 * An open run's training date can be corrected, or the run cancelled with a reason. /playbooks/:runId
 * (the link of playbook notifications) shows the same page with that run outlined.
 */
export function PlaybooksPage() {
  const me = useMe();
  if (!isManager(me)) {
    return (
      <>
        <PageHeader title="Playbooks" />
        <Alert color="blue">Your manager runs this playbook: they check in with you before and after the training. Its dates are in your notifications.</Alert>
      </>
    );
  }
  return <ManagerPlaybooks meId={me.id} />;
}

function ManagerPlaybooks({ meId }: { meId: string }) {
  const { runId } = useParams();
  const [result, refetch] = useQuery({ query: PlaybooksDocument });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title="Playbooks" help="Prepare someone before a training and follow up after it, step by step." />
      <QueryState {...result} retry={reload}>
        {(data) => {
          const open = data.myPlaybookRuns.filter((r) => r.status === 'OPEN');
          const sections = [
            { id: 'done-runs', title: 'Completed', runs: data.myPlaybookRuns.filter((r) => r.status === 'COMPLETED') },
            { id: 'cancelled-runs', title: 'Cancelled', runs: data.myPlaybookRuns.filter((r) => r.status === 'CANCELLED') },
          ];
          const card = (r: (typeof open)[number]) => <RunCard key={r.id} run={r} meId={meId} highlighted={r.id === runId} onChanged={reload} />;
          return (
            <Stack gap="lg">
              <StartRunForm templates={data.playbookTemplates.filter((t) => t.active)} people={data.teamOverview.members} onStarted={reload} />
              <section aria-labelledby="open-runs">
                <Title order={2} size="h4" id="open-runs" mb="sm">
                  Open playbooks ({open.length})
                </Title>
                {open.length === 0 ? <Alert color="blue">No open playbook.</Alert> : open.map(card)}
              </section>
              {sections
                .filter((s) => s.runs.length > 0)
                .map((s) => (
                  <section key={s.id} aria-labelledby={s.id}>
                    <Title order={2} size="h4" id={s.id} mb="sm">
                      {s.title} ({s.runs.length})
                    </Title>
                    {s.runs.map(card)}
                  </section>
                ))}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
