import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import type { ImportResult } from '../../../../shared/csv/schemas';
import { useApiQuery } from '../../hooks/queries';
import { hrefOf } from '../../route';
import { plural } from './plural';

interface Props {
  result: ImportResult;
  campaignId: number | null;
  onAnother: () => void;
}

/** Step 4: what was added, and where to see it. */
export function DoneStep({ result, campaignId, onAnother }: Props) {
  const campaigns = useApiQuery('campaigns.list', {}, result.kind === 'metrics' && campaignId !== null);
  const campaign = campaigns.data?.find((c) => c.id === campaignId);
  const added =
    result.kind === 'creators'
      ? plural(result.imported, 'new creator')
      : result.kind === 'orders'
        ? `${plural(result.imported, 'shipment')}; ${plural(result.skipped ?? 0, 'order')} to no known creator or imported before left out`
        : plural(result.newPosts, 'new post');
  const title = result.kind === 'orders' ? `Imported ${plural(result.imported, 'order')} (${added})` : `Imported ${plural(result.imported, 'row')} (${added})`;
  const link =
    result.kind === 'creators'
      ? { href: hrefOf('creators'), label: 'Open the Creators page' }
      : result.kind === 'orders'
        ? { href: hrefOf('shipments'), label: 'Open the Shipments page' }
        : campaignId !== null
        ? { href: hrefOf('campaigns', campaignId), label: `Open the ${campaign?.name ?? 'campaign'} dashboard` }
        : { href: hrefOf('campaigns'), label: 'Open Campaigns' };
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCircleCheck size={18} />} title={title} role="status" />
      <Group>
        <Button component="a" href={link.href} rightSection={<IconArrowRight size={16} />}>
          {link.label}
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onAnother}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
