/*
 * "Exit this page": leave for a neutral site at once, by the button or by pressing Shift three times.
 * The page is hidden first, then replaced in history (location.replace) so Back does not return to it.
 * Without JavaScript the button is still an ordinary link to the same neutral site.
 */
(function () {
    "use strict";

    var PRESSES_NEEDED = 3;
    var WITHIN_MS = 5000;
    var button = document.querySelector("[data-quick-exit]");
    if (!button) {
        return;
    }
    var exitUrl = button.getAttribute("href");
    var shiftPresses = [];

    function exitNow(event) {
        if (event) {
            event.preventDefault();
        }
        document.documentElement.classList.add("is-exiting");
        document.title = "";
        window.location.replace(exitUrl);
    }

    button.addEventListener("click", exitNow);

    document.addEventListener("keydown", function (event) {
        if (event.key !== "Shift") {
            shiftPresses = [];
            return;
        }
        if (event.repeat) {
            return;
        }
        var now = Date.now();
        shiftPresses = shiftPresses.filter(function (pressedAt) {
            return now - pressedAt < WITHIN_MS;
        });
        shiftPresses.push(now);
        if (shiftPresses.length >= PRESSES_NEEDED) {
            shiftPresses = [];
            exitNow();
        }
    });

    // A page restored from the back-forward cache after exiting stays hidden and leaves again.
    window.addEventListener("pageshow", function (event) {
        if (event.persisted && document.documentElement.classList.contains("is-exiting")) {
            window.location.replace(exitUrl);
        }
    });
})();
