// Quick exit: the #quick-exit link works without JavaScript. With it, a click or
// Shift pressed three times (each within 1.5 s of the last, no other key between)
// blanks the page at once and replaces this history entry, so Back does not return.
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) return;
  var gone = false, presses = 0, last = 0;

  function leave(event) {
    if (event) event.preventDefault();
    if (gone) return;
    gone = true;
    document.title = "";
    if (document.body) document.body.innerHTML = "";
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") { presses = 0; return; }
    if (event.repeat) return;
    var now = Date.now();
    presses = now - last <= 1500 ? presses + 1 : 1;
    last = now;
    if (presses >= 3) { presses = 0; leave(); }
  }, true);
})();
