// Filters are folded into <details> so results come first on phones; on wide
// screens, where they sit beside the results, they start open.
(function () {
    "use strict";
    if (!window.matchMedia || !window.matchMedia("(min-width: 52.01rem)").matches) {
        return;
    }
    document.querySelectorAll("details.filters").forEach(function (details) {
        details.open = true;
    });
})();
