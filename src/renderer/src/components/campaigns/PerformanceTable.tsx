import { Anchor, Group, Paper, Table, Text } from '@mantine/core';
import { showCount, showMoney, showPct } from '../../../../shared/metrics/format';
import type { CollaborationPerformance } from '../../../../shared/metrics/schemas';
import { STAGE_LABELS, type Stage } from '../../../../shared/stages';
import { hrefOf, navigate } from '../../route';
import { ExportButtons } from './ExportButtons';
import { VerdictBadge } from './VerdictBadge';

const COLUMNS: { label: string; title?: string; numeric?: boolean }[] = [
  { label: 'Creator' },
  { label: 'Stage' },
  { label: 'Posts', title: 'Posts with numbers', numeric: true },
  { label: 'Views', numeric: true },
  { label: 'Eng. rate', title: 'Engagement rate: likes, comments, shares and saves per view', numeric: true },
  { label: 'Clicks', numeric: true },
  { label: 'Conv.', title: 'Conversions', numeric: true },
  { label: 'CPM', title: 'Cost per 1,000 views', numeric: true },
  { label: 'CPE', title: 'Cost per engagement', numeric: true },
  { label: 'Cost / conv.', title: 'Cost per conversion', numeric: true },
  { label: 'Against the targets' },
];

/** Every collaboration of the campaign with its numbers; a row opens the collaboration. */
export function PerformanceTable({ campaignId, rows }: { campaignId: number; rows: CollaborationPerformance[] }) {
  return (
    <Paper withBorder radius="md" component="section" aria-label="Collaborations">
      <Group gap="xs" p="sm" pb={0}>
        <Text fw={600} size="sm" mr="auto">
          Collaborations
        </Text>
        <ExportButtons campaignId={campaignId} />
      </Group>
      <Table.ScrollContainer minWidth={960} type="native">
        <Table highlightOnHover verticalSpacing="xs" aria-label="Collaborations in this campaign">
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((c) => (
                <Table.Th key={c.label} ta={c.numeric ? 'right' : undefined} title={c.title} style={{ whiteSpace: 'nowrap' }}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Row key={r.collaborationId} row={r} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Row({ row: r }: { row: CollaborationPerformance }) {
  const p = r.performance;
  const money = (minor: number | null) => showMoney(minor, r.currency);
  const numbers = [showCount(p.posts), showCount(p.views), showPct(p.engagementRatePct), showCount(p.clicks), showCount(p.conversions), money(p.cpmMinor), money(p.cpeMinor), money(p.costPerConversionMinor)];
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
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{STAGE_LABELS[r.stage as Stage] ?? r.stage}</Table.Td>
      {numbers.map((text, i) => (
        <Table.Td key={COLUMNS[i + 2]!.label} ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {text}
        </Table.Td>
      ))}
      <Table.Td>
        <VerdictBadge verdict={r.verdict} />
      </Table.Td>
    </Table.Tr>
  );
}
