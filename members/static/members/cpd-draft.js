/*
 * Keeps a draft of the CPD form while someone types, and warns before their session ends.
 *
 * Where the draft lives is a confidentiality choice. Reflections can be personal, and peer supporters may use a
 * shared or family device. localStorage would keep the text on the device indefinitely, readable by the next person
 * who uses the browser. sessionStorage lives only as long as the browser tab: it survives the timeout, the sign-in
 * page and the return to the form in the same tab (which is what losing work to a timeout looks like), and it is gone
 * when the tab is closed. A server-side draft would outlive the session on purpose and need its own retention rule.
 * So: sessionStorage, one key per record, cleared once the record is saved.
 *
 * Keys are "cpd-draft:<account>:<record>", the account part an opaque value from the page, so a draft is only ever
 * offered back to the account that typed it. Signing out clears every draft (portal/js/sign-out.js); a draft left
 * by an account whose session ran out is removed when a different account opens the form in that tab.
 */
(function () {
    "use strict";

    var PREFIX = "cpd-draft:";
    var WARN_BEFORE_SECONDS = 5 * 60;

    function storage() {
        try {
            var store = window.sessionStorage;
            store.setItem(PREFIX + "test", "1");
            store.removeItem(PREFIX + "test");
            return store;
        } catch (error) {
            return null;
        }
    }

    function draftFields(form) {
        return Array.prototype.filter.call(form.elements, function (element) {
            return element.name && element.name !== "csrfmiddlewaretoken" && element.type !== "file" &&
                element.type !== "submit" && element.type !== "button" && element.type !== "hidden";
        });
    }

    function readForm(form) {
        var values = {};
        draftFields(form).forEach(function (element) {
            if (element.type === "checkbox" || element.type === "radio") {
                values[element.name + "=" + element.value] = element.checked;
            } else {
                values[element.name] = element.value;
            }
        });
        return values;
    }

    function writeForm(form, values) {
        draftFields(form).forEach(function (element) {
            if (element.type === "checkbox" || element.type === "radio") {
                var key = element.name + "=" + element.value;
                if (key in values) { element.checked = values[key]; }
            } else if (element.name in values) {
                element.value = values[element.name];
            }
        });
    }

    function sameValues(a, b) {
        return JSON.stringify(a) === JSON.stringify(b);
    }

    function clearSavedDraft(store) {
        var saved = document.querySelector("[data-cpd-draft-saved]");
        if (saved) { store.removeItem(PREFIX + saved.getAttribute("data-cpd-draft-saved")); }
    }

    function removeOtherAccountsDrafts(store, accountPrefix) {
        for (var index = store.length - 1; index >= 0; index -= 1) {
            var name = store.key(index);
            if (name && name.indexOf(PREFIX) === 0 && name.indexOf(accountPrefix) !== 0) { store.removeItem(name); }
        }
    }

    function keepDraft(form, store) {
        var key = PREFIX + form.getAttribute("data-draft-key");
        removeOtherAccountsDrafts(store, key.slice(0, key.lastIndexOf(":") + 1));
        var original = readForm(form);
        var stored = store.getItem(key);
        var notice = document.querySelector("[data-cpd-draft-notice]");
        // A page showing errors already holds what was typed; otherwise offer back the unsaved draft.
        var showsErrors = form.querySelector(".field--error") !== null;
        if (stored && !showsErrors) {
            try {
                var draft = JSON.parse(stored);
                if (!sameValues(draft, original)) {
                    writeForm(form, draft);
                    if (notice) { notice.hidden = false; }
                }
            } catch (error) {
                store.removeItem(key);
            }
        }
        if (notice) {
            notice.querySelector("[data-cpd-draft-discard]").addEventListener("click", function () {
                store.removeItem(key);
                writeForm(form, original);
                notice.hidden = true;
            });
        }
        var save = function () {
            var values = readForm(form);
            if (sameValues(values, original)) { store.removeItem(key); } else { store.setItem(key, JSON.stringify(values)); }
        };
        form.addEventListener("input", save);
        form.addEventListener("change", save);
    }

    function warnBeforeTimeout(form) {
        var seconds = parseInt(form.getAttribute("data-session-seconds"), 10);
        var warning = document.querySelector("[data-cpd-session-warning]");
        if (!warning || !seconds || seconds <= 0) { return; }
        var timer = null;
        var schedule = function (secondsLeft) {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                warning.hidden = false;
            }, Math.max(secondsLeft - WARN_BEFORE_SECONDS, 0) * 1000);
        };
        schedule(seconds);
        warning.querySelector("[data-cpd-keep-alive]").addEventListener("click", function () {
            var token = form.querySelector("[name=csrfmiddlewaretoken]").value;
            fetch(form.getAttribute("data-keep-alive-url"), {
                method: "POST",
                credentials: "same-origin",
                headers: {"X-CSRFToken": token}
            }).then(function (response) {
                if (response.status === 204) {
                    warning.hidden = true;
                    schedule(seconds);
                } else {
                    warning.querySelector("p").textContent = "Your session has ended. Your text is kept in this tab: " +
                        "sign in again in this tab and come back to this form to carry on.";
                }
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var store = storage();
        if (store) { clearSavedDraft(store); }
        var form = document.querySelector("[data-cpd-draft-form]");
        if (!form) { return; }
        if (store) { keepDraft(form, store); }
        warnBeforeTimeout(form);
    });
}());
