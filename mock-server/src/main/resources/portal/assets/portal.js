// The portal's small script: htmx does the requests; this keeps the property drawer usable from the
// keyboard (Escape closes it, Tab stays inside it, focus moves into it when it opens) and says so
// when a partial update is refused. No inline script anywhere (see the Content-Security-Policy).
(function () {
  "use strict";
  var FOCUSABLE = "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea";

  document.addEventListener("keydown", function (event) {
    var drawer = document.querySelector(".drawer");
    if (!drawer) {
      return;
    }
    if (event.key === "Escape") {
      document.getElementById("drawer-close").click();
      return;
    }
    if (event.key === "Tab") {
      var items = drawer.querySelectorAll(FOCUSABLE);
      var first = items[0];
      var last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && document.activeElement === last) {
        first.focus();
        event.preventDefault();
      }
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "drawer") {
      var first = event.detail.target.querySelector(
          ".has-error input, .has-error select, .has-error textarea, [autofocus]");
      if (first) {
        first.focus();
      }
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr.status;
    var main = document.getElementById("main");
    var alert = document.getElementById("request-error");
    if (!alert) {
      alert = document.createElement("div");
      alert.id = "request-error";
      alert.className = "alert";
      alert.setAttribute("role", "alert");
      main.insertBefore(alert, main.firstChild);
    }
    alert.textContent = status === 403
        ? "The change was not made: your session has ended or this page is not yours. Reload the page."
        : "The server answered " + status + ": the change was not made. Reload the page and try again.";
  });

  // Live parts (webhook deliveries, the request log) reload when the server says they changed:
  // server-sent events from data-live's URL; EventSource reconnects by itself.
  var live = document.querySelector("[data-live]");
  if (live && window.EventSource) {
    var source = new EventSource(live.getAttribute("data-live"));
    var parts = {deliveries: "deliveries", requests: "request-log"};
    Object.keys(parts).forEach(function (name) {
      source.addEventListener(name, function () {
        var part = document.getElementById(parts[name]);
        if (part) {
          htmx.trigger(part, "refresh");
        }
      });
    });
    window.addEventListener("pagehide", function () {
      source.close();
    });
  }
})();
