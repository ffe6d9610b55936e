/* dossier serve: what a little script adds to pages that work without it:
 * tables sorted by a click on a column head, and rows filtered as you
 * type. Served as a file (the Content-Security-Policy allows no inline
 * script); it reads the DOM and never fetches anything. */
"use strict";

(function () {
  function cellValue(row, i) {
    var cell = row.cells[i];
    if (!cell) return "";
    var s = cell.getAttribute("data-sort");
    return s !== null ? s : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    var xn = a !== "" && !isNaN(x) && isFinite(a), yn = b !== "" && !isNaN(y) && isFinite(b);
    if (xn && yn) return x - y;
    if (xn !== yn) return xn ? -1 : 1;
    return a.localeCompare(b);
  }

  function makeSortable(table) {
    var head = table.tHead;
    if (!head || !table.tBodies.length) return;
    var ths = head.rows[0].cells;
    Array.prototype.forEach.call(ths, function (th, i) {
      th.tabIndex = 0;
      th.title = "Sort by this column";
      function sort() {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(ths, function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = compare(cellValue(r1, i), cellValue(r2, i));
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
      });
    });
  }

  function makeFilter(input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    if (!table || !table.tBodies.length) return;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var show = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.classList.toggle("hidden", !show);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("input.filter[data-table]"), makeFilter);
  });
})();
