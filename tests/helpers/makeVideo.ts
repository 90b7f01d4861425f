import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A real, small video made by Debian's ffmpeg (a test pattern with a tone): what an editor would
 * upload, in the container asked for. `pnpm test` installs ffmpeg (ensure-system-packages.ts).
 */
export function makeVideo(container: 'mp4' | 'webm' | 'mov', seconds = 2): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wir-video-'))
  const out = path.join(dir, `test.${container}`)
  const codecs =
    container === 'webm'
      ? ['-c:v', 'libvpx-vp9', '-b:v', '200k', '-c:a', 'libopus']
      : ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart']
  try {
    execFileSync(
      'ffmpeg',
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        `testsrc=duration=${seconds}:size=320x180:rate=10`,
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=440:duration=${seconds}`,
        ...codecs,
        '-shortest',
        out,
      ],
      { stdio: 'pipe' },
    )
    return readFileSync(out)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A WebVTT caption file with one cue. */
export function makeCaptions(text: string): Buffer {
  return Buffer.from(`WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n${text}\n`, 'utf8')
}
