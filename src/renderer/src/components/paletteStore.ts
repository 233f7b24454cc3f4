import { createSpotlight } from '@mantine/spotlight';

/*
 * The palette's open state lives outside the palette, which loads after the first screen: a Ctrl+K
 * pressed before it has loaded opens it, and the palette reads that state when it mounts (an
 * open/close callback would miss an opening that happened before it existed).
 */
export const [paletteStore, palette] = createSpotlight();
