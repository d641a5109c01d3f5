from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from members.forms import DisplayNameForm


@login_required
def display_name(request):
    form = DisplayNameForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your name has been saved.")
        return redirect("members_display_name")
    return render(request, "members/display_name.html", {"form": form})
