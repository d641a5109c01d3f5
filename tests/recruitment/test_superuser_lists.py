"""Superusers hold every permission, so lists that offer no "add" must not try to link to one."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import sign_in_with_mfa

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/admin/recruitment/access-log/", "/admin/recruitment/applications/"])
def test_a_superuser_can_read_the_recruitment_lists(client, path):
    superuser = get_user_model().objects.create_superuser(email="root@example.org", password="x" * 16)
    sign_in_with_mfa(client, superuser)

    response = client.get(path)

    assert response.status_code == 200
