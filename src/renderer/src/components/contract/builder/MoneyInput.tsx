import { NumberInput } from '@mantine/core';
import { currencyDigits, toMajor, toMinor } from '../../../../../shared/money';

/** Edits an amount stored in minor units while the user types ordinary money (1,250.50). */
export function MoneyInput({
  label,
  valueMinor,
  currency,
  onChange,
  error,
  description,
  allowEmpty = false,
}: {
  label: string;
  valueMinor: number | null;
  currency: string;
  onChange: (minor: number | null) => void;
  error?: React.ReactNode;
  description?: string;
  allowEmpty?: boolean;
}) {
  return (
    <NumberInput clampBehavior="none"
      label={label}
      description={description}
      min={0}
      decimalScale={currencyDigits(currency)}
      thousandSeparator=","
      prefix={`${currency} `}
      value={valueMinor === null ? '' : toMajor(valueMinor, currency)}
      onChange={(v) => onChange(v === '' ? (allowEmpty ? null : 0) : toMinor(Number(v), currency))}
      error={error}
    />
  );
}
