/**
 * The macOS menu bar tints a "Template" image itself for light and dark bars; Windows and Linux
 * show the coloured icon, which reads on either.
 */
export const trayIconName = (platform: NodeJS.Platform): string => (platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
