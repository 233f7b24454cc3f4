/*
 * The few words of a mail the log shows: what this message says, not the earlier ones it quotes.
 * Mail clients quote in their user's language, so the lines that open a quotation are known in
 * the languages brands and creators here write in.
 */

export const SNIPPET_CHARS = 300;

/** "On Mon, 2 Mar 2026 at 10:00, Ana <ana@…> wrote:" and its kin: the rest is the quoted mail. */
const ATTRIBUTION = [
  /^On\b.{0,300}\bwrote:$/i,
  /^Op\b.{0,300}\bschreef\b.{0,300}:$/i,
  /^Am\b.{0,300}\bschrieb\b.{0,300}:$/i,
  /^Le\b.{0,300}\ba écrit\s?:$/i,
  /^在.{0,300}写道[:：]$/,
];

/** Separators after which an older mail follows (Outlook, Gmail forwards, a signature). */
const QUOTED_BELOW = [
  /^-{2,}\s*(Original Message|Forwarded message|Oorspronkelijk bericht|Doorgestuurd bericht|原始邮件|转发的邮件)\b.*$/i,
  /^_{10,}$/,
  // A signature opens with "-- ".
  /^--$/,
];

const opensQuotation = (line: string, next: string | undefined): boolean => {
  if (QUOTED_BELOW.some((p) => p.test(line))) return true;
  if (ATTRIBUTION.some((p) => p.test(line))) return true;
  // Long attributions wrap: "On Mon, 2 Mar 2026 at 10:00, Ana Lopez <ana@lumen.example>" / "wrote:".
  return next !== undefined && ATTRIBUTION.some((p) => p.test(`${line} ${next.trim()}`));
};

/**
 * The start of what a mail says in its own words: quoted lines ("> …") left out, and nothing from
 * the line that opens a quotation ("On … wrote:") or a signature on; spaces collapsed, at most
 * `max` characters, cut at a word when one ends near the limit.
 */
export function mailSnippet(text: string, max = SNIPPET_CHARS): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (opensQuotation(trimmed, lines[i + 1])) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(trimmed);
  }
  const said = kept.join(' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(said);
  if (chars.length <= max) return said;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > cut.length - 40 && space > 0 ? cut.slice(0, space) : cut}…`;
}
