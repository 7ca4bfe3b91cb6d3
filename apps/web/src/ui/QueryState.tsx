import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader } from '@mantine/core';
import type { CombinedError } from 'urql';
import { describeError } from '../api/errors';

/** Loading and error states of a query, in one place; renders children once data is there. */
export function QueryState<T>({ fetching, error, data, retry, children }: {
  fetching: boolean;
  error?: CombinedError;
  data?: T;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (data) return <>{children(data)}</>;
  if (error) return <ErrorNotice error={error} retry={retry} />;
  if (fetching) {
    return (
      <Center py="xl" aria-live="polite">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return null;
}

export function ErrorNotice({ error, retry }: { error: CombinedError | Error | null | undefined; retry?: () => void }) {
  const message = describeError(error);
  if (!message) return null;
  return (
    <Alert color="red" title="That did not work" role="alert" my="sm">
      {message}
      {retry && (
        <Button variant="subtle" size="xs" ml="sm" onClick={retry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}

/** An expected refusal the API answered in words (a taken name, rules that cannot be used). */
export function RefusalNotice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" mt="sm">
      {message}
    </Alert>
  );
}
