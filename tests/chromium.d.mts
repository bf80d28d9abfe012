export const CHROMIUM_ARGS: string[];
export function findChromium(): Promise<string | undefined>;
export const HOW_TO_GET_CHROMIUM: string;
