import { Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RestoreColumn<T> {
  header?: string;
  cell: (row: T) => ReactNode;
}

/** Things out of sight (archived, in the trash), one row each with its way back. */
export function RestoreTable<T>(props: {
  rows: readonly T[];
  columns: readonly RestoreColumn<T>[];
  keyOf: (row: T) => string | number;
  nameOf: (row: T) => string;
  onRestore: (row: T) => void;
  testId: string;
}) {
  const { t } = useTranslation('importExport');
  const { rows, columns, keyOf, nameOf, onRestore, testId } = props;
  const headed = columns.some((c) => c.header !== undefined);
  return (
    <Table data-testid={testId} highlightOnHover>
      {headed && (
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i}>{c.header}</Table.Th>
            ))}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
      )}
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={keyOf(row)}>
            {columns.map((c, i) => (
              <Table.Td key={i}>{c.cell(row)}</Table.Td>
            ))}
            <Table.Td>
              <Button size="xs" variant="light" aria-label={t('archive.restoreLabel', { name: nameOf(row) })} onClick={() => onRestore(row)}>
                {t('archive.restore')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
