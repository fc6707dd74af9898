// Tells the server the viewer's time zone, so times are shown and read in it.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && document.cookie.indexOf("tz=" + encodeURIComponent(zone)) < 0) {
    document.cookie = "tz=" + encodeURIComponent(zone) + "; path=/; SameSite=Strict";
    if (document.body && document.body.dataset.zone === "UTC" && zone !== "UTC") {
      location.reload();
    }
  }
})();
