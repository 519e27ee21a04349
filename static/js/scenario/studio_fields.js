/* Casus, Studio editor: the field controls. Each control reads and writes the editor model by its dotted path
 * (data-path, e.g. "scenario.situations.0.title") and has an error box named by the path the server uses for
 * it (data-error-for, e.g. "situations.0.title"); studio.js fills those boxes through WeerbaarFieldProblems. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioStudioFields) { return; }
  var create = global.WeerbaarDom.create, Model = global.WeerbaarScenarioEditorModel;

  function idFor(editor, path) { return editor.prefix + "-" + path.split(".").join("-"); }
  function read(editor, path) { return Model.readPath(editor.model, path); }
  function write(editor, path, value) { Model.writePath(editor.model, path, value); }

  function errorBox(editor, errorPath, id) {
    return create("p", { className: "ws-field-error", id: id || null, "data-error-for": errorPath });
  }

  /** Label, optional hint, the control and its error box; the control is described by hint and box. */
  function labelled(editor, errorPath, id, label, control, hint) {
    var errorId = id + "-error", describedBy = errorId;
    var nodes = [create("label", { "for": id, text: label })];
    if (hint) {
      nodes.push(create("p", { className: "wb-muted", id: id + "-hint", text: hint }));
      describedBy = id + "-hint " + errorId;
    }
    control.setAttribute("aria-describedby", describedBy);
    nodes.push(control, errorBox(editor, errorPath, errorId));
    return create("div", { className: "wb-field" }, nodes);
  }

  function text(editor, path, label, errorPath, attrs, hint) {
    var id = idFor(editor, path), value = read(editor, path);
    var input = create("input", Object.assign({
      type: "text", id: id, value: value === undefined ? "" : String(value), "data-path": path
    }, attrs || {}));
    input.addEventListener("input", function () { write(editor, path, input.value); });
    return labelled(editor, errorPath, id, label, input, hint);
  }

  function area(editor, path, label, errorPath) {
    var id = idFor(editor, path), rows = path.slice(-9) === "narrative" ? "6" : "3";
    var node = create("textarea", { id: id, "data-path": path, rows: rows }, [read(editor, path) || ""]);
    node.addEventListener("input", function () { write(editor, path, node.value); });
    return labelled(editor, errorPath, id, label, node);
  }

  function number(editor, path, label, errorPath, attrs, integer) {
    var id = idFor(editor, path), value = read(editor, path);
    var input = create("input", Object.assign({
      type: "number", id: id, "data-path": path, inputmode: "decimal",
      value: value === undefined || value === null || value === "" ? "" : String(value)
    }, attrs || {}));
    input.addEventListener("input", function () { write(editor, path, Model.parseNumber(input.value, integer)); });
    return labelled(editor, errorPath, id, label, input);
  }

  /** choices: [[value, label], ...]; onchange(value) after the model has it; an optional hint describes it. */
  function select(editor, path, label, errorPath, choices, onchange, hint) {
    var id = idFor(editor, path), value = read(editor, path) || "";
    var node = create("select", { id: id, "data-path": path }, choices.map(function (choice) {
      return create("option", { value: choice[0], selected: choice[0] === value, text: choice[1] });
    }));
    node.addEventListener("change", function () {
      write(editor, path, node.value);
      if (onchange) { onchange(node.value); }
    });
    return labelled(editor, errorPath, id, label, node, hint);
  }

  /** A checkbox of the settings ("settings.scored"); its error box is named after the setting. An optional hint
   * beside it explains the setting and describes the checkbox. */
  function check(editor, path, label, hint) {
    var id = idFor(editor, path);
    var input = create("input", { type: "checkbox", id: id, "data-path": path, checked: Boolean(read(editor, path)) });
    input.addEventListener("change", function () { write(editor, path, input.checked); });
    var nodes = [input, create("label", { "for": id, text: label })];
    if (hint) {
      input.setAttribute("aria-describedby", id + "-hint");
      nodes.push(create("p", { className: "wb-muted", id: id + "-hint", text: hint }));
    }
    nodes.push(errorBox(editor, "settings." + path.split(".").pop()));
    return create("div", { className: "ws-check wb-field" }, nodes);
  }

  /** A button; secondary unless `secondary` is false. */
  function action(editor, label, onclick, secondary) {
    var className = "wb-button" + (secondary === false ? "" : " wb-secondary");
    return create("button", { type: "button", className: className, text: label, onclick: onclick });
  }

  var CONTROLS = {
    idFor: idFor, labelled: labelled, errorBox: errorBox, text: text, area: area, number: number,
    select: select, check: check, action: action
  };

  /** The controls of one editor: `editor.model` is the model they edit, `editor.prefix` makes ids unique. */
  function fields(editor) {
    var bound = {};
    Object.keys(CONTROLS).forEach(function (name) { bound[name] = CONTROLS[name].bind(null, editor); });
    return bound;
  }

  global.WeerbaarScenarioStudioFields = fields;
})(window);
