import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { downloadBase64 } from '../../download';
import { errorText } from '../../formErrors';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Props extends Pick<ButtonProps, 'size' | 'variant' | 'disabled'> {
  collaborationId: number;
  /** A finalized version; omitted → the saved draft. */
  version?: number;
  title?: string;
}

/** Downloads the contract as a Word file, for the creator to mark up. */
export function DocxButton({ collaborationId, version, size, variant, disabled, title }: Props) {
  const { t } = useTranslation('contract');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await call('contracts.docx', { collaborationId, version });
      downloadBase64(file.filename, file.base64, DOCX_TYPE);
    } catch (e) {
      notifications.show({ color: 'red', title: t('print.docxFailed'), message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const small = size === 'compact-xs';
  return (
    <Button
      size={size}
      variant={variant}
      disabled={disabled}
      title={title}
      loading={busy}
      leftSection={<IconFileTypeDocx size={small ? 14 : 16} />}
      onClick={() => void download()}
    >
      {t('print.docx')}
    </Button>
  );
}
