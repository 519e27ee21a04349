/* WeerbaarFieldProblems(root, {boxFor, generalBox}): the one display of the server's problems
 * ([{field, message}]) beside their fields. boxFor(path) finds the error box of a dotted field path
 * ("situations.2.options.0.points"; default: [data-path="<path>"]); problems without a box go to the general
 * error box ([data-general-error]). The field a box describes gets aria-invalid and aria-describedby. */
(function (global) {
  "use strict";

  // view: { root, settings, shown: [{box, field}] } — the state of one display.

  function boxFor(view, path) {
    if (!path) { return null; }
    if (view.settings.boxFor) { return view.settings.boxFor(path); }
    return view.root.querySelector("[data-path=\"" + path + "\"]");
  }

  function generalBox(view) {
    return view.settings.generalBox || view.root.querySelector("[data-general-error]");
  }

  /** The field a box belongs to: the one already pointing at it, or the one named by data-field-id. */
  function fieldOf(view, box) {
    if (box.id) {
      var pointing = view.root.querySelector("[aria-describedby~=\"" + box.id + "\"]");
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

  function place(view, problem) {
    var box = boxFor(view, problem.field);
    if (!box) { return null; }
    box.textContent = box.textContent ? box.textContent + " " + problem.message : problem.message;
    var field = fieldOf(view, box);
    view.shown.push({ box: box, field: field });
    if (field) { markInvalid(field, box); }
    return { field: field };
  }

  /** summary: the server's overall error, shown first in the general box. Focuses the first bad field. */
  function show(view, problems, summary) {
    clear(view);
    var first = null, unplaced = [];
    (problems || []).forEach(function (problem) {
      var placed = place(view, problem);
      if (!placed) { unplaced.push(problem.message); return; }
      first = first || placed.field;
    });
    var general = generalBox(view);
    if (general) { general.textContent = [summary].concat(unplaced).filter(Boolean).join(" "); }
    if (first && first.tagName !== "FIELDSET" && typeof first.focus === "function") { first.focus(); }
  }

  function clear(view) {
    var general = generalBox(view);
    if (general) { general.textContent = ""; }
    view.shown.forEach(function (entry) {
      entry.box.textContent = "";
      if (entry.field) { entry.field.removeAttribute("aria-invalid"); }
    });
    view.shown = [];
  }

  function WeerbaarFieldProblems(root, options) {
    var view = { root: root, settings: options || {}, shown: [] };
    return {
      show: function (problems, summary) { show(view, problems, summary); },
      clear: function () { clear(view); }
    };
  }

  global.WeerbaarFieldProblems = WeerbaarFieldProblems;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarFieldProblems; }
})(typeof window !== "undefined" ? window : globalThis);
