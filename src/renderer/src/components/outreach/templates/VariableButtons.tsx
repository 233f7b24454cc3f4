import { Button, Group, Stack, Text } from '@mantine/core';
import { TEMPLATE_VARIABLES, type TemplateVariable } from '../../../../../shared/outreach/kinds';

/** The variables a template may use; clicking one puts it where the cursor was. */
export function VariableButtons({ onInsert }: { onInsert: (variable: TemplateVariable) => void }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="template-variables">
        Variables
      </Text>
      <Text size="xs" c="dimmed">
        Filled in from the collaboration, its contract and your settings when you write the message.
      </Text>
      <Group gap={6} role="group" aria-labelledby="template-variables">
        {TEMPLATE_VARIABLES.map((v) => (
          <Button
            key={v}
            size="compact-xs"
            variant="light"
            ff="monospace"
            tt="none"
            aria-label={`Insert {${v}}`}
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
