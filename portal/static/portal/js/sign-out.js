/*
 * Signing out leaves nothing typed in this tab for the next person who uses it: what the portal keeps in
 * sessionStorage (unsaved CPD drafts, "cpd-draft:*") is cleared as the sign-out form is sent. That covers the
 * header's "Sign out", allauth's sign-out page and any form marked data-signs-out (deleting the account).
 */
(function () {
    "use strict";

    var SIGN_OUT_PATH = "/accounts/logout/";

    function signsOut(form) {
        var action = form.getAttribute("action") || window.location.pathname;
        return form.hasAttribute("data-signs-out") || new URL(action, window.location.href).pathname === SIGN_OUT_PATH;
    }

    document.addEventListener("submit", function (event) {
        if (!(event.target instanceof HTMLFormElement) || !signsOut(event.target)) { return; }
        try {
            window.sessionStorage.clear();
        } catch (error) {
            // Storage is switched off in this browser, so nothing was kept.
        }
    });
}());
