import type { Platform, Region } from './platformSchemas';

export const PLATFORMS = [
  'instagram',
  'tiktok',
  'youtube',
  'xiaohongshu',
  'douyin',
  'bilibili',
  'weibo',
  'wechat_channels',
  'twitch',
  'x',
  'facebook',
  'pinterest',
  'blog',
  'other',
] as const;

// The type is the schema's (one definition), re-exported beside the names it is made of.
export type { Platform, Region };

export const PLATFORM_LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  xiaohongshu: 'Xiaohongshu',
  douyin: 'Douyin',
  bilibili: 'Bilibili',
  weibo: 'Weibo',
  wechat_channels: 'WeChat Channels',
  twitch: 'Twitch',
  x: 'X',
  facebook: 'Facebook',
  pinterest: 'Pinterest',
  blog: 'Blog',
  other: 'Other',
};

export const REGIONS = ['EU', 'UK', 'US', 'CN', 'APAC', 'LATAM', 'MEA', 'other'] as const;
