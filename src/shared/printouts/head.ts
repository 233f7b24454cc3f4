import { styles } from '../contract/printStyles';
import { escapeHtml } from '../html';
import { INTL_TAGS, type Locale } from '../i18n/locales';

/*
 * The head of a printout, in the language it is written in (the brand's for what the brand reads,
 * the contract's for a letter the creator signs): the document names its language
 * (screen readers, hyphenation, the right glyphs for shared Han characters), its pages are numbered
 * in it, and its font stacks end in a CJK face so Chinese prints rather than showing boxes. No script
 * may run in it.
 */

const SERIF = 'Georgia, "Times New Roman", Times, "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "Noto Sans CJK SC", serif';
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

// Capitals and letter-spacing mean nothing to Chinese and only spread its characters apart.
const CHINESE = '.status { letter-spacing: 0; text-transform: none; }\n';

export function localeHead(locale: Locale, title: string, paper: 'A4' | 'Letter', css: string): string {
  return `<!doctype html>
<html lang="${INTL_TAGS[locale]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${styles(paper, locale)}
body { font-family: ${SERIF}; }
h1, h2, .status, .num, th, dt, .role, .label, footer { font-family: ${SANS}; }
${locale === 'zh' ? CHINESE : ''}${css}
</style>
</head>`;
}
