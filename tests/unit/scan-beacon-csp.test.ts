import { describe, expect, test } from 'vitest'

import { beaconUrl } from '@wir/shared/beacon'

import { contentSecurityPolicy, contentSecurityPolicyFor } from '../../cms/scripts/serve/headers'

describe('scan counting and the content security policy', () => {
  test('should send scans to the CMS and let exactly that origin through connect-src', () => {
    const env = { CMS_URL: 'https://redaktion.example/' }
    expect(beaconUrl(env)).toBe('https://redaktion.example/api/form-scan-counts/beacon')
    expect(contentSecurityPolicyFor(env)).toContain("connect-src 'self' https://redaktion.example;")
  })

  test('should send nothing and keep the strict policy when counting is switched off', () => {
    const env = { CMS_URL: 'https://redaktion.example', WIR_BEACON_URL: '' }
    expect(beaconUrl(env)).toBe('')
    expect(contentSecurityPolicyFor(env)).toBe(contentSecurityPolicy)
    expect(contentSecurityPolicyFor({})).toBe(contentSecurityPolicy)
  })
})
