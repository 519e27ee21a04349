/* Casus, Studio editor: structured forms for situations, options, expert keys per format, feedback,
 * competencies, branching and endings, and the settings. The server validates everything on save
 * (WeerbaarStudioForm); its messages are shown beside the field they name (WeerbaarFieldProblems, by field
 * paths such as "situations.0.options.2.points") and listed, with links to the fields, in the summary. */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom, Model = global.WeerbaarScenarioEditorModel;
  var gettext = Text.gettext, ngettext = Text.ngettext, format = Text.format, create = Dom.create;

  function draw(editor) {
    var node = editor.node, sections = global.WeerbaarScenarioStudioSections;
    var scenario = editor.model.scenario, action = editor.fields.action;
    var endingsHint = gettext("Without branching the situations follow in order. An ending gives a path its own " +
      "closing text.");
    node.textContent = "";
    node.appendChild(sections.settings(editor));
    node.appendChild(sections.competencies(editor));
    node.appendChild(create("h3", { text: gettext("Situations") }));
    node.appendChild(editor.fields.errorBox("situations"));
    scenario.situations.forEach(function (situation, index) {
      node.appendChild(sections.situation(editor, situation, index));
    });
    node.appendChild(create("div", { className: "ws-actions" }, [action(gettext("Add situation"), function () {
      editor.redraw("scenario.situations." + Model.addSituation(scenario) + ".title");
    }, false)]));
    node.appendChild(create("h3", { text: gettext("Endings (optional)") }));
    node.appendChild(create("p", { className: "wb-muted", text: endingsHint }));
    scenario.endings.forEach(function (ending, index) { node.appendChild(sections.ending(editor, ending, index)); });
    node.appendChild(create("div", { className: "ws-actions" }, [action(gettext("Add ending"), function () {
      editor.redraw("scenario.endings." + Model.addEnding(scenario) + ".title");
    })]));
    // the problems of the last save stay beside their fields until the next one
    if (editor.problems.length) { editor.fieldProblems.show(editor.problems); }
  }

  /** Draw again and focus the control at focusPath (a disabled move button hands focus to its neighbour). */
  function redraw(editor, focusPath) {
    draw(editor);
    var target = focusPath && editor.node.querySelector("[data-path='" + focusPath + "']");
    if (target && target.disabled) { target = target.parentNode.querySelector("button:not([disabled])"); }
    if (target) { target.focus(); }
  }

  /** The error box of a field path, or of the nearest enclosing path that has one. */
  function boxFor(editor, path) {
    var parts = path.split(".");
    while (parts.length) {
      var box = editor.node.querySelector("[data-error-for='" + parts.join(".") + "']");
      if (box) { return box; }
      parts.pop();
    }
    return null;
  }

  /** The summary: a message, then every problem, linked to its field when that has a box of its own. */
  function showSummary(editor, problems, message) {
    var summary = editor.summary;
    summary.textContent = "";
    summary.appendChild(create("p", { text: message }));
    summary.appendChild(create("ul", {}, problems.map(function (problem) {
      var box = editor.node.querySelector("[data-error-for='" + (problem.field || "") + "']");
      var control = box && box.parentNode.querySelector("input, textarea, select");
      if (!control) { return create("li", {}, [problem.message]); }
      return create("li", {}, [create("a", { href: "#" + control.id, text: problem.message, onclick: function (event) {
        event.preventDefault();
        control.focus();
      } })]);
    })));
    summary.focus();
  }

  /** What WeerbaarStudioForm shows problems with: beside the fields, kept across redraws. */
  function problemDisplay(editor) {
    return {
      show: function (problems) {
        editor.problems = problems;
        draw(editor);
      },
      clear: function () {
        editor.problems = [];
        editor.fieldProblems.clear();
        editor.summary.textContent = "";
      }
    };
  }

  function failed(editor, data) {
    var problems = data.problems || [{ field: data.field, message: data.error }];
    var one = format(ngettext("Please correct {count} problem.", "Please correct {count} problems.", 1), { count: 1 });
    showSummary(editor, problems, data.problems ? data.error : one);
  }

  /** The init function the runtime calls for the Studio view. */
  global.WeerbaarScenarioStudio = function (runtime, element) {
    var host = Dom.rootOf(element);
    var root = host.querySelector("[data-studio]") || host;
    var init = Dom.readJson(root, "[data-init]");
    var editor = {
      init: init, model: Model.create(init), node: root.querySelector("[data-editor]"),
      summary: root.querySelector("[data-summary]"), problems: []
    };
    editor.fields = global.WeerbaarScenarioStudioFields({
      model: editor.model, prefix: "wse" + Math.random().toString(36).slice(2, 7)
    });
    editor.redraw = function (focusPath) { redraw(editor, focusPath); };
    editor.announce = function (text) { global.WeerbaarLiveRegion.announce(root, text); };
    editor.fieldProblems = global.WeerbaarFieldProblems(editor.node, {
      boxFor: function (path) { return boxFor(editor, path); }
    });
    global.WeerbaarStudioForm({
      runtime: runtime, server: global.WeerbaarServer(runtime, host), root: root, problems: problemDisplay(editor),
      collect: function () { return Model.payload(editor.model); },
      onSaved: function () { draw(editor); },
      onFailed: function (data) { failed(editor, data); }
    });
    draw(editor);
    if (init.problems && init.problems.length) {
      editor.problems = init.problems;
      draw(editor);
      var message = gettext("Learners cannot play this scenario until these problems are solved:");
      showSummary(editor, init.problems, message);
    }
  };
})(window);
