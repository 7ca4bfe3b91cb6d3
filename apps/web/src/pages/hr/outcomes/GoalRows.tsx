import { ActionIcon, Button, Group, NumberInput, Select, Stack } from '@mantine/core';

export interface GoalDraft {
  kind: string;
  target: number | string;
  withinDays: number | string;
  metricKey: string | null;
  windowMonths: number | string;
}

export const NEW_GOAL: GoalDraft = { kind: 'COMPLETION', target: 80, withinDays: 180, metricKey: null, windowMonths: 6 };

const KINDS = [
  { value: 'COMPLETION', label: 'Share of the group who reach it' },
  { value: 'PASS_RATE', label: 'Exam pass rate' },
  { value: 'BEHAVIOUR', label: 'Share seen doing its behaviours' },
  { value: 'BUSINESS_METRIC', label: 'Change of a performance metric' },
];

/** A program's goals, one row each: what is measured, the target and when. */
export function GoalRows({ goals, metrics, onChange }: { goals: GoalDraft[]; metrics: Array<{ key: string; name: string }>; onChange: (goals: GoalDraft[]) => void }) {
  const set = (i: number, patch: Partial<GoalDraft>) => onChange(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <Stack gap="xs">
      {goals.map((g, i) => {
        const n = i + 1;
        const metric = g.kind === 'BUSINESS_METRIC';
        return (
          <Group key={i} align="flex-end" role="group" aria-label={`Goal ${n}`} wrap="wrap">
            <Select label={`Goal ${n}`} data={KINDS} value={g.kind} onChange={(kind) => kind && set(i, { kind })} allowDeselect={false} w={290} />
            {metric && <Select label="Metric" placeholder="Pick a metric" data={metrics.map((m) => ({ value: m.key, label: m.name }))} value={g.metricKey} onChange={(metricKey) => set(i, { metricKey })} w={220} />}
            <NumberInput label={metric ? 'Change aimed for (%)' : 'Target (%)'} description={metric ? 'e.g. -20 for 20% fewer' : undefined} value={g.target} onChange={(target) => set(i, { target })} min={metric ? -100 : 0} max={metric ? 1000 : 100} w={170} />
            {metric ? (
              <NumberInput label="Months compared" value={g.windowMonths} onChange={(windowMonths) => set(i, { windowMonths })} min={1} max={24} w={150} />
            ) : (
              <NumberInput label={g.kind === 'PASS_RATE' ? 'Within days (optional)' : 'Within days of the start'} value={g.withinDays} onChange={(withinDays) => set(i, { withinDays })} min={1} max={3650} w={190} />
            )}
            <ActionIcon variant="default" size="lg" aria-label={`Remove goal ${n}`} disabled={goals.length === 1} onClick={() => onChange(goals.filter((_, j) => j !== i))}>
              ✕
            </ActionIcon>
          </Group>
        );
      })}
      <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => onChange([...goals, NEW_GOAL])}>
        Add a goal
      </Button>
    </Stack>
  );
}

const num = (v: number | string) => (v === '' || v === null ? undefined : Number(v));

/** The goals as the API takes them. */
export function goalInputs(goals: GoalDraft[]) {
  return goals.map((g) =>
    g.kind === 'BUSINESS_METRIC'
      ? { kind: g.kind as never, metricKey: g.metricKey ?? undefined, targetChangePercent: num(g.target), windowMonths: num(g.windowMonths) }
      : { kind: g.kind as never, targetPercent: num(g.target), withinDays: num(g.withinDays) },
  );
}
