from helmstedt_strategy.linebreak import break_lines, regular_metrics

TEXT = (
    "Der Landkreis Helmstedt befindet sich seit Anfang 2023 in der Aktualisierung des Kreisentwicklungskonzeptes. "
    "Am Anfang stand die Analyse der Potentiale im Landkreis, basierend auf der Auswertung der großen "
    "Bürgerbeteiligung.\n\nIm ersten Halbjahr 2024 wurden Multiplikatoren einbezogen."
)


def test_lines_fit_the_width_and_keep_every_word():
    metrics = regular_metrics()
    lines = break_lines(TEXT, width=300, size=10.5)
    assert all(metrics.width(line.text, 10.5) <= 300 for line in lines)
    assert " ".join(line.text for line in lines).split() == TEXT.split()
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))


def test_paragraph_ends_are_marked_and_blank_lines_skipped():
    lines = break_lines("Erster Absatz.\n\nZweiter Absatz.", width=400, size=10)
    assert [(line.text, line.last_in_paragraph) for line in lines] == [
        ("Erster Absatz.", True),
        ("Zweiter Absatz.", True),
    ]


def test_every_fifth_line_is_marked():
    lines = break_lines("Wort " * 400, width=200, size=10)
    assert [line.number for line in lines if line.marked] == list(range(5, len(lines) + 1, 5))


def test_overlong_word_is_cut():
    lines = break_lines("https://www.landkreis-helmstedt.de/" + "x" * 200, width=100, size=10)
    assert len(lines) > 1
    assert all(regular_metrics().width(line.text, 10) <= 100 for line in lines)


def test_wider_text_is_wider():
    metrics = regular_metrics()
    assert metrics.width("WWW", 10) > metrics.width("iii", 10) > 0
    assert metrics.width("Größe", 10) > 0
