import { AccessibilityStatement } from './AccessibilityStatement'
import { Imprint, PrivacyNotice } from './LegalTexts'

export const globals = [AccessibilityStatement, Imprint, PrivacyNotice]
