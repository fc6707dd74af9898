// Keeps the live dashboard current: every few seconds it reads the page's figures from the API
// and redraws the turnout; when the stage changes (voting closes, results appear) it reloads the
// page, which the server draws complete. Same arithmetic as PublicDashboard.points.
(function () {
  "use strict";
  var root = document.getElementById("dashboard");
  if (!root || !window.fetch) {
    return;
  }
  var EVERY_MS = 5000;
  var WIDTH = 100;
  var HEIGHT = 40;

  function text(id, value) {
    var node = document.getElementById(id);
    if (node && node.textContent !== value) {
      node.textContent = value;
    }
  }

  function points(view) {
    var opens = Date.parse(view.opensAt);
    var span = Math.max(1, Date.parse(view.closesAt) - opens);
    var roll = Math.max(1, view.eligible);
    return view.turnout
      .map(function (s) {
        var x = Math.max(0, Math.min(WIDTH, ((Date.parse(s.minute) - opens) / span) * WIDTH));
        var y = HEIGHT - Math.min(1, s.ballots / roll) * HEIGHT;
        return x.toFixed(2) + "," + y.toFixed(2);
      })
      .join(" ");
  }

  function show(view) {
    if (view.stage !== root.dataset.stage) {
      location.reload();
      return;
    }
    text("ballotsCast", String(view.ballotsCast));
    text("eligible", String(view.eligible));
    var percent = view.eligible === 0 ? 0 : (100 * view.ballotsCast) / view.eligible;
    // In the page's language (<html lang>), as the server wrote it, not the browser's.
    var language = document.documentElement.lang || undefined;
    text("turnoutPercent", percent.toLocaleString(language, { maximumFractionDigits: 1 }));
    document.getElementById("turnoutLine").setAttribute("points", points(view));
  }

  function poll() {
    fetch(root.dataset.source, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (view) {
        if (view) {
          show(view);
        }
      })
      .catch(function () {
        // Offline for a moment: the next round tries again.
      })
      .then(function () {
        setTimeout(poll, EVERY_MS);
      });
  }

  // Published and cancelled elections do not change any more.
  if (root.dataset.stage !== "published" && root.dataset.stage !== "cancelled") {
    setTimeout(poll, EVERY_MS);
  }
})();
