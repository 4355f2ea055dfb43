// After a failed submission, focus goes to the error summary, so keyboard and
// screen-reader users start from the list of what to fix (each entry links to its field).
(function () {
    "use strict";
    var summary = document.getElementById("error-summary");
    if (summary && document.activeElement !== summary) {
        summary.focus();
    }
})();
