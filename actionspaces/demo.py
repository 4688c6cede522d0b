"""Demo data of the actionspaces app: the eight member municipalities (public facts,
population on 31.12.2020 where the source gives it)."""

from datetime import date

from helmstedt_strategy.demo import upsert

from .models import ActionSpace, Measure, Milestone, Municipality, Sponsor, StrategyCard, WorkshopGroup

POPULATION_DATE = date(2020, 12, 31)

MUNICIPALITIES = [
    ("Stadt Helmstedt", Municipality.Kind.STADT, True, 25544),
    ("Stadt Königslutter am Elm", Municipality.Kind.STADT, False, 15790),
    ("Gemeinde Lehre", Municipality.Kind.GEMEINDE, False, 12078),
    ("Stadt Schöningen", Municipality.Kind.STADT, False, 11214),
    ("Samtgemeinde Grasleben", Municipality.Kind.SAMTGEMEINDE, False, None),
    ("Samtgemeinde Heeseberg", Municipality.Kind.SAMTGEMEINDE, False, None),
    ("Samtgemeinde Nord-Elm", Municipality.Kind.SAMTGEMEINDE, False, None),
    ("Samtgemeinde Velpke", Municipality.Kind.SAMTGEMEINDE, False, None),
]


def load():
    for name, kind, seat, population in MUNICIPALITIES:
        upsert(
            Municipality,
            {"name": name},
            {
                "kind": kind,
                "is_district_seat": seat,
                "population": population,
                "population_date": POPULATION_DATE if population else None,
            },
        )
    load_action_spaces()
    load_workshop_groups()
    load_cards()


# The six Aktionsräume of the public reporting (2024). Names are real; the short
# descriptions are invented for illustration and marked as examples.
ACTION_SPACES = [
    ("Natur", "natur", "#1d5a3a", "Landschaft, Elm und Lappwald, Klima- und Naturschutz als Stärke des Landkreises."),
    ("Wirtschaft", "wirtschaft", "#1f4e79", "Arbeitsplätze, Fachkräfte, Strukturwandel im Revier und Tourismus."),
    ("Bildung", "bildung", "#6a3d9a", "Schulen, Ausbildung und lebenslanges Lernen in allen Kommunen."),
    ("Gesellschaft & Kultur", "gesellschaft-kultur", "#8a3b12", "Ehrenamt, Kultur, Sicherheit und Zusammenhalt."),
    ("Gesundheit", "gesundheit", "#a4123f", "Ärztliche Versorgung, Pflege und Sport für alle Generationen."),
    ("Lebensraum", "lebensraum", "#5b5b00", "Wohnen, Mobilität und ÖPNV, Digitalisierung im ländlichen Raum."),
]


def load_action_spaces():
    from goals.models import StrategicGoal

    goals = {g.number: g for g in StrategicGoal.objects.all()}
    for order, (name, slug, colour, description) in enumerate(ACTION_SPACES, start=1):
        space = upsert(
            ActionSpace,
            {"slug": slug},
            {"name": name, "order": order, "colour": colour, "short_description": description, "is_example": True},
        )
        # All six pay into goal 2, and goal 1 drives them forward.
        wanted = {goals[n] for n in (1, 2) if n in goals}
        if set(space.goals.all()) != wanted:
            space.goals.set(wanted)


# The six workshop groups of the first half of 2024 (real names).
WORKSHOP_GROUPS = [
    "Sicherheit und Ordnung",
    "Schule und Kultur",
    "Soziales und Jugend",
    "Gesundheit und Sport",
    "Wirtschaft und Tourismus",
    "Gestaltung der Umwelt",
]


def load_workshop_groups():
    for order, name in enumerate(WORKSHOP_GROUPS, start=1):
        upsert(WorkshopGroup, {"name": name}, {"order": order})


