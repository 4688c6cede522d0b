"""The committees app's demo texts: the seed Drucksache's subject, resolution proposal and
explanation verbatim from the real paper, and the invented example members (marked as examples)."""

SEED_SUBJECT = "Strategische Ausrichtung des Landkreises Helmstedt – Beschluss der Strategischen Ziele"

SEED_PROPOSAL = """Für die zukünftige strategische Ausrichtung des Landkreises Helmstedt werden die folgenden langfristigen Ziele definiert, die bis 2035 erreicht werden sollen. Für die Haushaltsplanungen ab 2026 werden die nachstehenden Strategischen Ziele festgesetzt.

1. Der Landkreis treibt die 6 Aktionsräume voran und setzt Impulse!
– Strategierat: AWS und Themenpaten
– Ratgeber für die kreisangehörigen Kommunen
– Unterstützer für die Umsetzung der Ideen

2. Die Anzahl der Einwohner/innen bei über 90.000 halten!
– Die 6 Aktionsräume zahlen alle auf dieses Ziel ein
– Im Wettbewerb um Menschen bestehen
– Über steuerungsrelevante Ziele der W-Produkte wird operationalisiert

3. Der Landkreis versteht sich als moderner Dienstleister!
– Stabilisierung der finanziellen Lage
– Steigerung der Zufriedenheit in der Bürgerschaft
– Optimaler Partner für die kreisangehörigen Kommunen"""  # noqa: E501

SEED_EXPLANATION = """Der Landkreis Helmstedt befindet sich seit Anfang 2023 in der Aktualisierung des Kreisentwicklungskonzeptes. Am Anfang stand die Analyse der Potentiale im Landkreis, basierend auf der Auswertung der großen Bürgerbeteiligung. Diese bestand im ersten Teil aus einer Bürgerbefragung mit einer Beteiligung von 5.867 am Landkreis Helmstedt interessierten Bürgerinnen und Bürgern (Ergebnispräsentation aus September 2023 im Anhang). Im Anschluss erfolgte auf Basis der ersten Auswertungen eine Road-Show in allen kreisangehörigen Kommunen mit einer Ergebnispräsentation und der Einladung zu einem interaktiven Austausch, sodass die quantitative Befragung um qualitative Gespräche ergänzt werden konnte (Auswertung siehe Präsentation vom 22. Februar 2024 im Anhang).

Im ersten Halbjahr 2024 wurden Multiplikatoren im Rahmen von Workshops in sechs nach Themen sortierten Fachgruppen einbezogen: Sicherheit und Ordnung, Schule und Kultur, Soziales und Jugend, Gesundheit und Sport, Wirtschaft und Tourismus, sowie Gestaltung der Umwelt. In diesen Fachgruppen wurden mit interessierten Kreistagsabgeordneten, betroffenen Akteuren/innen, Experten/innen und den jeweiligen Hauptverwaltungsbeamten der kreisangehörigen Kommunen zu den jeweiligen Themenfeldern Impulse für neue strategische Optionen erarbeitet (Dokumentation Potentialworkshops aus Juni 2024 siehe Anhang). Zusätzlich wurden weitere Studien und Informationen wie z. B. Prognos, Zensus, Daten zur demografischen und sozialen Entwicklung im Landkreis Helmstedt und der Makroumwelt ausgewertet. Im Ergebnis wurden 6 Aktionsräume erstellt.

Auf Basis aller Analysen der letzten 1,5 Jahre werden 3 konkrete langfristige Ziele definiert, die bis 2035 erreicht werden sollen. Für die Haushaltsplanung 2026 werden die unten aufgeführten Strategischen Ziele festgesetzt:

1. Der Landkreis treibt die 6 Aktionsräume voran und setzt Impulse!
– Strategierat: AWS und Themenpaten
– Ratgeber für die kreisangehörigen Kommunen
– Unterstützer für die Umsetzung der Ideen

2. Die Anzahl der Einwohner/innen bei über 90.000 halten!
– Die 6 Aktionsräume zahlen alle auf dieses Ziel ein
– Im Wettbewerb um Menschen bestehen
– Über steuerungsrelevante Ziele der W-Produkte wird operationalisiert

3. Der Landkreis versteht sich als moderner Dienstleister!
– Stabilisierung der finanziellen Lage
– Steigerung der Zufriedenheit in der Bürgerschaft
– Optimaler Partner für die kreisangehörigen Kommunen

Bis zum Ende dieses Jahres wird für bestimmte kommunale Leistungen ein steuerungsrelevantes Controlling festgelegt. Dies geschieht über die Wahl der Wesentlichen Produkte. Diese sind zum einen von finanzieller und zum anderen von kommunalpolitischer Bedeutung.

Zur weiteren Begründung wird auf die Anlage „Strategie und Zielsystem – Vision und Strategische Ziele – Entwurf“ vom 08.08.2024 verwiesen.

Im weiteren Projektverlauf wird zu den in der Abbildung dargestellten 6 Aktionsräumen jeweils eine Strategiekarte erstellt. Die Karten enthalten neben einer Definition mögliche Ideen und Maßnahmen um die Aktionsräume voran zu treiben, basierend auf den Erkenntnissen aus den Potentialanalyse-Workshops.

Entsprechend des Projektplans werden die Wesentlichen Produkte im Oktober/November 2024 gewählt und im Dezember 2024 beschlossen.

Berichtswesen und Kennzahlen werden im dritten und letzten Projekt-Modul im ersten Halbjahr 2025 erarbeitet."""  # noqa: E501


# Invented members, marked as examples; the two personas stand for a Kreistag member
# (AWS and Kreistag) and a Kreisausschuss member (all three). The redaktion persona works in
# Referat A: it sees the drafts Referat A must co-sign, and no non-public session.
MEMBERS = [
    ("redaktion", "Jonas", "Keller (Beispiel)", "", [("A", "mitglied")]),
    ("kreistag", "Heike", "Brandt (Beispiel)", "Fraktion A (Beispiel)", [("AWS", "mitglied"), ("KT", "mitglied")]),
    (
        "kreisausschuss",
        "Michael",
        "Wendland (Beispiel)",
        "Fraktion B (Beispiel)",
        [("AWS", "vorsitz"), ("KA", "mitglied"), ("KT", "mitglied")],
    ),
    (None, "Sabine", "Hoffmann (Beispiel)", "Fraktion A (Beispiel)", [("KA", "stellv_vorsitz"), ("KT", "vorsitz")]),
    (None, "Thomas", "Richter (Beispiel)", "Fraktion C (Beispiel)", [("AWS", "mitglied"), ("KT", "mitglied")]),
    (None, "Anja", "Lehmann (Beispiel)", "Fraktion B (Beispiel)", [("AWS", "stellv_mitglied"), ("KT", "mitglied")]),
]
