import { Badge } from '@mantine/core';
import { statusColor, statusLabel } from './format';

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge color={statusColor(status)} variant="light" autoContrast>
      {statusLabel(status)}
    </Badge>
  );
}
