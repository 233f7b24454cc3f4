import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_VARIABLES, type TemplateVariable } from '../../../../../shared/outreach/kinds';

/** The variables a template may use; clicking one puts it where the cursor was. */
export function VariableButtons({ onInsert }: { onInsert: (variable: TemplateVariable) => void }) {
  const { t } = useTranslation('templates');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="template-variables">
        {t('variables.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('variables.hint')}
      </Text>
      <Group gap={6} role="group" aria-labelledby="template-variables">
        {TEMPLATE_VARIABLES.map((v) => (
          <Button
            key={v}
            size="compact-xs"
            variant="light"
            ff="monospace"
            tt="none"
            aria-label={t('variables.insert', { placeholder: `{${v}}` })}
            // Keeps the cursor in the field, so the variable lands where it was.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onInsert(v)}
          >
            {`{${v}}`}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
