import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';

/** A SCIM bearer token, shown once: Skillpath keeps only its fingerprint. */
export function PushTokenNotice({ token, onDone }: { token: string; onDone: () => void }) {
  return (
    <Alert color="yellow" title="Copy this token now: it is shown only once" role="status" my="md">
      <Text size="sm" mb="xs">
        Paste it as the bearer token (secret token) of the SCIM app in your identity provider, with the tenant URL{' '}
        <Code>{`${window.location.origin}/scim/v2`}</Code>. If it is lost, issue a new one: the old one stops working.
      </Text>
      <Code block data-testid="push-token">
        {token}
      </Code>
      <Group mt="sm">
        <CopyButton value={token}>{({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy the token'}</Button>}</CopyButton>
        <Button variant="default" onClick={onDone}>
          I have stored it
        </Button>
      </Group>
    </Alert>
  );
}
