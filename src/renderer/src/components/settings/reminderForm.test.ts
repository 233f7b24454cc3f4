import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFY, NotifySettings } from '../../../../shared/reminders/settings';
import { spelled } from '../../../../shared/i18n/spelled';
import { i18n } from '../../i18n';
import { leadOptions, toFormFields, toFormValues, toNotify } from './reminderForm';

describe('the reminder settings form', () => {
  // The page speaks the computer's language; the labels below are the English ones.
  beforeAll(() => i18n.changeLanguage('en'));

  it('gives back what it was given', () => {
    expect(NotifySettings.parse(toNotify(toFormValues(DEFAULT_NOTIFY)))).toEqual(DEFAULT_NOTIFY);
    const never = { ...DEFAULT_NOTIFY, quietHours: null };
    expect(toNotify(toFormValues(never)).quietHours).toBeNull();
  });

  it('keeps the usual times ready when quiet hours are off', () => {
    const values = toFormValues({ ...DEFAULT_NOTIFY, quietHours: null });
    expect(values).toMatchObject({ quiet: false, quietFrom: '21:00', quietTo: '08:00' });
  });

  it('puts the same start and end under the end time, from the form and from the app alike', () => {
    const same = { ...toFormValues(DEFAULT_NOTIFY), quietFrom: '07:00', quietTo: '07:00' };
    const [issue] = NotifySettings.safeParse(toNotify(same)).error!.issues;
    expect(toFormFields({ [issue!.path.join('.')]: spelled(issue!.message).message })).toEqual({ quietTo: 'Quiet hours need a different start and end' });
    expect(toFormFields({ 'notify.quietHours': 'x', 'notify.quietHours.from': 'y', 'notify.leadHours.2': 'z' })).toEqual({
      quietTo: 'x',
      quietFrom: 'y',
      leadHours: 'z',
    });
  });

  it('offers the presets and any other lead time already chosen, longest first', () => {
    expect(leadOptions(['36']).map((o) => o.label)).toEqual([
      '3 days before',
      '2 days before',
      '36 hours before',
      '1 day before',
      '12 hours before',
      '2 hours before',
    ]);
  });
});
