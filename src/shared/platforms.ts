import { z } from 'zod';

export const PLATFORMS = [
  'instagram',
  'tiktok',
  'youtube',
  'xiaohongshu',
  'douyin',
  'bilibili',
  'weibo',
  'twitch',
  'x',
  'facebook',
  'pinterest',
  'blog',
  'other',
] as const;

export const Platform = z.enum(PLATFORMS, { error: 'Choose a platform from the list' });
export type Platform = z.infer<typeof Platform>;

export const PLATFORM_LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  xiaohongshu: 'Xiaohongshu',
  douyin: 'Douyin',
  bilibili: 'Bilibili',
  weibo: 'Weibo',
  twitch: 'Twitch',
  x: 'X',
  facebook: 'Facebook',
  pinterest: 'Pinterest',
  blog: 'Blog',
  other: 'Other',
};

export const REGIONS = ['EU', 'UK', 'US', 'CN', 'APAC', 'LATAM', 'MEA', 'other'] as const;
export const Region = z.enum(REGIONS, { error: 'Choose a region from the list' });
export type Region = z.infer<typeof Region>;
