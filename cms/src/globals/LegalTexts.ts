import { legalGlobal } from './legalGlobal'

const body = { name: 'body', type: 'richText', label: 'Text', localized: true } as const

/** The imprint (Impressum). Empty until the city supplies it: the site then says it is being prepared. */
export const Imprint = legalGlobal({
  slug: 'imprint',
  label: 'Impressum',
  description: 'Anbieterkennzeichnung der Website. Nur amtlich abgestimmten Text eintragen.',
  fields: [body],
})

/** The privacy notice (Datenschutzerklärung); the feedback form stores personal data. */
export const PrivacyNotice = legalGlobal({
  slug: 'privacy-notice',
  label: 'Datenschutzerklärung',
  description:
    'Datenschutzhinweise der Website, auch zum Rückmeldeformular (was gespeichert wird, wie lange). ' +
    'Nur vom Datenschutz abgestimmten Text eintragen.',
  fields: [body],
})
