import { Group, Rating, Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: number;
  onChange?: (value: number) => void;
  error?: ReactNode;
  readOnly?: boolean;
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

function chooseFrom(target: EventTarget, onChange: (value: number) => void) {
  const chosen = target instanceof HTMLInputElement ? Number(target.value) : Number.NaN;
  if (Number.isInteger(chosen) && chosen >= 1) onChange(chosen);
}

/** A 1–5 star score with a name screen readers (and tests) can find it by. */
export function ScoreField({ label, value, onChange, error, readOnly }: Props) {
  const { t } = useTranslation('accountability');
  const labelId = useId();
  return (
    <Stack gap={2}>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={500} id={labelId} w={130}>
          {label}
        </Text>
        <Rating
          value={value}
          onChange={onChange}
          readOnly={readOnly}
          role={readOnly ? 'img' : 'radiogroup'}
          aria-labelledby={readOnly ? undefined : labelId}
          aria-label={readOnly ? t('rating.scoreLabel', { label, value }) : undefined}
          getSymbolLabel={(n) => t('rating.star', { n })}
          // Enter picks a star; it must not also submit the form around it.
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          // Mantine's stars only light up under the arrow keys; a radio group's arrows choose, so the star
          // the arrows landed on (focused once the key is released) becomes the score.
          onKeyUp={readOnly || !onChange ? undefined : (e) => ARROWS.has(e.key) && chooseFrom(e.target, onChange)}
        />
      </Group>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
