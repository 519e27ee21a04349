/* WeerbaarFieldProblems(root, {boxFor, generalBox}): the one display of the server's problems
 * ([{field, message}]) beside their fields. boxFor(path) finds the error box of a dotted field path
 * ("situations.2.options.0.points"; default: [data-path="<path>"]); problems without a box go to the general
 * error box ([data-general-error]). The field a box describes gets aria-invalid and aria-describedby. */
(function (global) {
  "use strict";

  function WeerbaarFieldProblems(root, options) {
    var settings = options || {};
    var shown = [];

    function boxFor(path) {
      if (!path) { return null; }
      if (settings.boxFor) { return settings.boxFor(path); }
      return root.querySelector("[data-path=\"" + path + "\"]");
    }

    function generalBox() {
      return settings.generalBox || root.querySelector("[data-general-error]");
    }

    /** The field a box belongs to: the one already pointing at it, or the one named by data-field-id. */
    function fieldOf(box) {
      if (box.id) {
        var pointing = root.querySelector("[aria-describedby~=\"" + box.id + "\"]");
        if (pointing) { return pointing; }
      }
      var named = box.getAttribute("data-field-id");
      return named ? global.document.getElementById(named) : null;
    }

    function markInvalid(field, box) {
      if (field.tagName === "FIELDSET") { return; }  // a group is described, its inputs are invalid
      field.setAttribute("aria-invalid", "true");
      var described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
      if (box.id && described.indexOf(box.id) < 0) {
        field.setAttribute("aria-describedby", described.concat([box.id]).join(" "));
      }
    }

    function place(problem) {
      var box = boxFor(problem.field);
      if (!box) { return null; }
      box.textContent = box.textContent ? box.textContent + " " + problem.message : problem.message;
      var field = fieldOf(box);
      shown.push({ box: box, field: field });
      if (field) { markInvalid(field, box); }
      return { field: field };
    }

    /** summary: the server's overall error, shown first in the general box. Focuses the first bad field. */
    function show(problems, summary) {
      clear();
      var first = null, unplaced = [];
      (problems || []).forEach(function (problem) {
        var placed = place(problem);
        if (!placed) { unplaced.push(problem.message); return; }
        first = first || placed.field;
      });
      var general = generalBox();
      if (general) { general.textContent = [summary].concat(unplaced).filter(Boolean).join(" "); }
      if (first && first.tagName !== "FIELDSET" && typeof first.focus === "function") { first.focus(); }
    }

    function clear() {
      var general = generalBox();
      if (general) { general.textContent = ""; }
      shown.forEach(function (entry) {
        entry.box.textContent = "";
        if (entry.field) { entry.field.removeAttribute("aria-invalid"); }
      });
      shown = [];
    }

    return { show: show, clear: clear };
  }

  global.WeerbaarFieldProblems = WeerbaarFieldProblems;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarFieldProblems; }
})(typeof window !== "undefined" ? window : globalThis);
