// A form the server sent back with errors: each refused field is marked invalid and described by
// its message, and the focus goes to the first, so a screen reader announces it with its error.
(function () {
  var first = null;
  document.querySelectorAll(".field-error").forEach(function (message, i) {
    var box = message.parentElement;
    var field = box && box.querySelector("input:not([type=hidden]), select, textarea");
    if (!field) {
      return;
    }
    message.id = message.id || "field-error-" + i;
    var group = field.type === "radio" ? box.querySelectorAll("input[type=radio]") : [field];
    group.forEach(function (input) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", message.id);
    });
    first = first || field;
  });
  if (first) {
    first.focus();
  }
})();
