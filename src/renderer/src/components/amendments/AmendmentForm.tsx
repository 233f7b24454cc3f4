import { Loader, NumberInput, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AmendmentAddInput, type AmendmentKind, type Requester } from '../../../../shared/amendments/schemas';
import type { Deadline } from '../../../../shared/contract/schemas';
import { addCalendarDays, dateInZone } from '../../../../shared/dates';
import { toMinor } from '../../../../shared/money';
import { appNow } from '../../clock';
import { validateWith } from '../../formErrors';
import { formatDate, formatDateTime, numberSeparators } from '../../format';
import { useApiMutation, useApiQuery } from '../../hooks/queries';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { FormActions } from '../forms/FormActions';
import { numberOrNull } from '../forms/options';

interface Values {
  agreedOn: string;
  reason: string;
  newDate: string;
  requestedBy: Requester;
  messageEventId: string | null;
  waiveBy: 'percent' | 'amount';
  percent: number | string;
  amount: number | string;
  disputeId: string | null;
  fee: number | string;
}

interface Props {
  collaborationId: number;
  currency: string;
  kind: AmendmentKind;
  /** The milestone to move (for an extension). */
  deadline?: Deadline;
  onDone: () => void;
}

// The API names amounts in cents and ids as numbers; the form shows whole currency and picks.
const toFormErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'amountMinor' ? 'amount' : k === 'feeMinor' ? 'fee' : k === 'deadlineId' ? '_form' : k, v]));

function toInput({ collaborationId, currency, kind, deadline }: Props) {
  return (v: Values) => {
    const common = { collaborationId, agreedOn: v.agreedOn, reason: v.reason };
    if (kind === 'extension') {
      return { ...common, kind, deadlineId: deadline?.id, newDate: v.newDate, requestedBy: v.requestedBy, messageEventId: v.messageEventId === null ? null : Number(v.messageEventId) };
    }
    if (kind === 'waiver') {
      const amount = numberOrNull(v.amount);
      const percent = numberOrNull(v.percent);
      return {
        ...common,
        kind,
        // Empty is not 0: the field asks for it.
        ...(v.waiveBy === 'amount' ? { amountMinor: amount === null ? undefined : toMinor(amount, currency) } : { percent: percent ?? undefined }),
        disputeId: v.disputeId === null ? null : Number(v.disputeId),
      };
    }
    const fee = numberOrNull(v.fee);
    return { ...common, kind, feeMinor: fee === null ? undefined : toMinor(fee, currency) };
  };
}

/** One change agreed after the contract: a milestone's new date, a waiver of the deduction, or a new fee. */
export function AmendmentForm(props: Props) {
  const zone = useApiQuery('settings.get', {}).data?.timeZone;
  if (zone === undefined) return <Loader size="sm" />;
  return <AmendmentFields {...props} today={dateInZone(appNow(), zone)} />;
}

function AmendmentFields(props: Props & { today: string }) {
  const { collaborationId, currency, kind, deadline, onDone, today } = props;
  const { t } = useTranslation('card');
  const add = useApiMutation('amendments.add');
  const messages = useApiQuery('events.list', { collaborationId }, kind === 'extension').data?.filter((e) => e.type === 'message') ?? [];
  const disputes = useApiQuery('disputes.list', { collaborationId }, kind === 'waiver').data ?? [];
  const form = useForm<Values>({
    initialValues: {
      agreedOn: today,
      reason: '',
      newDate: deadline?.dueDate ? addCalendarDays(deadline.dueDate, 7) : '',
      requestedBy: 'creator',
      messageEventId: null,
      waiveBy: 'percent',
      percent: '',
      amount: '',
      disputeId: null,
      fee: '',
    },
    validate: (values) => toFormErrors(validateWith(AmendmentAddInput, toInput(props))(values)),
  });
  const save = (values: Values) => add.mutateAsync(AmendmentAddInput.parse(toInput(props)(values)));
  const { submit, error } = useFormSubmit(form, save, onDone, toFormErrors);
  const due = deadline?.dueDate ? formatDate(deadline.dueDate) : '—';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {kind === 'extension' && deadline && (
          <>
            <Text size="sm">
              <b>{deadline.name}</b>
              {deadline.originalDueDate
                ? t('amendments.dueWas', { date: due, original: formatDate(deadline.originalDueDate) })
                : t('amendments.due', { date: due })}
            </Text>
            <TextInput type="date" label={t('amendments.newDate')} min={deadline.dueDate ? addCalendarDays(deadline.dueDate, 1) : undefined} data-autofocus {...form.getInputProps('newDate')} />
            <SegmentedControl
              aria-label={t('amendments.askedBy')}
              data={[
                { value: 'creator', label: t('amendments.creatorAsked') },
                { value: 'brand', label: t('amendments.weAsked') },
              ]}
              {...form.getInputProps('requestedBy')}
            />
            <Select
              label={t('amendments.agreedInMessage')}
              placeholder={messages.length === 0 ? t('amendments.noMessages') : t('amendments.optional')}
              clearable
              disabled={messages.length === 0}
              data={messages.map((m) => ({ value: String(m.id), label: `${formatDateTime(m.at)} · ${m.type === 'message' ? m.data.text.slice(0, 60) : ''}` }))}
              {...form.getInputProps('messageEventId')}
            />
          </>
        )}
        {kind === 'waiver' && (
          <>
            <SegmentedControl
              aria-label={t('amendments.waiveBy')}
              data={[
                { value: 'percent', label: t('amendments.share') },
                { value: 'amount', label: t('amendments.fixedAmount') },
              ]}
              {...form.getInputProps('waiveBy')}
            />
            {form.values.waiveBy === 'percent' ? (
              <NumberInput clampBehavior="none" label={t('amendments.shareWaived')} description={t('amendments.shareHint')} min={0} max={100} decimalScale={2} data-autofocus {...form.getInputProps('percent')} />
            ) : (
              <NumberInput clampBehavior="none" label={t('amendments.amountWaived', { currency })} min={0} decimalScale={2} {...numberSeparators()} data-autofocus {...form.getInputProps('amount')} />
            )}
            <Select label={t('amendments.settlesDispute')} placeholder={disputes.length === 0 ? t('amendments.noDisputes') : t('amendments.optional')} clearable disabled={disputes.length === 0} data={disputes.map((d) => ({ value: String(d.id), label: `#${d.id} · ${d.issue.slice(0, 60)}` }))} {...form.getInputProps('disputeId')} />
          </>
        )}
        {kind === 'fee_change' && <NumberInput clampBehavior="none" label={t('amendments.newFee', { currency })} min={0} decimalScale={2} {...numberSeparators()} data-autofocus {...form.getInputProps('fee')} />}
        <TextInput type="date" label={t('amendments.agreedOn')} max={today} {...form.getInputProps('agreedOn')} />
        <Textarea label={t('amendments.reason')} placeholder={t('amendments.reasonPlaceholder')} autosize minRows={2} {...form.getInputProps('reason')} />
        <FormActions saving={add.isPending} error={error ?? (form.errors._form as string | undefined) ?? null} onCancel={onDone} label={t(`amendments.submit.${kind}`)} />
      </Stack>
    </form>
  );
}
