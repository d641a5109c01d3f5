from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from members.forms import DeleteAccountForm
from members.personal_data import erase_person, personal_data_archive
from portal.personal_data import personal_data_handlers

ARCHIVE_NAME = "my-data.zip"


def _data_page(request, form, status=200):
    return render(
        request,
        "members/data.html",
        {"delete_form": form, "handler_names": [handler.name for handler in personal_data_handlers()]},
        status=status,
    )


@login_required
def my_data(request):
    return _data_page(request, DeleteAccountForm(user=request.user))


@login_required
def download_my_data(request):
    return FileResponse(
        personal_data_archive(request.user), as_attachment=True, filename=ARCHIVE_NAME, content_type="application/zip"
    )


@login_required
@require_POST
def delete_my_account(request):
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return _data_page(request, form)
    user = request.user
    erase_person(user)
    logout(request)
    messages.success(request, "Your account and everything in it have been deleted. Thank you for being part of this.")
    return redirect("/")
