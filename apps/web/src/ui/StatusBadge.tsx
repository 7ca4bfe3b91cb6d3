import { Badge } from '@mantine/core';
import { statusColor, statusLabel } from './format';

/**
 * A status in words and colour. Never cut short: Mantine's label may shrink to nothing (overflow hidden),
 * so a narrow table column showed "ACTI…"; with overflow visible the column keeps room for the whole label.
 */
const NEVER_CUT = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge color={statusColor(status)} variant="light" autoContrast styles={NEVER_CUT}>
      {statusLabel(status)}
    </Badge>
  );
}
