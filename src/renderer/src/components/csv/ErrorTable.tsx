import { Table, Text } from '@mantine/core';
import type { RowError } from '../../../../shared/csv/schemas';

/** Every problem with where it is in the file, so all of them can be fixed in one pass. */
export function ErrorTable({ errors }: { errors: RowError[] }) {
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={420}>
      <Table withTableBorder stickyHeader aria-label="Problems" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Line</Table.Th>
            <Table.Th w={180}>Column</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={i} data-testid="import-error">
              <Table.Td>{e.line}</Table.Td>
              <Table.Td>{e.column ?? <Text span c="dimmed" fz="sm">Whole row</Text>}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
