// Progressive enhancement of the municipality list: a search box that narrows the
// <select> as you type (case and å/ä/ö-insensitive). Without JavaScript the plain
// select, with type-ahead, is the whole experience.
(function () {
  "use strict";
  var select = document.getElementById("i-municipality");
  var template = document.getElementById("municipality-search");
  if (!select || !template || !("content" in template)) return;
  var box = template.content.firstElementChild.cloneNode(true);
  select.parentNode.insertBefore(box, select);
  var input = box.querySelector("input");
  var status = box.querySelector("[role=status]");
  var options = Array.prototype.slice.call(select.options, 1);
  var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  var names = options.map(function (o) { return fold(o.text); });
  var timer;
  input.addEventListener("input", function () {
    var q = fold(input.value.trim()), shown = 0, first = null;
    options.forEach(function (o, i) {
      var hit = names[i].indexOf(q) !== -1;
      o.hidden = !hit;
      o.disabled = !hit;
      if (hit) { shown++; if (!first) first = o; }
    });
    if (q && shown === 1 && first) first.selected = true;
    clearTimeout(timer);
    timer = setTimeout(function () { status.textContent = status.dataset.template.replace("{n}", shown); }, 400);
  });
})();
