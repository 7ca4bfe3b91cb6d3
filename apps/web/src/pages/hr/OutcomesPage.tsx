import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { ImpactView } from './outcomes/ImpactView';
import { KpiView } from './outcomes/KpiView';
import { ProgramsView } from './outcomes/ProgramsView';
import { SpendView } from './outcomes/SpendView';

const VIEWS = [
  { value: 'kpis', label: 'Paths and renewals', View: KpiView },
  { value: 'impact', label: 'Certification impact', View: ImpactView },
  { value: 'spend', label: 'Spend and success', View: SpendView },
  { value: 'programs', label: 'Program goals', View: ProgramsView },
];

/** What the program achieves: each view with its chart and its CSV. */
export function OutcomesPage() {
  const [params, setParams] = useSearchParams();
  const view = VIEWS.some((v) => v.value === params.get('view')) ? (params.get('view') as string) : 'kpis';
  return (
    <>
      <PageHeader title="Outcomes" help="How paths, certifications and practice pay off, by group and over time. Every view downloads as CSV." />
      <Tabs value={view} onChange={(v) => setParams(v ? { view: v } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          {VIEWS.map((v) => (
            <Tabs.Tab key={v.value} value={v.value}>
              {v.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {VIEWS.map(({ value, View }) => (
          <Tabs.Panel key={value} value={value}>
            <View />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
