import { describe, expect, it } from 'vitest';
import { mailSnippet } from './snippet';

describe('a mail’s snippet', () => {
  it('keeps what the mail says and leaves out what it quotes, in the languages mail clients quote in', () => {
    const cases: [string, string][] = [
      ['Thanks!\n\nOn Mon, 2 Mar 2026 at 10:00, Ana <ana@lumen.example> wrote:\n> Hi Mia', 'Thanks!'],
      ['Thanks!\n\nOn Mon, 2 Mar 2026 at 10:00, Ana Lopez <ana@lumen.example>\nwrote:\n> Hi Mia', 'Thanks!'],
      ['Dank je!\n\nOp ma 2 mrt 2026 om 10:00 schreef Ana <ana@lumen.example>:\n> Hoi Mia', 'Dank je!'],
      ['Danke!\nAm Mo., 2. März 2026 um 10:00 Uhr schrieb Ana <ana@lumen.example>:\n> Hallo', 'Danke!'],
      ['Merci !\nLe lun. 2 mars 2026 à 10:00, Ana <ana@lumen.example> a écrit :\n> Salut', 'Merci !'],
      ['收到，谢谢！\n\n在 2026年3月2日 周一 10:00，Ana <ana@lumen.example> 写道：\n> 你好', '收到，谢谢！'],
      ['See below.\n\n-----Original Message-----\nFrom: Ana', 'See below.'],
      ['FYI\n---------- Forwarded message ---------\nFrom: Ana', 'FYI'],
      ['Draft attached.\n-- \nMia Chen | Recipes', 'Draft attached.'],
      ['> quoted first\nMy answer in between\n> more quoted\nand after.', 'My answer in between and after.'],
    ];
    for (const [text, snippet] of cases) expect(mailSnippet(text), text).toBe(snippet);
  });

  it('collapses spaces and line breaks, keeping lines that only look like quotes elsewhere', () => {
    expect(mailSnippet('Hi Ana,\r\n\r\n  the skillet\t arrived.\r\nOn Friday I film.')).toBe('Hi Ana, the skillet arrived. On Friday I film.');
    expect(mailSnippet('')).toBe('');
  });

  it('stops near 300 characters, at a word, never inside a character', () => {
    const long = `${'word '.repeat(100)}end`;
    const snippet = mailSnippet(long);
    expect(snippet.length).toBeLessThanOrEqual(300);
    expect(snippet).toMatch(/^(word )+word…$/);
    const emoji = '🍳'.repeat(400);
    const cut = mailSnippet(emoji);
    expect(Array.from(cut)).toHaveLength(300);
    expect(cut.endsWith('🍳…')).toBe(true);
    expect(mailSnippet('short', 10)).toBe('short');
  });
});
