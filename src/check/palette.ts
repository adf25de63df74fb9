/** Terminal colours for the scorecard: plain text unless stdout is a terminal and NO_COLOR is unset. */

export interface Palette {
  pass(text: string): string;
  fail(text: string): string;
  unknown(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

const same = (text: string) => text;

export const plainPalette: Palette = { pass: same, fail: same, unknown: same, heading: same, dim: same };

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const ansiPalette: Palette = {
  pass: ansi(32, 39),
  fail: ansi(31, 39),
  unknown: ansi(33, 39),
  heading: ansi(1, 22),
  dim: ansi(2, 22),
};

/** https://no-color.org: any non-empty NO_COLOR turns colours off. */
export function paletteFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Palette {
  return stream.isTTY && !env.NO_COLOR ? ansiPalette : plainPalette;
}
