import { Table } from '@mantine/core';

/** A table's header row from its column names ('' for a column without a heading). */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c, i) => (
          <Table.Th key={`${i}-${c}`}>{c}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
