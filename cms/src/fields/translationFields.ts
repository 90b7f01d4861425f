import type { Field } from 'payload'

/**
 * The translation workflow's fields on every content document. A translation reaches the site
 * only when its locale is marked ready (the export drops the others, so readers get the German
 * fallback with a notice instead of a half-done translation). "Publish" publishes only the
 * locale being edited (hooks/publishOnlyRequestLocale.ts).
 */
export const translationFields: Field[] = [
  {
    name: 'translationState',
    type: 'select',
    label: 'Übersetzung',
    localized: true,
    defaultValue: 'in-progress',
    options: [
      { value: 'in-progress', label: 'In Arbeit – noch nicht auf der Website' },
      { value: 'ready', label: 'Fertig – auf der Website zeigen' },
    ],
    admin: {
      position: 'sidebar',
      description:
        'Gilt für die gerade gewählte Sprache. Für Deutsch ohne Bedeutung: der deutsche Text erscheint immer.',
    },
  },
  {
    name: 'translationProvenance',
    type: 'select',
    label: 'Herkunft der Übersetzung',
    localized: true,
    defaultValue: 'person',
    options: [
      { value: 'person', label: 'Übersetzt von einer Person' },
      { value: 'agency', label: 'Übersetzt von einem Übersetzungsbüro (XLIFF)' },
      { value: 'machine', label: 'Maschinelle Vorübersetzung (gilt nie als geprüft)' },
      { value: 'edition', label: 'Eigene Sprachfassung (keine Übersetzung)' },
    ],
    admin: { position: 'sidebar' },
  },
  {
    name: 'minorChange',
    type: 'checkbox',
    label: 'Nur kleine Korrektur (z. B. Tippfehler): Übersetzungen bleiben aktuell',
    virtual: true,
    admin: { position: 'sidebar', description: 'Nur beim Speichern auf Deutsch wirksam; wird danach zurückgesetzt.' },
  },
  {
    name: 'translationStatus',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/TranslationStatusPanel#TranslationStatusPanel' } },
  },
  {
    name: 'readability',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/ReadabilityPanel#ReadabilityPanel' } },
  },
  {
    name: 'translationTracking',
    type: 'json',
    admin: { hidden: true },
    // Written by the trackTranslations hook on every save, translators' saves included.
    custom: { openToTranslators: true },
  },
]
