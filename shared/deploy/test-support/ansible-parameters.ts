/** Reading generated Ansible task parameters back in tests. */

/**
 * Task parameters as the task's script sees them: { unsafe: text } is the text; { base64: { unsafe } }
 * (text that looked like Jinja or held control characters) is decoded as the script's ConvertFrom-NicParameter does.
 */
export function decodeParameters(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeParameters);
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('unsafe' in o) return o.unsafe;
    // As .NET's Encoding.UTF8.GetString: a leading U+FEFF is text, not a byte-order mark.
    if ('base64' in o)
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(atob((o.base64 as { unsafe: string }).unsafe), (c) => c.charCodeAt(0)));
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decodeParameters(v)]));
  }
  return value;
}
