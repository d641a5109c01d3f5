"""Initials: how the portal shows a person to the people who run their group or support them.

The portal asks for no real name, so a display name may be a nickname with notes in brackets ("Morgan (member)"),
punctuation, emoji or digits. Initials come from the first letter of each word of what is left, in any script.
"""

import re

FALLBACK = "Member"
MAX_LETTERS = 3

# A bracketed aside, up to its closing bracket or, when it has none, to the end of the name.
_ASIDE = re.compile(r"[(\[{][^)\]}]*[)\]}]?")


def initials_of(name: str, *, fallback: str = FALLBACK) -> str:
    """ "Morgan Lee (member)" → "M.L."; "Tom-Jo O'Neil" → "T.O."; a name with no letters → the neutral fallback."""
    letters = []
    for word in _ASIDE.sub(" ", name or "").split():
        letter = next((character for character in word if character.isalpha()), None)
        if letter is not None:
            upper = letter.upper()
            letters.append(upper if len(upper) == 1 else letter)  # "ß".upper() is "SS": keep the one letter
    return "".join(f"{letter}." for letter in letters[:MAX_LETTERS]) or fallback


def distinct_labels(labels: list[str]) -> list[str]:
    """The labels in order, told apart where they repeat: ["M.", "S.D.", "M."] → ["M.", "S.D.", "M. (2)"]."""
    seen: dict[str, int] = {}
    distinct = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        distinct.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return distinct
