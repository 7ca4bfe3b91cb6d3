import { Card, Text } from '@mantine/core';

/** One figure with its label (hours left, people in my line…); framed as a card when asked. */
export function Figure({ label, value, framed = false }: { label: string; value: string | number; framed?: boolean }) {
  const body = (
    <>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </>
  );
  return framed ? <Card withBorder padding="sm">{body}</Card> : <div>{body}</div>;
}
