import type { Section } from '@wir/shared/urls'
import type { MessageKey } from '../i18n/index.ts'

/** The interface string naming a section of the site (navigation, lists, Open Graph cards). */
export function sectionLabelKey(section: Section): MessageKey {
  if (section === 'glossary') return 'glossary.title'
  if (section === 'sitemap') return 'sitemap.title'
  if (section === 'signLanguage') return 'signLanguage.title'
  return `section.${section}` as MessageKey
}