# Invented strategy cards, drawn from the survey of 2023 (strengths: landscape,
# location, affordable housing; weaknesses: ÖPNV, medical care, schools; risks:
# young people moving away, demographic change, shortage of doctors). All marked as examples.
# Per measure: title, status, progress, responsible unit, person, start, end, workshop group,
# partner municipalities (short names), description, milestones [(date, title, reached)].
CARDS = {
    "natur": {
        "status": StrategyCard.Status.DECIDED,
        "published": True,
        "decision": "Ausschuss für Wirtschaft und Strategie, Beispielbeschluss",
        "definition": "Die Landschaft zwischen Elm und Lappwald ist die meistgenannte Stärke des Landkreises "
        "(1.311 Nennungen in der Bürgerbefragung 2023). Der Aktionsraum Natur schützt sie und macht sie erlebbar.",
        "target": "2035 sind Elm und Lappwald gut erreichbare Naherholungsgebiete, die Bergbaufolgelandschaft "
        "ist als Natur- und Freizeitraum entwickelt.",
        "ideas": "Naturerlebnispfade an den Seen der Bergbaufolgelandschaft\nStreuobstwiesen-Patenschaften\n"
        "Klimaanpassung in den Ortskernen",
        "sponsors": [("Dr. Sabine Hartwig (Beispiel)", "Kreistagsabgeordnete, Fraktion A")],
        "measures": [
            (
                "Naturerlebnispfad Lappwaldsee",
                "in_umsetzung",
                45,
                "Fachdienst Umwelt",
                "Frau Behrens (Beispiel)",
                date(2025, 3, 1),
                date(2026, 10, 31),
                "Gestaltung der Umwelt",
                ["Stadt Helmstedt"],
                "Beschilderter Rundweg mit Infotafeln zur Geschichte des Braunkohletagebaus.",
                [
                    (date(2025, 6, 30), "Trasse abgestimmt", True),
                    (date(2026, 5, 1), "Eröffnung des ersten Abschnitts", False),
                ],
            ),
            (
                "Streuobstwiesen-Kataster",
                "geplant",
                10,
                "Fachdienst Umwelt",
                "",
                date(2026, 1, 1),
                date(2026, 12, 31),
                "Gestaltung der Umwelt",
                ["Samtgemeinde Nord-Elm", "Stadt Königslutter am Elm"],
                "Erfassung aller Streuobstwiesen als Grundlage für Pflegepatenschaften.",
                [],
            ),
            (
                "Klimaanpassungskonzept für Ortskerne",
                "idee",
                0,
                "Stabsstelle Klimaschutz",
                "",
                None,
                None,
                "Gestaltung der Umwelt",
                [],
                "Schattenplätze, Entsiegelung und Regenwassermanagement.",
                [],
            ),
        ],
    },
    "wirtschaft": {
        "status": StrategyCard.Status.IN_CONSULTATION,
        "published": True,
        "decision": "",
        "definition": "Arbeitsplätze in der Region halten und schaffen, den Strukturwandel im Helmstedter Revier "
        "nutzen und Fachkräfte gewinnen.",
        "target": "2035 finden junge Menschen nach der Ausbildung im Landkreis einen passenden Arbeitsplatz.",
        "ideas": "Gründerzentrum im Revier\nFachkräfte-Willkommensservice\nRadtourismus am Elm",
        "sponsors": [("Thomas Lindner (Beispiel)", "Kreistagsabgeordneter, Fraktion B")],
        "measures": [
            (
                "Willkommensservice für Fachkräfte",
                "in_umsetzung",
                60,
                "Wirtschaftsförderung",
                "Herr Yilmaz (Beispiel)",
                date(2024, 10, 1),
                date(2025, 12, 31),
                "Wirtschaft und Tourismus",
                ["Stadt Helmstedt", "Gemeinde Lehre"],
                "Eine Anlaufstelle für Zuziehende: Wohnung, Kita-Platz, Arbeitsplatz für Partnerin oder Partner.",
                [
                    (date(2025, 1, 15), "Ansprechperson benannt", True),
                    (date(2025, 9, 30), "Internetauftritt online", False),
                ],
            ),
            (
                "Gründerzentrum im Revier",
                "geplant",
                15,
                "Wirtschaftsförderung",
                "",
                date(2025, 6, 1),
                date(2027, 6, 30),
                "Wirtschaft und Tourismus",
                ["Stadt Schöningen"],
                "Räume und Beratung für Gründungen im Strukturwandel.",
                [],
            ),
            (
                "Radroutennetz Elm-Lappwald",
                "abgeschlossen",
                100,
                "Tourismus",
                "",
                date(2024, 3, 1),
                date(2025, 4, 30),
                "Wirtschaft und Tourismus",
                ["Stadt Königslutter am Elm", "Samtgemeinde Velpke"],
                "Einheitliche Beschilderung und Karte der Radrouten.",
                [],
            ),
            (
                "Messe „Ausbildung im Landkreis“",
                "verworfen",
                0,
                "Wirtschaftsförderung",
                "",
                None,
                None,
                "Schule und Kultur",
                [],
                "Ersetzt durch Praktikumstage an den Schulen.",
                [],
            ),
        ],
    },
    "bildung": {
        "status": StrategyCard.Status.DRAFT,
        "published": False,
        "decision": "",
        "definition": "Gute Schulen in erreichbarer Nähe, Ausbildung und lebenslanges Lernen in allen Kommunen "
        "(Schulen wurden in der Befragung 552-mal als Schwäche genannt).",
        "target": "2035 erreicht jedes Kind seine Schule in höchstens 45 Minuten.",
        "ideas": "Schulwegzeiten auswerten\nDigitale Ausstattung aller Schulen\nKreisvolkshochschule in der Fläche",
        "sponsors": [("Anja Kowalski (Beispiel)", "Kreistagsabgeordnete, Fraktion C")],
        "measures": [
            (
                "Schulwegzeiten-Analyse",
                "in_umsetzung",
                30,
                "Fachdienst Schulen",
                "",
                date(2025, 2, 1),
                date(2025, 11, 30),
                "Schule und Kultur",
                [],
                "Auswertung der Fahrzeiten aller Schülerinnen und Schüler.",
                [],
            ),
            (
                "Lernorte der Volkshochschule in allen Samtgemeinden",
                "idee",
                0,
                "Kreisvolkshochschule",
                "",
                None,
                None,
                "Schule und Kultur",
                ["Samtgemeinde Grasleben", "Samtgemeinde Heeseberg"],
                "",
                [],
            ),
            (
                "Tablets für alle Klassen ab Jahrgang 7",
                "geplant",
                5,
                "Fachdienst Schulen",
                "",
                date(2026, 8, 1),
                date(2027, 7, 31),
                "Schule und Kultur",
                [],
                "",
                [],
            ),
        ],
    },
    "gesellschaft-kultur": {
        "status": StrategyCard.Status.DECIDED,
        "published": True,
        "decision": "Ausschuss für Wirtschaft und Strategie, Beispielbeschluss",
        "definition": "Zusammenhalt stärken: Ehrenamt, Kultur, Sicherheit und Angebote für junge Menschen, "
        "damit sie bleiben oder zurückkehren (Abwanderung junger Menschen: 711 Nennungen).",
        "target": "2035 hat jede Kommune einen offenen Treffpunkt für Jugendliche.",
        "ideas": "Jugendbeteiligung im Kreistag\nEhrenamtskarte\nKultursommer im Kloster",
        "sponsors": [
            ("Markus Feldmann (Beispiel)", "Kreistagsabgeordneter, Fraktion A"),
            ("Leonie Sander (Beispiel)", "Kreistagsabgeordnete, Fraktion B"),
        ],
        "measures": [
            (
                "Jugendparlament des Landkreises",
                "in_umsetzung",
                70,
                "Fachdienst Jugend",
                "Frau Pohl (Beispiel)",
                date(2024, 11, 1),
                date(2025, 10, 31),
                "Soziales und Jugend",
                ["Stadt Helmstedt", "Stadt Schöningen"],
                "Jugendliche beraten den Kreistag zu Themen, die sie betreffen.",
                [(date(2025, 3, 1), "Erste Wahl", True), (date(2025, 9, 1), "Erste Sitzung mit dem Kreistag", False)],
            ),
            (
                "Ehrenamtskarte",
                "abgeschlossen",
                100,
                "Sozialamt",
                "",
                date(2024, 1, 1),
                date(2024, 12, 31),
                "Soziales und Jugend",
                [],
                "Vergünstigungen für ehrenamtlich Engagierte.",
                [],
            ),
            (
                "Kultursommer im Kaiserdom",
                "geplant",
                20,
                "Kulturbüro",
                "",
                date(2026, 6, 1),
                date(2026, 8, 31),
                "Schule und Kultur",
                ["Stadt Königslutter am Elm"],
                "",
                [],
            ),
        ],
    },
    "gesundheit": {
        "status": StrategyCard.Status.IN_CONSULTATION,
        "published": True,
        "decision": "",
        "definition": "Ärztliche Versorgung in der Fläche sichern (medizinische Versorgung: 765 Nennungen als "
        "Schwäche, Ärztemangel: 398 Nennungen als Risiko), Pflege stärken, Sport für alle Generationen.",
        "target": "2035 erreicht jede Einwohnerin und jeder Einwohner eine Hausarztpraxis in 20 Minuten.",
        "ideas": "Stipendium für Landärztinnen und Landärzte\nMedizinisches Versorgungszentrum\nGemeindeschwester plus",
        "sponsors": [("Dr. Jürgen Adam (Beispiel)", "Kreistagsabgeordneter, Fraktion C")],
        "measures": [
            (
                "Landarzt-Stipendium",
                "in_umsetzung",
                50,
                "Fachdienst Gesundheit",
                "Herr Keller (Beispiel)",
                date(2024, 9, 1),
                date(2026, 8, 31),
                "Gesundheit und Sport",
                [],
                "Stipendium für Medizinstudierende, die sich zur Niederlassung im Landkreis verpflichten.",
                [
                    (date(2024, 12, 1), "Richtlinie beschlossen", True),
                    (date(2025, 10, 1), "Erste fünf Stipendien vergeben", False),
                ],
            ),
            (
                "Medizinisches Versorgungszentrum Schöningen",
                "geplant",
                15,
                "Fachdienst Gesundheit",
                "",
                date(2025, 9, 1),
                date(2027, 12, 31),
                "Gesundheit und Sport",
                ["Stadt Schöningen", "Samtgemeinde Heeseberg"],
                "Kommunales MVZ mit angestellten Ärztinnen und Ärzten.",
                [],
            ),
            (
                "Gemeindeschwester plus",
                "idee",
                0,
                "Fachdienst Senioren",
                "",
                None,
                None,
                "Soziales und Jugend",
                ["Samtgemeinde Velpke"],
                "Präventive Hausbesuche bei älteren Menschen.",
                [],
            ),
            (
                "Bewegungsparcours in allen Kommunen",
                "in_umsetzung",
                80,
                "Kreissportbund",
                "",
                date(2024, 5, 1),
                date(2025, 9, 30),
                "Gesundheit und Sport",
                ["Gemeinde Lehre", "Samtgemeinde Grasleben"],
                "",
                [],
            ),
        ],
    },
    "lebensraum": {
        "status": StrategyCard.Status.DECIDED,
        "published": True,
        "decision": "Ausschuss für Wirtschaft und Strategie, Beispielbeschluss",
        "definition": "Wohnen, Mobilität und digitale Anbindung im ländlichen Raum. Das ÖPNV-Angebot ist die "
        "meistgenannte Schwäche (912 Nennungen); bezahlbarer Wohnraum eine Stärke (387 Nennungen).",
        "target": "2035 fährt in jedem Ort mindestens stündlich ein Bus oder ein Rufbus.",
        "ideas": "Rufbus in der Fläche\nMitfahrbänke\nFlächenpool für bezahlbares Wohnen",
        "sponsors": [("Karin Vogt (Beispiel)", "Kreistagsabgeordnete, Fraktion B")],
        "measures": [
            (
                "Rufbus in allen Samtgemeinden",
                "in_umsetzung",
                40,
                "Fachdienst ÖPNV",
                "Frau Neumann (Beispiel)",
                date(2025, 1, 1),
                date(2026, 12, 31),
                "Gestaltung der Umwelt",
                ["Samtgemeinde Grasleben", "Samtgemeinde Heeseberg", "Samtgemeinde Nord-Elm", "Samtgemeinde Velpke"],
                "Bedarfsverkehr per App und Telefon, abgestimmt auf die Buslinien.",
                [
                    (date(2025, 4, 1), "Ausschreibung veröffentlicht", True),
                    (date(2025, 12, 1), "Start im Heeseberg", False),
                    (date(2026, 6, 1), "Alle Samtgemeinden angeschlossen", False),
                ],
            ),
            (
                "Mitfahrbänke",
                "abgeschlossen",
                100,
                "Fachdienst ÖPNV",
                "",
                date(2024, 4, 1),
                date(2024, 10, 31),
                "Gestaltung der Umwelt",
                ["Stadt Königslutter am Elm"],
                "",
                [],
            ),
            (
                "Flächenpool für bezahlbares Wohnen",
                "geplant",
                10,
                "Fachdienst Bauen",
                "",
                date(2026, 1, 1),
                None,
                "Gestaltung der Umwelt",
                ["Stadt Helmstedt", "Gemeinde Lehre"],
                "",
                [],
            ),
            (
                "Glasfaser bis in jedes Dorf",
                "in_umsetzung",
                75,
                "Breitbandbüro",
                "",
                date(2022, 1, 1),
                date(2026, 12, 31),
                "Wirtschaft und Tourismus",
                [],
                "",
                [],
            ),
        ],
    },
}


