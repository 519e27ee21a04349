/* Netwerkkaart Studio editor: problems beside their fields. A problem's dotted path ("rings.4.label",
 * "reference.actors.2.explanation", "reference.left_out.0") points at a list field, a row of the experts' map
 * or a section; an error box is made beside it for each showing, tied to its control, and removed on clear.
 * The display itself is WeerbaarFieldProblems'. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkStudioProblems) { return; }
  var boxCount = 0;

  /** The row of the experts' map a path like "reference.actors.2.explanation" points at, or null. */
  function mapTarget(steps, editor) {
    var actors = steps[1] === "actors", model = editor.model();
    var item = (actors ? model.actors() : model.relations())[Number(steps[2])];
    var row = item && editor.table().rows[actors ? "actor" : "relation"][item.id];
    return row ? row.tr.querySelector("[data-key=\"" + steps[3] + "\"]") || row.tr.querySelector("th") : null;
  }

  /** The element a problem's path points at: a row of the experts' map, a list field, or a section. */
  function target(root, path, editor) {
    var steps = path.split(".");
    var find = function (name) { return root.querySelector("[data-field=\"" + name + "\"]"); };
    if (steps[0] === "reference" && (steps[1] === "actors" || steps[1] === "relations") && steps.length > 2) {
      var row = mapTarget(steps, editor);
      if (row) { return row; }
    }
    if (steps[0] === "reference" && steps[1] === "left_out" && steps.length > 2) {
      return find("palette." + editor.leftOutOrder()[Number(steps[2])] + ".left_out");
    }
    for (var length = steps.length; length > 0; length -= 1) {
      var node = find(steps.slice(0, length).join("."));
      if (node) { return node; }
    }
    return null;
  }

  /** A fresh error box beside the element a path points at, tied to its control by data-field-id. */
  function makeBox(root, node) {
    var control = node.matches("input, select, textarea") ? node : node.querySelector("input, select, textarea");
    var box = global.WeerbaarDom.create("p", { className: "wb-net-field-error",
      id: root.id + "-error-" + (boxCount += 1) });
    if (node.matches("fieldset, section")) { node.insertBefore(box, node.children[1] || null); }
    else if (node.tagName === "TH") { node.appendChild(box); }
    else { node.parentNode.insertBefore(box, node.nextSibling); }
    if (control && control.id) { box.setAttribute("data-field-id", control.id); }
    return box;
  }

  /** The boxes are made per showing: remove them, and their ids from the fields they describe. */
  function removeBoxes(root) {
    root.querySelectorAll(".wb-net-field-error").forEach(function (box) {
      root.querySelectorAll("[aria-describedby~=\"" + box.id + "\"]").forEach(function (field) {
        var rest = field.getAttribute("aria-describedby").split(" ").filter(function (id) { return id !== box.id; });
        if (rest.length) { field.setAttribute("aria-describedby", rest.join(" ")); }
        else { field.removeAttribute("aria-describedby"); }
      });
      box.remove();
    });
  }

  /** editor: model(), table(), leftOutOrder() (the palette positions of the sent left-out explanations).
   * Returns {show(problems, summary), clear()}. */
  function WeerbaarNetworkStudioProblems(root, editor) {
    var shown = global.WeerbaarFieldProblems(root, {
      boxFor: function (path) {
        var node = target(root, path, editor);
        return node ? makeBox(root, node) : null;
      },
      generalBox: root.querySelector("[data-summary]")
    });
    return {
      show: shown.show,
      clear: function () { shown.clear(); removeBoxes(root); }
    };
  }

  global.WeerbaarNetworkStudioProblems = WeerbaarNetworkStudioProblems;
})(window);
