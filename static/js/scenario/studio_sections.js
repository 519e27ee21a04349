/* Casus, Studio editor: the sections of the form: general settings, competencies, each situation with its
 * options and expert key (per response format), and each ending. Structural edits change the model through
 * editor_model.js and then redraw the form, keeping focus on the control the author was using. A situation's
 * own part of the form is in studio_situation.js. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioStudioSections) { return; }
  var Text = global.WeerbaarText, Model = global.WeerbaarScenarioEditorModel;
  var Situation = global.WeerbaarScenarioStudioSituation;
  var gettext = Text.gettext, format = Text.format, create = global.WeerbaarDom.create;

  function settings(editor) {
    var fields = editor.fields;
    var base = "settings.";
    return create("fieldset", { className: "ws-block" }, [
      create("legend", { text: gettext("General") }),
      fields.text("display_name", gettext("Display name"), "display_name", { maxlength: "200" }),
      fields.area("scenario.introduction", gettext("Introduction"), "introduction"),
      fields.text("case_key", gettext("Case key (optional)"), "case_key", { maxlength: "64" },
        gettext("Activities with the same case key follow one case, for example zorgfraude-wijk-noord: " +
          "lower-case letters and digits joined by hyphens.")),
      fields.select(base + "instruction", gettext("Instruction wording"), "settings.instruction", [
        ["should", gettext("What should you do? (knowledge of effective behaviour)")],
        ["would", gettext("What would you do? (own behavioural tendency)")]
      ]),
      create("div", { className: "ws-row" }, [
        fields.number(base + "attempts_allowed", gettext("Attempts allowed (0: no limit)"),
          "settings.attempts_allowed", { min: "0", step: "1" }, true),
        fields.number(base + "peer_minimum", gettext("Peers needed before their answers are shown"),
          "settings.peer_minimum", { min: "1", step: "1" }, true),
        fields.number(base + "weight", gettext("Problem weight"), "settings.weight", { min: "0", step: "0.1" })
      ]),
      fields.check(base + "allow_back", gettext("Learners may go back to the previous situation (they can " +
        "then change an answer after seeing the feedback)")),
      fields.check(base + "show_peers", gettext("Show learners how peers answered, anonymously")),
      fields.check(base + "scored", gettext("Graded"), gettext("Graded: the feedback shows the experts' key after " +
        "each answer, so only answers given before that count. The learner's first finished attempt is the grade, " +
        "and in it the first answer to each situation; going back to answer again, and every later attempt, is " +
        "practice and is marked so for the learner. Not graded: a practice casus, learners may go back and try " +
        "again freely.")),
      fields.select(base + "grading_policy", gettext("Result shown for a practice casus"),
        "settings.grading_policy", [["best", gettext("The best attempt")], ["last", gettext("The last attempt")]],
        null, gettext("In a graded casus this applies only to attempts finished before the first-attempt rule."))
    ]);
  }

  function competency(editor, name, index) {
    var fields = editor.fields, scenario = editor.model.scenario;
    var path = "scenario.competencies." + index, id = fields.idFor(path);
    var input = create("input", { type: "text", id: id, value: name, "data-path": path, maxlength: "80" });
    input.addEventListener("change", function () {
      Model.renameCompetency(scenario, index, input.value.trim());
      editor.redraw(path);
    });
    var label = format(gettext("Competency {number}"), { number: index + 1 });
    var remove = format(gettext("Remove competency {number}"), { number: index + 1 });
    return create("li", {}, [fields.labelled("competencies." + index, id, label, input),
      fields.action(remove, function () { Model.removeCompetency(scenario, index); editor.redraw(); })]);
  }

  function competencies(editor) {
    var fields = editor.fields, scenario = editor.model.scenario;
    var hint = gettext("Situations are tagged with these; learners see a profile per competency.");
    return create("fieldset", { className: "ws-block" }, [
      create("legend", { text: gettext("Competencies") }),
      create("p", { className: "wb-muted", text: hint }),
      fields.errorBox("competencies"),
      create("ul", { className: "ws-plain" }, scenario.competencies.map(function (name, index) {
        return competency(editor, name, index);
      })),
      create("div", { className: "ws-actions" }, [
        fields.action(gettext("Add competency"), function () {
          scenario.competencies.push("");
          editor.redraw("scenario.competencies." + (scenario.competencies.length - 1));
        }),
        fields.action(gettext("Use the training's list"), function () {
          scenario.competencies = editor.init.defaults.slice();
          editor.redraw();
        })
      ])
    ]);
  }

  function ending(editor, item, index) {
    var fields = editor.fields, scenario = editor.model.scenario;
    var base = "scenario.endings." + index, errorPath = "endings." + index;
    return create("fieldset", { className: "ws-block" }, [
      create("legend", { text: format(gettext("Ending {number}"), { number: index + 1 }) }),
      fields.errorBox(errorPath),
      create("div", { className: "ws-row" }, [
        Situation.idField(editor, item, base, errorPath, gettext("Id (used in branches)")),
        fields.text(base + ".title", gettext("Title"), errorPath + ".title", { maxlength: "200" })
      ]),
      fields.area(base + ".text", gettext("Closing text"), errorPath + ".text"),
      fields.action(format(gettext("Remove ending {number}"), { number: index + 1 }), function () {
        scenario.endings.splice(index, 1);
        editor.redraw();
      })
    ]);
  }

  /** Each takes the editor: {model, init, fields, redraw(focusPath), announce(text)}. */
  global.WeerbaarScenarioStudioSections = {
    settings: settings, competencies: competencies, situation: Situation.situation, ending: ending
  };
})(window);
