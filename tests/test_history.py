from helmstedt_strategy.history import word_diff


def test_word_diff_marks_what_was_removed_and_inserted():
    segments = word_diff("Die Zahl halten über 90.000", "Die Zahl deutlich über 90.000 halten")
    assert ("insert", "deutlich") in segments or any(op == "insert" and "deutlich" in t for op, t in segments)
    assert any(op == "delete" for op, _ in segments)
    assert segments[0] == ("equal", "Die Zahl")


def test_rewritten_text_is_shown_as_old_and_new_whole():
    assert word_diff("ganz alter Text hier", "völlig neue Fassung") == [
        ("delete", "ganz alter Text hier"),
        ("insert", "völlig neue Fassung"),
    ]
