import type { ReactNode } from 'react';
import { Group, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

/** The page's one h1, its browser tab title, a short line of help and its actions. */
export function PageHeader({ title, help, actions }: { title: string; help?: ReactNode; actions?: ReactNode }) {
  useDocumentTitle(`${title} · Skillpath`);
  return (
    <Group justify="space-between" align="flex-start" mb="md">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {help && (
          <Text c="dimmed" size="sm" mt={4}>
            {help}
          </Text>
        )}
      </div>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
