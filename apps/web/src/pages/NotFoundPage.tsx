import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is no page at this address. <Anchor component={Link} to="/">Go to your home page</Anchor>.
      </Text>
    </>
  );
}
