"""Initials come from the words of a display name, whatever else the name holds, and repeats are told apart."""

import pytest

from portal.initials import distinct_labels, initials_of


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Morgan (member)", "M."),
        ("Morgan Lee", "M.L."),
        ("Tom-Jo O'Neil", "T.O."),
        ("  sam   [she/her] ", "S."),
        ("Kit (unclosed aside", "K."),
        ("🌈 Robin 2nd", "R.N."),
        ("محمد علي", "م.ع."),
        ("李小龙", "李."),
        ("Ana María de la Cruz", "A.M.D."),
        ("Große", "G."),
        ("ßeta", "ß."),
    ],
)
def test_initials_are_the_first_letters_of_the_words_of_the_name(name, initials):
    assert initials_of(name) == initials


@pytest.mark.parametrize("name", ["", "   ", "(member)", "?!.", "123", "🙂 🙂"])
def test_a_name_without_letters_gives_a_neutral_word_not_punctuation(name):
    assert initials_of(name) == "Member"


def test_people_sharing_initials_in_one_list_are_told_apart_in_order():
    assert distinct_labels(["M.", "S.D.", "M.", "M."]) == ["M.", "S.D.", "M. (2)", "M. (3)"]
