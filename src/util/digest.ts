import { createHash } from 'node:crypto';

/** A piece of what a digest covers: text or bytes as they are, anything else as its JSON. */
export type DigestPart = string | Uint8Array | unknown;

/** A digest being computed part by part (for inputs read a few at a time). */
export interface Digest {
  /** Adds one part; returns the digest for chaining. */
  update(part: DigestPart): Digest;
  /** The digest of every part added, in order: 32 URL-safe characters (192 bits of SHA-256). */
  finish(): string;
}

/**
 * The one way the build names a version of something (cache keys, cached
 * files). Each part is prefixed with its length, so the parts' boundaries
 * count: `['a', 'b']` and `['ab']` differ, as do the same parts in another
 * order.
 */
export function createDigest(): Digest {
  const hash = createHash('sha256');
  const digest: Digest = {
    update(part) {
      const bytes = typeof part === 'string' || part instanceof Uint8Array ? part : JSON.stringify(part) ?? 'undefined';
      const length = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
      hash.update(`${typeof bytes === 'string' ? 's' : 'b'}${length}:`).update(bytes);
      return digest;
    },
    finish: () => hash.digest('base64url').slice(0, 32),
  };
  return digest;
}

/** The digest of `parts`, in order (`createDigest`). */
export function digest(parts: Iterable<DigestPart>): string {
  const result = createDigest();
  for (const part of parts) result.update(part);
  return result.finish();
}
