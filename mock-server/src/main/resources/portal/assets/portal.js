// The portal's small script: htmx does the requests; this closes the property drawer with Escape
// and moves focus into the drawer when it opens. No inline script anywhere (see the CSP).
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var close = document.getElementById("drawer-close");
    if (close) {
      close.click();
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "drawer") {
      var first = event.detail.target.querySelector(".has-error input, .has-error select, .has-error textarea, [autofocus]");
      if (first) {
        first.focus();
      }
    }
  });
})();
