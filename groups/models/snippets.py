from portal.taxonomy import Taxonomy


class Audience(Taxonomy):
    """Who a group is for: women, young people, a mixed group…"""

    class Meta(Taxonomy.Meta):
        verbose_name = "audience"


class Area(Taxonomy):
    """Where a group meets, shown publicly at the level of a borough or town, never closer."""

    class Meta(Taxonomy.Meta):
        verbose_name = "area"
