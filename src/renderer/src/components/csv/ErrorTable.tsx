import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowError } from '../../../../shared/csv/schemas';
import { refusalText } from '../../formErrors';

/** Every problem with where it is in the file, so all of them can be fixed in one pass. */
export function ErrorTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation('importExport');
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={420}>
      <Table withTableBorder stickyHeader aria-label={t('errors.label')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('errors.line')}</Table.Th>
            <Table.Th w={180}>{t('errors.column')}</Table.Th>
            <Table.Th>{t('errors.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={i} data-testid="import-error">
              <Table.Td>{e.line}</Table.Td>
              <Table.Td>{e.column ?? <Text span c="dimmed" fz="sm">{t('errors.wholeRow')}</Text>}</Table.Td>
              <Table.Td>{refusalText(e)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
