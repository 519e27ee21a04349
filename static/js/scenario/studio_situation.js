/* Casus, Studio editor: one situation: its texts, response format and competencies, its options with their
 * feedback and branch, the expert key in the form its format needs, and moving or removing it. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioStudioSituation) { return; }
  var Text = global.WeerbaarText, Model = global.WeerbaarScenarioEditorModel;
  var Rules = global.WeerbaarScenarioRules, Formats = global.WeerbaarScenarioFormats;
  var Wording = global.WeerbaarScenarioWording;
  var gettext = Text.gettext, format = Text.format, create = global.WeerbaarDom.create;

  function formatNames() {
    return {
      pick_best: gettext("Pick the best option"), best_worst: gettext("Pick the best and the worst option"),
      rate: gettext("Rate every option (1-5)"), rank: gettext("Rank all options")
    };
  }

  /** Branch targets for a select: the own default first, then every situation and ending. */
  function targetChoices(editor, ownLabel) {
    var choices = [["", ownLabel]], scenario = editor.model.scenario;
    scenario.situations.forEach(function (situation, index) {
      var title = situation.title || situation.question || situation.id;
      var label = format(gettext("Situation {number}: {title}"), { number: index + 1, title: title });
      choices.push([situation.id, label]);
    });
    scenario.endings.forEach(function (ending, index) {
      var title = ending.title || ending.id;
      choices.push([ending.id, format(gettext("Ending {number}: {title}"), { number: index + 1, title: title })]);
    });
    return choices;
  }

  /** The id field of a situation or ending: a change renames every branch that led to the old id. */
  function idField(editor, item, base, errorPath, label) {
    var field = editor.fields.text(base + ".id", label, errorPath + ".id", { maxlength: "40" });
    field.querySelector("input").addEventListener("change", function (event) {
      var old = item.id;
      item.id = event.target.value.trim();
      Model.renameTarget(editor.model.scenario, old, item.id);
      editor.redraw(base + ".id");
    });
    return field;
  }

  /** The experts' order of a ranking, with move buttons. */
  function rankKey(editor, situation, base, errorPath) {
    var fields = editor.fields;
    var order = situation.key.order, byId = {};
    situation.options.forEach(function (option) { byId[option.id] = option; });
    var list = create("ol", {}, order.map(function (id, index) {
      var label = (byId[id] || {}).text || id;
      function move(step) {
        var target = Rules.moveItem(order, index, step);
        editor.redraw(base + ".order." + target + (step < 0 ? ".up" : ".down"));
        editor.announce(Formats.movedMessage(label, target + 1, order.length));
      }
      return create("li", {}, [label + " ",
        Formats.moveButton("up", label, index === 0, function () { move(-1); }, base + ".order." + index + ".up"),
        Formats.moveButton("down", label, index === order.length - 1, function () { move(1); },
          base + ".order." + index + ".down")
      ]);
    }));
    return [create("div", { className: "wb-field" }, [
      create("p", { className: "wb-label", text: gettext("Experts' order, from most to least effective") }),
      list, fields.errorBox(errorPath + ".order")
    ])];
  }

  /** The key controls a format has beside the options' own (points and ratings sit with each option). */
  function keyControls(editor, situation, index) {
    var fields = editor.fields;
    var base = "scenario.situations." + index + ".key", errorPath = "situations." + index + ".key";
    if (situation.format === "rank") { return rankKey(editor, situation, base, errorPath); }
    if (situation.format !== "best_worst") { return []; }
    var choices = [["", gettext("(choose)")]].concat(situation.options.map(function (option) {
      return [option.id, option.text || option.id];
    }));
    return [create("div", { className: "ws-row" }, [
      fields.select(base + ".best", gettext("Experts' best option"), errorPath + ".best", choices),
      fields.select(base + ".worst", gettext("Experts' worst option"), errorPath + ".worst", choices)
    ])];
  }

  /** The option's own part of the key: points (pick best) or a mean rating (rate). */
  function optionKey(editor, situation, index, option, errorPath) {
    var fields = editor.fields;
    var key = "scenario.situations." + index + ".key.";
    if (situation.format === "pick_best") {
      return fields.number(key + "points." + option.id, gettext("Expert points"), errorPath + ".points",
        { min: "0", step: "1" });
    }
    if (situation.format === "rate") {
      return fields.number(key + "ratings." + option.id, gettext("Experts' mean rating (1-5)"),
        errorPath + ".rating", { min: "1", max: "5", step: "0.1" });
    }
    return null;
  }

  function optionBlock(editor, situation, index, option, optionIndex) {
    var fields = editor.fields;
    var base = "scenario.situations." + index + ".options." + optionIndex;
    var errorPath = "situations." + index + ".options." + optionIndex;
    return create("div", { className: "ws-option" }, [
      create("h5", { text: format(gettext("Option {id}"), { id: option.id }) }),
      fields.errorBox(errorPath + ".id"),
      fields.area(base + ".text", gettext("Text of the option"), errorPath + ".text"),
      fields.area(base + ".feedback", gettext("Feedback: why the experts judge it so"), errorPath + ".feedback"),
      optionKey(editor, situation, index, option, errorPath),
      fields.select(base + ".next", gettext("Next step when this option decides the branch"), errorPath + ".next",
        targetChoices(editor, gettext("As the situation says"))),
      fields.action(format(gettext("Remove option {id}"), { id: option.id }), function () {
        Model.removeOption(situation, optionIndex);
        editor.redraw();
      })
    ]);
  }

  function tags(editor, situation, index) {
    var fields = editor.fields, scenario = editor.model.scenario;
    var boxes = scenario.competencies.map(function (name, tagIndex) {
      var id = fields.idFor("scenario.situations." + index + ".tags." + tagIndex);
      var box = create("input", { type: "checkbox", id: id, checked: situation.tags.indexOf(name) >= 0 });
      box.addEventListener("change", function () { Model.setTag(situation, name, box.checked); });
      return create("div", { className: "ws-check" }, [box, create("label", { "for": id, text: name })]);
    });
    return create("fieldset", {}, [create("legend", { text: gettext("Competencies") })].concat(boxes,
      [fields.errorBox("situations." + index + ".tags")]));
  }

  function texts(editor, situation, index, base, errorPath) {
    var fields = editor.fields;
    var names = formatNames();
    var formats = editor.init.formats.map(function (name) { return [name, names[name]]; });
    return [
      create("div", { className: "ws-row" }, [
        idField(editor, situation, base, errorPath, gettext("Id (used in branches and reports)")),
        fields.text(base + ".title", gettext("Title"), errorPath + ".title", { maxlength: "200" }),
        fields.number(base + ".weight", gettext("Weight"), errorPath + ".weight", { min: "0", step: "0.5" })
      ]),
      fields.area(base + ".narrative", gettext("Narrative"), errorPath + ".narrative"),
      create("div", { className: "ws-row" }, [
        fields.text(base + ".image_url", gettext("Image address (optional)"), errorPath + ".image_url"),
        fields.text(base + ".image_alt", gettext("Alternative text of the image"), errorPath + ".image_alt", {},
          gettext("Required when there is an image."))
      ]),
      fields.text(base + ".question", gettext("Question"), errorPath + ".question", { maxlength: "1000" }),
      fields.select(base + ".format", gettext("Response format"), errorPath + ".format", formats, function () {
        editor.redraw(base + ".format");
      }),
      fields.text(base + ".instruction", gettext("Instruction (optional)"), errorPath + ".instruction",
        { maxlength: "500" }, format(gettext("When empty, learners read the standard instruction: {text}"), {
          text: Wording.instruction(situation.format, editor.model.settings.instruction)
        })),
      tags(editor, situation, index)
    ];
  }

  function moves(editor, index) {
    var fields = editor.fields, scenario = editor.model.scenario;
    var number = { number: index + 1 }, list = scenario.situations;
    var swap = function (step) {
      if (Rules.moveItem(list, index, step) !== index) { editor.redraw(); }
    };
    return create("div", { className: "ws-actions" }, [
      fields.action(format(gettext("Move situation {number} up"), number), function () { swap(-1); }, true),
      fields.action(format(gettext("Move situation {number} down"), number), function () { swap(1); }, true),
      fields.action(format(gettext("Remove situation {number}"), number), function () {
        list.splice(index, 1);
        editor.redraw();
      }, true)
    ]);
  }

  function situation(editor, item, index) {
    var fields = editor.fields;
    var base = "scenario.situations." + index, errorPath = "situations." + index;
    var nodes = [
      create("legend", { text: format(gettext("Situation {number}"), { number: index + 1 }) }),
      fields.errorBox(errorPath)
    ].concat(texts(editor, item, index, base, errorPath), [
      create("h4", { text: gettext("Options and expert key") }),
      fields.errorBox(errorPath + ".options"), fields.errorBox(errorPath + ".key.points")
    ]);
    item.options.forEach(function (option, optionIndex) {
      nodes.push(optionBlock(editor, item, index, option, optionIndex));
    });
    nodes = nodes.concat(keyControls(editor, item, index));
    nodes.push(create("div", { className: "ws-actions" }, [fields.action(gettext("Add option"), function () {
      Model.addOption(item);
      editor.redraw(base + ".options." + (item.options.length - 1) + ".text");
    })]));
    nodes.push(fields.select(base + ".next", gettext("Next step after this situation"), errorPath + ".next",
      targetChoices(editor, gettext("The next situation in order (or the end)"))));
    nodes.push(moves(editor, index));
    return create("fieldset", { className: "ws-block" }, nodes);
  }

  global.WeerbaarScenarioStudioSituation = { situation: situation, targetChoices: targetChoices, idField: idField };
})(window);
