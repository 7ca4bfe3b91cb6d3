import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PayloadTooLargeException } from '@nestjs/common';

const human = (bytes: number) => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(bytes % 1024 ** 2 ? 1 : 0)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** 413 with a message naming the limit and the setting that raises it. */
export function uploadTooLarge(limit: number): PayloadTooLargeException {
  return new PayloadTooLargeException(`The file is larger than the upload limit of ${human(limit)} (CSV_UPLOAD_LIMIT). Split it, or ask your administrator to raise the limit.`);
}

/**
 * Writes an upload to `file` as it arrives (never held whole), stopping with a 413 as soon as it passes `limit`
 * bytes; returns its size and SHA-256 (which identifies the file when a killed import is resumed).
 */
export async function spoolUpload(body: NodeJS.ReadableStream, file: string, limit: number): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limit) return done(uploadTooLarge(limit));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(body, meter, createWriteStream(file));
  return { bytes, sha256: hash.digest('hex') };
}
