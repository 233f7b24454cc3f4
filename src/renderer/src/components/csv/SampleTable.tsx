import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/csv/schemas';
import { useFieldLabels } from './fieldLabels';

/** The first rows as the import will read them: one column per mapped field, under its label. */
export function SampleTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('importExport');
  const labels = useFieldLabels();
  const fields = preview.fields.filter((f) => preview.mapping[f.field]);
  return (
    <Table.ScrollContainer minWidth={Math.max(480, fields.length * 120)} maxHeight={360}>
      <Table striped withTableBorder stickyHeader aria-label={t('sample.label')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {fields.map((f) => (
              <Table.Th key={f.field} style={{ whiteSpace: 'nowrap' }}>
                {labels.label(f)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.sample.map((row, i) => (
            <Table.Tr key={i}>
              {fields.map((f) => (
                <Table.Td key={f.field} style={{ maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={row[f.field]}>
                  {row[f.field] ? row[f.field] : <Text span c="dimmed" aria-label={t('sample.empty')}>—</Text>}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
