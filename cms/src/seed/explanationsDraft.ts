import type { ExplanationTopic } from '@wir/shared/explanations'

/**
 * Engineers' draft of the four start-page explanations in Leichte Sprache. They describe the
 * website itself and state no official facts (no addresses, dates or promises). Marked as a
 * draft in the CMS ("Prüfung"): a Leichte Sprache checking group must read them before they count
 * as Leichte Sprache.
 */
export const explanationsDraft: Record<ExplanationTopic, { title: string; text: string }> = {
  content: {
    title: 'Was steht auf dieser Website?',
    text: `Die Website heißt: WIR 2.0 – Wir sind Hannover.
Die Website ist von der Stadt Hannover.

In Hannover leben viele Menschen aus anderen Ländern.
Die Stadt hat einen Plan.
Der Plan heißt: WIR 2.0.
In dem Plan steht:
So sollen alle Menschen in Hannover gut zusammen-leben.
Alle sollen mitmachen können.

Auf der Website finden Sie:
• Die Themen von dem Plan.
• Die Ziele von dem Plan.
• Die Maßnahmen. Maßnahme heißt: Das macht die Stadt.
• Die Ämter von der Stadt. Die Ämter machen die Maßnahmen.
• Neuigkeiten.
• Hilfe für Formulare.`,
  },
  navigation: {
    title: 'So finden Sie sich auf der Website zurecht',
    text: `Oben auf jeder Seite ist ein Menü.
Im Menü stehen die Teile von der Website.
Zum Beispiel: Themen, Maßnahmen und Ämter.
Klicken Sie auf ein Wort.
Dann kommen Sie zu dem Teil.

Oben auf jeder Seite können Sie die Sprache wählen.
Die Website gibt es in vielen Sprachen.

Oben auf jeder Seite sind auch diese 2 Links:
• Leichte Sprache
• Gebärden-Sprache
Damit kommen Sie immer zu diesen Erklärungen.

Sie suchen etwas?
Dann benutzen Sie die Suche.
Die Suche ist im Menü.

Unten auf jeder Seite ist die Seiten-Übersicht.
Dort stehen alle Seiten.

Auf manchen Seiten gibt es den Knopf: Vorlesen.
Dann liest Ihr Computer den Text laut vor.

Sie können die Website auch mit der Tastatur benutzen.
Mit der Tab-Taste kommen Sie zum nächsten Link.`,
  },
  accessibility: {
    title: 'Barriere-Freiheit auf dieser Website',
    text: `Barriere-frei heißt:
Alle Menschen können die Website gut benutzen.
Auch Menschen mit Behinderung.

Die Stadt Hannover muss dafür sorgen.
Das steht in einem Gesetz.

Die Stadt hat eine Erklärung zur Barriere-Freiheit geschrieben.
Dort steht:
• Das geht auf der Website schon gut.
• Das geht noch schlecht.
• So können Sie eine Barriere melden.

Sie haben eine Barriere gefunden?
Dann schreiben Sie der Stadt.
Die Stadt antwortet Ihnen.

Sie sind mit der Antwort unzufrieden?
Dann können Sie sich an die Schlichtungs-Stelle wenden.
Die Schlichtungs-Stelle hilft bei Streit.
In der Erklärung steht, wie Sie die Schlichtungs-Stelle erreichen.`,
  },
  moreOffers: {
    title: 'Mehr in Leichter Sprache und Gebärden-Sprache',
    text: `Manche Texte auf dieser Website gibt es in Leichter Sprache.
Sie finden die Texte auf dieser Seite weiter unten.

Die Stadt macht Videos in Gebärden-Sprache.
Die Videos erklären diese Website.
Sie finden die Videos auf der Seite: Gebärden-Sprache.
Der Link ist oben auf jeder Seite.

Manche Texte gibt es noch nicht in Leichter Sprache.
Dann sehen Sie den Text in Einfacher Sprache.
Oder auf Deutsch.
Das steht dann über dem Text.`,
  },
}
