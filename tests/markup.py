"""What a checker reads in a page's HTML: its landmarks with their names, and its meta description."""

from collections import Counter

# Elements that are landmarks by themselves, and those that are one only once they have a name (HTML-AAM).
ALWAYS = {"nav": "navigation", "aside": "complementary", "main": "main"}
WHEN_NAMED = {"section": "region", "form": "form"}
ROLES = {"banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"}


def accessible_name(page, element):
    if element.get("aria-labelledby"):
        parts = (page.find(id=ref) for ref in element["aria-labelledby"].split())
        return " ".join(part.get_text(" ", strip=True) for part in parts if part)
    return (element.get("aria-label") or "").strip()


def landmarks(page):
    """(role, name) of every landmark in the page, in document order."""
    found = []
    for element in page.find_all(True):
        name = accessible_name(page, element)
        role = element.get("role") or ALWAYS.get(element.name) or (WHEN_NAMED.get(element.name) if name else None)
        if role in ROLES:
            found.append((role, name))
    return found


def repeated_landmarks(page):
    """The (role, name) pairs that more than one landmark of the same role share."""
    counts = Counter(landmarks(page))
    roles = Counter(role for role, _ in landmarks(page))
    return sorted(pair for pair, count in counts.items() if count > 1 and roles[pair[0]] > 1)


def meta_description(page):
    tag = page.find("meta", attrs={"name": "description"})
    return tag["content"] if tag else None
