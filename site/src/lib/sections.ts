import type { Section } from '@wir/shared/urls'
import type { MessageKey } from '../i18n/index.ts'

/** The interface string naming a section of the site (navigation, lists, Open Graph cards). */
export function sectionLabelKey(section: Section): MessageKey {
  return (ownTitles as Partial<Record<Section, MessageKey>>)[section] ?? (`section.${section}` as MessageKey)
}

/** Sections whose pages carry their own title string instead of `section.<name>`. */
const ownTitles = {
  glossary: 'glossary.title',
  sitemap: 'sitemap.title',
  signLanguage: 'signLanguage.title',
  accessibility: 'a11y.title',
  imprint: 'imprint.title',
  privacy: 'privacy.title',
  feedbackThanks: 'thanks.title',
} satisfies Partial<Record<Section, MessageKey>>
