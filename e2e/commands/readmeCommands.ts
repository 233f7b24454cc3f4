/**
 * The commands a reader of the README may type: every line of its `sh` blocks and every inline
 * code span that is a command (npm, apt-get, curl, .ci/run, or an environment setting).
 */
export function readmeCommands(markdown: string): string[] {
  const commands = new Set<string>();
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.replace(/\s+#\s.*$/, '').trim();
      if (command !== '' && !command.startsWith('#')) commands.add(command.replace(/\s+/g, ' '));
    }
  }
  for (const span of markdown.matchAll(/`([^`\n]+)`/g)) {
    const text = span[1]!.trim();
    if (/^(npm (install|start|test|ci)$|npm run \S|apt-get |\.ci\/run$|curl |[A-Z][A-Z_]*=\S+)/.test(text)) commands.add(text);
  }
  return [...commands];
}
