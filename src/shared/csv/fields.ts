import type { ColumnMapping, ImportKind } from './schemas';

/*
 * The fields an import can fill, and the headers that usually carry them in platform exports and
 * spreadsheets, so most files map themselves and the user only fixes what is left.
 */

interface FieldSpec {
  field: string;
  label: string;
  required: boolean;
  /** Headers, lower-cased with everything but letters and digits removed. */
  aliases: string[];
}

const COUNT = (field: string, label: string, ...aliases: string[]): FieldSpec => ({ field, label, required: false, aliases: [field, ...aliases] });

export const IMPORT_FIELDS: Record<ImportKind, FieldSpec[]> = {
  metrics: [
    { field: 'creator', label: 'Creator (name or handle)', required: true, aliases: ['creator', 'creatorname', 'influencer', 'name', 'account', 'handle', 'username'] },
    { field: 'capturedAt', label: 'Date of the numbers', required: true, aliases: ['capturedat', 'date', 'readat', 'reportdate', 'asof', 'day'] },
    { field: 'url', label: 'Post URL', required: false, aliases: ['url', 'posturl', 'link', 'postlink', 'permalink'] },
    { field: 'platform', label: 'Platform', required: false, aliases: ['platform', 'network', 'channel'] },
    { field: 'title', label: 'Post title', required: false, aliases: ['title', 'caption', 'post'] },
    { field: 'publishedAt', label: 'Published', required: false, aliases: ['publishedat', 'published', 'publishdate', 'postdate', 'posted'] },
    COUNT('views', 'Views / impressions', 'impressions', 'videoviews', 'plays'),
    COUNT('reach', 'Reach', 'accountsreached'),
    COUNT('likes', 'Likes', 'reactions'),
    COUNT('comments', 'Comments'),
    COUNT('shares', 'Shares', 'reposts'),
    COUNT('saves', 'Saves', 'bookmarks', 'favorites'),
    COUNT('clicks', 'Clicks', 'linkclicks'),
    COUNT('conversions', 'Conversions', 'sales', 'orders', 'signups'),
    COUNT('cost', 'Cost', 'spend', 'amountspent'),
  ],
  creators: [
    { field: 'name', label: 'Name', required: true, aliases: ['name', 'creator', 'creatorname', 'influencer'] },
    { field: 'handles', label: 'Handles (platform:handle; …)', required: false, aliases: ['handles'] },
    { field: 'platform', label: 'Platform', required: false, aliases: ['platform', 'network'] },
    { field: 'handle', label: 'Handle', required: false, aliases: ['handle', 'username', 'account'] },
    { field: 'email', label: 'Email', required: false, aliases: ['email', 'emailaddress', 'mail'] },
    { field: 'followers', label: 'Followers', required: false, aliases: ['followers', 'followercount', 'audience'] },
    { field: 'region', label: 'Region', required: false, aliases: ['region', 'market'] },
    { field: 'language', label: 'Language', required: false, aliases: ['language', 'lang'] },
    { field: 'timeZone', label: 'Time zone', required: false, aliases: ['timezone', 'tz'] },
    { field: 'notes', label: 'Notes', required: false, aliases: ['notes', 'note', 'comments'] },
  ],
};

export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Each field gets the first column whose header is one of its aliases; a column serves one field. */
export function suggestMapping(kind: ImportKind, columns: readonly string[]): ColumnMapping {
  const used = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const spec of IMPORT_FIELDS[kind]) {
    const column = spec.aliases.map((a) => columns.find((c) => !used.has(c) && normalizeHeader(c) === a)).find((c) => c !== undefined) ?? null;
    if (column !== null) used.add(column);
    mapping[spec.field] = column;
  }
  return mapping;
}
