import fs from 'node:fs';

/**
 * The `electron` npm package exports the path of its binary when required from Node, and throws
 * when the binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, offline installs).
 */
export function findElectronBinary(requireFn: (id: string) => unknown, exists: (p: string) => boolean = fs.existsSync): string | null {
  try {
    const binary = requireFn('electron');
    return typeof binary === 'string' && exists(binary) ? binary : null;
  } catch {
    return null;
  }
}
