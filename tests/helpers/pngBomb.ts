import { crc32, deflateSync } from 'node:zlib'

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([length, body, checksum])
}

/**
 * A valid, fully decodable black PNG of the given size, 1 bit per pixel: a decompression bomb
 * (a 20,000 × 20,000 one is 400 MP, a few hundred KB on disk, gigabytes once decoded). Written
 * by hand because sharp would spend seconds of CPU encoding the pixels.
 */
export function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8)) // filter byte + pixels
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