def load_cards():
    from django.contrib.auth import get_user_model

    groups = {g.name: g for g in WorkshopGroup.objects.all()}
    municipalities = {m.name: m for m in Municipality.objects.all()}
    for slug, data in CARDS.items():
        space = ActionSpace.objects.get(slug=slug)
        card = upsert(
            StrategyCard,
            {"action_space": space},
            {
                "definition": data["definition"],
                "target_2035": data["target"],
                "ideas": data["ideas"],
                "status": data["status"],
                "decision_reference": data["decision"],
                "is_published": data["published"],
                "is_example": True,
            },
        )
        for order, (name, role) in enumerate(data["sponsors"]):
            upsert(
                Sponsor, {"action_space": space, "name": name}, {"party_role": role, "order": order, "is_example": True}
            )
        for order, row in enumerate(data["measures"]):
            title, status, progress, unit, person, start, end, group, partners, description, milestones = row
            measure = upsert(
                Measure,
                {"card": card, "title": title},
                {
                    "status": status,
                    "progress": progress,
                    "responsible_unit": unit,
                    "responsible_person": person,
                    "start": start,
                    "end": end,
                    "workshop_group": groups[group],
                    "description": description,
                    "order": order,
                    "is_example": True,
                },
            )
            wanted = {municipalities[name] for name in partners}
            if set(measure.partners.all()) != wanted:
                measure.partners.set(wanted)
            for due_on, ms_title, reached in milestones:
                upsert(
                    Milestone,
                    {"measure": measure, "title": ms_title},
                    {"due_on": due_on, "is_reached": reached, "is_example": True},
                )
    # The redaktion persona (created by load_demo before this) edits the Gesundheit card.
    editor = get_user_model().objects.filter(username="redaktion").first()
    if editor is not None:
        space = ActionSpace.objects.get(slug="gesundheit")
        if not space.editors.filter(pk=editor.pk).exists():
            space.editors.add(editor)
