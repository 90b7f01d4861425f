import { describe, expect, test } from 'vitest'

import { formCodeAlphabet, formCodeLength, isFormCode, randomFormCode } from '@wir/shared/formCode'
import { qrSvg, qrSymbol } from '@wir/shared/qr'
import { qrLabelSvg } from '@wir/shared/qrLabel'
import { formDisplayUrl, formFilePath, formHelpPath, formScanPath, formScanUrl } from '@wir/shared/urls'

import { printAndDecode } from '../helpers/decodeQr'

describe('form codes', () => {
  test('should use no characters that look alike on paper', () => {
    for (const lookalike of '0O1IL2Z5S8BQUV') expect(formCodeAlphabet).not.toContain(lookalike)
    expect(new Set(formCodeAlphabet).size).toBe(formCodeAlphabet.length)
  })

  test('should generate valid codes from every part of the alphabet', () => {
    const codes = Array.from({ length: 500 }, () => randomFormCode())
    expect(codes.every(isFormCode)).toBe(true)
    expect(new Set(codes.join('')).size).toBe(formCodeAlphabet.length)
    expect(isFormCode('K7M3X')).toBe(true)
    expect(isFormCode('k7m3x')).toBe(false)
    expect(isFormCode('K0M3X')).toBe(false)
    expect(isFormCode('K7M3')).toBe(false)
    expect(formCodeLength).toBe(5)
  })
})

describe('form URLs', () => {
  test('should put scan pages outside the locale prefix and help pages inside it', () => {
    expect(formScanPath('K7M3X')).toBe('/F/K7M3X/')
    expect(formFilePath('K7M3X', 'qr.svg')).toBe('/F/K7M3X/qr.svg')
    expect(formHelpPath('ar', 'K7M3X')).toBe('/ar/formulare/K7M3X/')
  })

  test('should keep the whole scan URL in the QR alphanumeric set', () => {
    expect(formScanUrl('https://wir.hannover.de', 'K7M3X')).toBe('HTTPS://WIR.HANNOVER.DE/F/K7M3X/')
    expect(formScanUrl('http://127.0.0.1:4399/', 'K7M3X')).toBe('HTTP://127.0.0.1:4399/F/K7M3X/')
    expect(formDisplayUrl('https://wir.hannover.de', 'K7M3X')).toBe('wir.hannover.de/F/K7M3X/')
  })
})

describe('QR symbols', () => {
  test('should be version 2 (25 modules) in alphanumeric mode for the city host, one version smaller than bytes', () => {
    const url = formScanUrl('https://www.hannover.de', 'K7M3X')
    const symbol = qrSymbol(url)
    expect(symbol).toMatchObject({ mode: 'alphanumeric', version: 2, size: 25 })
    expect(qrSymbol(url.toLowerCase())).toMatchObject({ mode: 'byte', version: 3, size: 29 })
  })

  test('should give the same bytes for the same code, always', () => {
    const url = formScanUrl('https://www.hannover.de', 'K7M3X')
    expect(qrSvg(url)).toBe(qrSvg(url))
    expect(qrSvg(url)).toContain('viewBox="0 0 33 33"')
  })

  test.each([15, 20])('should decode with zbarimg when printed %i mm wide at 300 dpi', async (widthMm) => {
    const url = formScanUrl('https://www.hannover.de', 'K7M3X')
    const { texts, pixels } = await printAndDecode(qrSvg(url, { sizeMm: widthMm }), { widthMm })
    expect(pixels).toBe(widthMm === 15 ? 177 : 236)
    expect(texts).toEqual([url])
  })

  test('should decode the print label with its 20 mm symbol at 300 dpi', async () => {
    const url = formScanUrl('https://www.hannover.de', 'K7M3X')
    const label = qrLabelSvg(url, formDisplayUrl('https://www.hannover.de', 'K7M3X'), { qrSizeMm: 20, widthMm: 64 })
    expect(label).toContain('>www.hannover.de/F/K7M3X/<')
    expect(label).toContain('Ausfüllhilfe in Ihrer Sprache')
    expect(label).toContain('lang="ar"')
    const { texts } = await printAndDecode(label, { widthMm: 20, svgWidthMm: 64 })
    expect(texts).toEqual([url])
  })
})
