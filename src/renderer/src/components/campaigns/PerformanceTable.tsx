import { Anchor, Group, Paper, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CollaborationPerformance } from '../../../../shared/metrics/schemas';
import { STAGES, type Stage } from '../../../../shared/stages';
import { hrefOf, navigate } from '../../route';
import { ExportButtons } from './ExportButtons';
import { showCount, showMoney, showPct } from './numbers';
import { VerdictBadge } from './VerdictBadge';

type Words = TFunction<['campaigns', 'domain']>;

const columns = (t: Words): { key: string; label: string; title?: string; numeric?: boolean }[] => [
  { key: 'creator', label: t('table.creator') },
  { key: 'stage', label: t('table.stage') },
  { key: 'posts', label: t('table.posts'), title: t('table.postsHint'), numeric: true },
  { key: 'views', label: t('metric.views'), numeric: true },
  { key: 'engagementRate', label: t('table.engagementRate'), title: t('table.engagementRateHint'), numeric: true },
  { key: 'clicks', label: t('metric.clicks'), numeric: true },
  { key: 'conversions', label: t('table.conversions'), title: t('metric.conversions'), numeric: true },
  { key: 'cpm', label: t('metric.cpm'), title: t('table.cpmHint'), numeric: true },
  { key: 'cpe', label: t('table.cpe'), title: t('metric.cpe'), numeric: true },
  { key: 'costPerConversion', label: t('table.costPerConversion'), title: t('metric.costPerConversion'), numeric: true },
  { key: 'verdict', label: t('table.verdict') },
];

/** Every collaboration of the campaign with its numbers; a row opens the collaboration. */
export function PerformanceTable({ campaignId, rows }: { campaignId: number; rows: CollaborationPerformance[] }) {
  const { t } = useTranslation(['campaigns', 'domain']);
  const cols = columns(t);
  return (
    <Paper withBorder radius="md" component="section" aria-label={t('table.title')}>
      <Group gap="xs" p="sm" pb={0}>
        <Text fw={600} size="sm" mr="auto">
          {t('table.title')}
        </Text>
        <ExportButtons campaignId={campaignId} />
      </Group>
      <Table.ScrollContainer minWidth={960} type="native">
        <Table highlightOnHover verticalSpacing="xs" aria-label={t('table.label')}>
          <Table.Thead>
            <Table.Tr>
              {cols.map((c) => (
                <Table.Th key={c.key} ta={c.numeric ? 'right' : undefined} title={c.title} style={{ whiteSpace: 'nowrap' }}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Row key={r.collaborationId} row={r} t={t} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

const NUMBER_KEYS = ['posts', 'views', 'engagementRate', 'clicks', 'conversions', 'cpm', 'cpe', 'costPerConversion'] as const;

function Row({ row: r, t }: { row: CollaborationPerformance; t: Words }) {
  const p = r.performance;
  const money = (minor: number | null) => showMoney(minor, r.currency);
  const numbers = [showCount(p.posts), showCount(p.views), showPct(p.engagementRatePct), showCount(p.clicks), showCount(p.conversions), money(p.cpmMinor), money(p.cpeMinor), money(p.costPerConversionMinor)];
  const stage = (STAGES as readonly string[]).includes(r.stage) ? t(`domain:stage.${r.stage as Stage}`) : r.stage;
  return (
    <Table.Tr
      data-testid="dashboard-row"
      data-underperforming={r.verdict.underperforming ? 'true' : 'false'}
      style={{ cursor: 'pointer' }}
      onClick={() => navigate('board', r.collaborationId)}
    >
      <Table.Td>
        <Anchor size="sm" fw={500} c="inherit" href={hrefOf('board', r.collaborationId)} onClick={(e) => e.stopPropagation()}>
          {r.creatorName}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{stage}</Table.Td>
      {numbers.map((text, i) => (
        <Table.Td key={NUMBER_KEYS[i]} ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {text}
        </Table.Td>
      ))}
      <Table.Td>
        <VerdictBadge verdict={r.verdict} currency={r.currency} />
      </Table.Td>
    </Table.Tr>
  );
}
