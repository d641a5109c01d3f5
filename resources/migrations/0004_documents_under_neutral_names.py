"""Documents uploaded before file names were checked move to a neutral name: the file name is in every download
address and in the storage path (confidentiality rule 1). Titles are left to editors: the document form now asks."""

import os

from django.db import migrations


def disclosing_terms(apps):
    from portal.confidentiality import DEFAULT_DISCLOSING_TERMS

    site_settings = apps.get_model("home", "SiteSettings").objects.filter(site__is_default_site=True).first()
    if site_settings is None:
        return list(DEFAULT_DISCLOSING_TERMS)
    return [line.strip() for line in site_settings.disclosing_terms.splitlines() if line.strip()]


def move_disclosing_files(apps, schema_editor):
    from portal.confidentiality import disclosing_terms_found
    from resources.documents import neutral_file_name

    terms = disclosing_terms(apps)
    Document = apps.get_model("wagtaildocs", "Document")
    for document in Document.objects.exclude(file="").iterator():
        old_name = document.file.name
        if not disclosing_terms_found(os.path.basename(old_name), terms):
            continue
        storage = document.file.storage
        wanted = os.path.join(os.path.dirname(old_name), neutral_file_name(document.title, old_name, terms))
        old_file_exists = storage.exists(old_name)
        new_name = wanted  # when the file itself is already gone, only its name is left to change
        if old_file_exists:
            with storage.open(old_name, "rb") as content:
                new_name = storage.save(wanted, content)
        Document.objects.filter(pk=document.pk).update(file=new_name)
        if old_file_exists:
            storage.delete(old_name)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_editors_manage_guidance_filters"),
        ("home", "0003_site_settings_disclosing_terms"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(move_disclosing_files, migrations.RunPython.noop, elidable=True)]
