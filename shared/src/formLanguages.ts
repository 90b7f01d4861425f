import { localeCodes } from './locales.ts'

type AllLocales = Partial<Record<string, string | null>> | null | undefined
type FormInAllLocales = {
  title?: AllLocales
  sections?: { fields?: { explanation?: AllLocales }[] | null }[] | null
}

/**
 * Locales a form is offered in: its title is translated, or at least one explanation is (read
 * with locale "all" in the CMS, or from the snapshot). German always: the paper is German.
 */
export function offeredLanguages(form: FormInAllLocales): string[] {
  const has = (values: AllLocales, locale: string) =>
    typeof values?.[locale] === 'string' && values[locale]!.trim() !== ''
  return localeCodes.filter(
    (locale) =>
      locale === 'de' ||
      has(form.title, locale) ||
      (form.sections ?? []).some((section) => (section.fields ?? []).some((field) => has(field.explanation, locale))),
  )
}
