/** The newest modification time (ms) of the files under `dir`, skipping build output and installed packages. */
export function newestSource(dir: string): number;
