export type TextEncodingName = 'utf-8' | 'gb18030' | 'big5';

/**
 * Decodes a file the way a person saved it: UTF-8 with or without a BOM, or the GBK/GB18030 that
 * Chinese Excel writes ("auto" tries strict UTF-8 first, then GB18030). Big5 (Taiwan) is chosen
 * by hand in the preview; the two double-byte encodings cannot be told apart reliably.
 */
export function decodeText(bytes: Uint8Array, requested: 'auto' | TextEncodingName): { text: string; encoding: TextEncodingName } {
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (requested === 'auto') {
    if (hasUtf8Bom) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
    }
  }
  const body = requested === 'utf-8' && hasUtf8Bom ? bytes.subarray(3) : bytes;
  return { text: new TextDecoder(requested).decode(body), encoding: requested };
}
