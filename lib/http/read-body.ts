/**
 * The body, or null as soon as it goes past `limit` bytes (a lying or absent Content-Length too): it is read
 * as a stream, so no more than `limit` bytes are ever held, and the rest is not even received.
 */
export async function readAtMost(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
