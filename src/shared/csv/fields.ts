import type { ColumnMapping, ImportKind } from './schemas';

/*
 * The fields an import can fill, and the headers that usually carry them in platform exports and
 * spreadsheets, so most files map themselves and the user only fixes what is left.
 */

interface FieldSpec {
  field: string;
  label: string;
  required: boolean;
  /** Headers as `normalizeHeader` leaves them. */
  aliases: string[];
}

const COUNT = (field: string, label: string, ...aliases: string[]): FieldSpec => ({ field, label, required: false, aliases: [field, ...aliases] });

/*
 * Headers in English, Dutch and Chinese, as platform exports and spreadsheets in those languages
 * write them (normalized: "E-mail" is "email", "粉丝数" stays "粉丝数").
 */
export const IMPORT_FIELDS: Record<ImportKind, FieldSpec[]> = {
  metrics: [
    {
      field: 'creator',
      label: 'Creator (name or handle)',
      required: true,
      aliases: ['creator', 'creatorname', 'influencer', 'name', 'account', 'handle', 'username', 'maker', 'naam', 'gebruikersnaam', '达人', '博主', '达人名称', '姓名', '账号', '用户名'],
    },
    { field: 'capturedAt', label: 'Date of the numbers', required: true, aliases: ['capturedat', 'date', 'readat', 'reportdate', 'asof', 'day', 'datum', 'peildatum', '日期', '统计日期', '数据日期'] },
    { field: 'url', label: 'Post URL', required: false, aliases: ['url', 'posturl', 'link', 'postlink', 'permalink', 'berichtlink', '链接', '作品链接', '帖子链接'] },
    { field: 'platform', label: 'Platform', required: false, aliases: ['platform', 'network', 'channel', 'kanaal', '平台', '渠道'] },
    { field: 'title', label: 'Post title', required: false, aliases: ['title', 'caption', 'post', 'titel', 'bericht', '标题', '作品标题'] },
    { field: 'publishedAt', label: 'Published', required: false, aliases: ['publishedat', 'published', 'publishdate', 'postdate', 'posted', 'gepubliceerd', 'publicatiedatum', '发布时间', '发布日期'] },
    COUNT('views', 'Views / impressions', 'impressions', 'videoviews', 'plays', 'weergaven', 'impressies', '播放量', '浏览量', '曝光量', '观看次数'),
    COUNT('reach', 'Reach', 'accountsreached', 'bereik', '触达', '覆盖人数'),
    COUNT('likes', 'Likes', 'reactions', 'vindikleuks', '点赞', '点赞数'),
    COUNT('comments', 'Comments', 'reacties', '评论', '评论数'),
    COUNT('shares', 'Shares', 'reposts', 'gedeeld', '分享', '分享数', '转发', '转发数'),
    COUNT('saves', 'Saves', 'bookmarks', 'favorites', 'opgeslagen', '收藏', '收藏数'),
    COUNT('clicks', 'Clicks', 'linkclicks', 'klikken', '点击', '点击量', '点击数'),
    COUNT('conversions', 'Conversions', 'sales', 'orders', 'signups', 'conversies', 'verkopen', 'bestellingen', '转化', '转化数', '订单', '订单数'),
    COUNT('cost', 'Cost', 'spend', 'amountspent', 'kosten', 'uitgaven', '花费', '费用', '成本'),
  ],
  // A shop's orders export (Shopify's among them): one row per item, the order's name repeated.
  orders: [
    { field: 'order', label: 'Order', required: true, aliases: ['order', 'name', 'ordername', 'ordernumber', 'orderid', 'ordernr', 'bestelling', 'bestelnummer', '订单', '订单号', '订单编号'] },
    { field: 'email', label: 'Email', required: true, aliases: ['email', 'customeremail', 'emailaddress', 'mail', 'emailadres', '邮箱', '电子邮件', '电子邮箱'] },
    { field: 'shippedAt', label: 'Shipped', required: false, aliases: ['fulfilledat', 'shippedat', 'shipped', 'shipdate', 'fulfillmentdate', 'verzonden', 'verzenddatum', '发货时间', '发货日期'] },
    { field: 'item', label: 'Item', required: false, aliases: ['lineitemname', 'item', 'product', 'productname', 'artikel', '商品', '商品名称', '产品'] },
    { field: 'sku', label: 'SKU', required: false, aliases: ['lineitemsku', 'sku', 'variantsku', 'artikelnummer', '货号', 'sku编码'] },
    { field: 'quantity', label: 'Quantity', required: false, aliases: ['lineitemquantity', 'quantity', 'qty', 'aantal', '数量'] },
    { field: 'price', label: 'Price of one', required: false, aliases: ['lineitemprice', 'price', 'unitprice', 'prijs', '单价', '价格'] },
    { field: 'carrier', label: 'Carrier', required: false, aliases: ['carrier', 'trackingcompany', 'shippingcarrier', 'vervoerder', '快递公司', '承运商'] },
    { field: 'tracking', label: 'Tracking number', required: false, aliases: ['trackingnumber', 'tracking', 'trackingcode', 'trackandtrace', '运单号', '快递单号'] },
    { field: 'shipName', label: 'Ship to: name', required: false, aliases: ['shippingname', 'shiptoname', 'recipient', '收件人'] },
    { field: 'shipStreet', label: 'Ship to: street', required: false, aliases: ['shippingstreet', 'shippingaddress1', 'shippingaddress', 'address', 'adres', '地址', '收货地址'] },
    { field: 'shipStreet2', label: 'Ship to: street (2nd line)', required: false, aliases: ['shippingaddress2'] },
    { field: 'shipZip', label: 'Ship to: postcode', required: false, aliases: ['shippingzip', 'shippingpostcode', 'zip', 'postcode', 'postalcode', '邮编'] },
    { field: 'shipCity', label: 'Ship to: city', required: false, aliases: ['shippingcity', 'city', 'plaats', 'stad', '城市'] },
    { field: 'shipCountry', label: 'Ship to: country', required: false, aliases: ['shippingcountry', 'country', 'land', '国家'] },
  ],
  creators: [
    { field: 'name', label: 'Name', required: true, aliases: ['name', 'creator', 'creatorname', 'influencer', 'naam', 'maker', '姓名', '名字', '名称', '达人', '博主', '达人名称'] },
    { field: 'handles', label: 'Handles (platform:handle; …)', required: false, aliases: ['handles', '账号列表'] },
    { field: 'platform', label: 'Platform', required: false, aliases: ['platform', 'network', 'kanaal', '平台'] },
    { field: 'handle', label: 'Handle', required: false, aliases: ['handle', 'username', 'account', 'gebruikersnaam', '账号', '用户名'] },
    { field: 'email', label: 'Email', required: false, aliases: ['email', 'emailaddress', 'mail', 'emailadres', '邮箱', '电子邮件', '电子邮箱', '邮件'] },
    { field: 'followers', label: 'Followers', required: false, aliases: ['followers', 'followercount', 'audience', 'volgers', 'aantalvolgers', '粉丝', '粉丝数', '粉丝量'] },
    { field: 'region', label: 'Region', required: false, aliases: ['region', 'market', 'regio', 'markt', '地区', '区域', '市场'] },
    { field: 'language', label: 'Language', required: false, aliases: ['language', 'lang', 'taal', '语言'] },
    { field: 'timeZone', label: 'Time zone', required: false, aliases: ['timezone', 'tz', 'tijdzone', '时区'] },
    { field: 'notes', label: 'Notes', required: false, aliases: ['notes', 'note', 'comments', 'notities', 'opmerkingen', '备注', '说明'] },
  ],
};

/** Lower case, full-width forms folded (NFKC), and nothing but letters and digits of any script. */
export const normalizeHeader = (header: string): string => header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

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
