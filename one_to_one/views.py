"""The public referral forms: /get-support/ (self-referral) and /get-support/refer/ (a professional), no account.

Spam is stopped without a third-party service: a honeypot field people never see, and a per-address hourly limit.
Nothing typed is shown back after sending: the confirmation page is the same for everyone.
"""

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from one_to_one.forms import ProfessionalReferralForm, SelfReferralForm
from one_to_one.intake import receive
from portal.responses import private

RATE_WINDOW_SECONDS = 60 * 60


def _rate_key(request):
    # The client's address as allauth works it out (behind ALLAUTH_TRUSTED_PROXY_COUNT proxies), as sign-in does.
    return f"one_to_one:referrals:{get_adapter().get_client_ip(request)}"


def _over_limit(request):
    return cache.get(_rate_key(request), 0) >= settings.ONE_TO_ONE_REFERRALS_PER_HOUR


def _count_sending(request):
    key = _rate_key(request)
    if not cache.add(key, 1, RATE_WINDOW_SECONDS):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, RATE_WINDOW_SECONDS)


def _referral_form_view(request, form_class, template_name):
    status = 200
    if request.method == "POST":
        form = form_class(request.POST)
        if _over_limit(request):
            form.add_error(None, "Too many requests have been sent from here. Please try again in an hour.")
            status = 429
        elif form.is_spam():
            _count_sending(request)
            return redirect("one_to_one_thanks")  # looks like success to the bot; nothing is kept
        elif form.is_valid():
            _count_sending(request)
            receive(form.save(commit=False))
            return redirect("one_to_one_thanks")
    else:
        form = form_class()
    response = render(request, template_name, {"form": form}, status=status)
    # What was typed is never stored by a browser or proxy; the empty form stays findable by search engines.
    return private(response) if request.method == "POST" else response


@never_cache
@require_http_methods(["GET", "POST"])
def self_referral(request):
    return _referral_form_view(request, SelfReferralForm, "one_to_one/self_referral.html")


@never_cache
@require_http_methods(["GET", "POST"])
def professional_referral(request):
    return _referral_form_view(request, ProfessionalReferralForm, "one_to_one/professional_referral.html")


def thanks(request):
    return private(render(request, "one_to_one/thanks.html"))
