import { StartExplanations } from './StartExplanations'
import { AccessibilityStatement } from './AccessibilityStatement'
import { Imprint, PrivacyNotice } from './LegalTexts'

export const globals = [StartExplanations, AccessibilityStatement, Imprint, PrivacyNotice]
