import type { FlatNamespace, TFunction } from 'i18next';

/*
 * The carriers a small brand ships with, and where each one's public tracking page is: the link
 * on a shipment is built from the carrier and the tracking number, never typed.
 */

export const CARRIERS = ['dhl', 'ups', 'fedex', 'usps', 'royal_mail', 'postnl', 'dpd', 'gls', 'sf_express', 'china_post', 'other'] as const;
export type Carrier = (typeof CARRIERS)[number];

// Carriers are named as they name themselves; SF, China Post and "other" are said in the reader's language.
const CARRIER_NAMES: Record<Exclude<Carrier, 'sf_express' | 'china_post' | 'other'>, string> = {
  dhl: 'DHL',
  ups: 'UPS',
  fedex: 'FedEx',
  usps: 'USPS',
  royal_mail: 'Royal Mail',
  postnl: 'PostNL',
  dpd: 'DPD',
  gls: 'GLS',
};

export function carrierLabel(carrier: Carrier, t: TFunction<FlatNamespace>): string {
  return carrier === 'sf_express' || carrier === 'china_post' || carrier === 'other' ? t(`carrier.${carrier}`, { ns: 'shipments' }) : CARRIER_NAMES[carrier];
}

// `{n}` is the tracking number, URL-encoded. China Post and "other" go to a tracker that knows most carriers.
const TRACKING_PAGES: Record<Carrier, string> = {
  dhl: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={n}',
  ups: 'https://www.ups.com/track?tracknum={n}',
  fedex: 'https://www.fedex.com/fedextrack/?trknbr={n}',
  usps: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={n}',
  royal_mail: 'https://www.royalmail.com/track-your-item#/tracking-results/{n}',
  postnl: 'https://jouw.postnl.nl/track-and-trace/{n}',
  dpd: 'https://tracking.dpd.de/status/en_US/parcel/{n}',
  gls: 'https://gls-group.com/EU/en/parcel-tracking?match={n}',
  sf_express: 'https://www.sf-express.com/we/ow/chn/sc/waybill/waybill-detail/{n}',
  china_post: 'https://t.17track.net/en#nums={n}',
  other: 'https://t.17track.net/en#nums={n}',
};

/** The carrier's tracking page for a number, or null when there is no number yet. */
export function trackingUrl(carrier: Carrier, trackingNumber: string): string | null {
  const n = trackingNumber.trim();
  return n === '' ? null : TRACKING_PAGES[carrier].replace('{n}', encodeURIComponent(n));
}

// How carriers are named in shop exports ("DHL Express", "UPS Ground", "顺丰速运"): the first match wins.
const NAMED: [RegExp, Carrier][] = [
  [/\bdhl\b/i, 'dhl'],
  [/\bups\b/i, 'ups'],
  [/fed\s?ex/i, 'fedex'],
  [/\busps\b/i, 'usps'],
  [/royal\s?mail/i, 'royal_mail'],
  [/post\s?nl/i, 'postnl'],
  [/\bdpd\b/i, 'dpd'],
  [/\bgls\b/i, 'gls'],
  [/\bsf\b|sf\s?express|顺丰/i, 'sf_express'],
  [/china\s?post|\bems\b|中国邮政|邮政/i, 'china_post'],
];

/** The carrier a shop export names, or "other". */
export function carrierOf(name: string): Carrier {
  return NAMED.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}
