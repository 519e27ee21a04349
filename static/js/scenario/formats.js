/* Casus response formats, the controls: one per format, all keyboard-operable (radios, and move up/down
 * buttons for ranking). Each returns {node, read()}; read() gives {answer} or {message} (what is missing).
 * The rules behind them are in rules.js, their words in wording.js. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioFormats) { return; }
  var Text = global.WeerbaarText, Rules = global.WeerbaarScenarioRules, Wording = global.WeerbaarScenarioWording;
  var gettext = Text.gettext, format = Text.format, create = global.WeerbaarDom.create;
  var counter = 0;

  function uniqueId(prefix) { counter += 1; return "ws-" + prefix + "-" + counter; }

  /** The control's read(): the answer, or the message saying what is still missing. */
  function reader(responseFormat, picks, missing) {
    return function () {
      var result = Rules.buildAnswer(responseFormat, picks());
      if (result.answer) { return { answer: result.answer }; }
      return { message: result.problem === "same" ? gettext("Choose two different actions.") : missing };
    };
  }

  function checkedValue(container, selector) {
    var checked = container.querySelector(selector + ":checked");
    return checked ? checked.value : "";
  }

  /* pick best: one radio per option */
  function pickBest(situation, legend) {
    var name = uniqueId("pick");
    var set = create("fieldset", { className: "ws-choices" }, [legend]);
    situation.options.forEach(function (option) {
      var id = uniqueId("opt");
      set.appendChild(create("div", { className: "ws-choice" }, [
        create("input", { type: "radio", id: id, name: name, value: option.id }),
        create("label", { "for": id, text: option.text })
      ]));
    });
    var picks = function () { return { choice: checkedValue(set, "input") }; };
    return { node: set, read: reader("pick_best", picks, gettext("Choose one of the actions.")) };
  }

  /* best and worst: a table with a radio column for each */
  function bestWorst(situation, legend, wording) {
    var text = Wording.labels(wording), bestName = uniqueId("best"), worstName = uniqueId("worst");
    var bestHead = uniqueId("h"), worstHead = uniqueId("h");
    var radio = function (name, value, labelledBy) {
      return create("input", { type: "radio", name: name, value: value, "aria-labelledby": labelledBy });
    };
    var body = create("tbody", {}, situation.options.map(function (option) {
      var rowHead = uniqueId("row");
      return create("tr", {}, [
        create("th", { scope: "row", id: rowHead, className: "ws-option-text", text: option.text }),
        create("td", {}, [radio(bestName, option.id, bestHead + " " + rowHead)]),
        create("td", {}, [radio(worstName, option.id, worstHead + " " + rowHead)])
      ]);
    }));
    var table = create("table", { className: "ws-grid" }, [
      create("thead", {}, [create("tr", {}, [
        create("th", { scope: "col", text: gettext("Action") }),
        create("th", { scope: "col", id: bestHead, text: text.best }),
        create("th", { scope: "col", id: worstHead, text: text.worst })
      ])]),
      body
    ]);
    var set = create("fieldset", { className: "ws-choices" }, [legend, table]);
    var picks = function () {
      return {
        best: checkedValue(set, "input[name='" + bestName + "']"),
        worst: checkedValue(set, "input[name='" + worstName + "']")
      };
    };
    var missing = format(gettext("Choose one action as '{best}' and another as '{worst}'."), text);
    return { node: set, read: reader("best_worst", picks, missing) };
  }

  /* rate: a group of five radios per option */
  function rate(situation, legend) {
    var wrapper = create("div", { className: "ws-choices" }, [legend]);
    var groups = situation.options.map(function (option) {
      var name = uniqueId("rate"), scale = create("div", { className: "ws-scale" });
      for (var value = 1; value <= 5; value += 1) {
        var id = uniqueId("r");
        scale.appendChild(create("span", { className: "ws-point" }, [
          create("input", { type: "radio", id: id, name: name, value: String(value) }),
          create("label", { "for": id, text: String(value) })
        ]));
      }
      var group = create("fieldset", { className: "ws-rate" }, [create("legend", { text: option.text }), scale]);
      wrapper.appendChild(group);
      return { option: option.id, node: group };
    });
    var picks = function () {
      var ratings = {};
      groups.forEach(function (group) { ratings[group.option] = checkedValue(group.node, "input"); });
      return { ratings: ratings, options: groups.map(function (group) { return group.option; }) };
    };
    return { node: wrapper, read: reader("rate", picks, gettext("Give every action a rating from 1 to 5.")) };
  }

  /** A move up or move down button of a ranking; shared with the editor's expert order. */
  function moveButton(direction, label, disabled, onclick, path) {
    var up = direction === "up";
    return create("button", {
      type: "button", className: "wb-button wb-secondary", disabled: disabled, "data-path": path || null,
      "aria-label": format(up ? gettext("Move up: {text}") : gettext("Move down: {text}"), { text: label }),
      text: up ? "\u2191" : "\u2193", onclick: onclick
    });
  }

  function movedMessage(label, position, count) {
    return format(gettext("'{text}' is now at position {position} of {count}."),
      { text: label, position: position, count: count });
  }

  /* rank: an ordered list with move up / move down buttons (no dragging needed) */
  function rank(situation, legend, wording, announce) {
    var order = Rules.shuffled(situation.options);
    var list = create("ol", { className: "ws-rank" });
    var set = create("fieldset", { className: "ws-choices" }, [legend, list]);
    function move(index, step) {
      var item = order[index], target = Rules.moveItem(order, index, step);
      draw();
      var buttons = list.children[target].querySelectorAll("button");
      var focus = step < 0 ? buttons[0] : buttons[1];
      if (focus.disabled) { focus = step < 0 ? buttons[1] : buttons[0]; }
      focus.focus();
      announce(movedMessage(item.text, target + 1, order.length));
    }
    function draw() {
      list.textContent = "";
      order.forEach(function (option, index) {
        list.appendChild(create("li", { className: "ws-rank-item", "data-option": option.id }, [
          create("span", { className: "ws-rank-pos", "aria-hidden": "true", text: String(index + 1) }),
          create("span", { className: "ws-option-text", text: option.text }),
          create("span", { className: "ws-rank-buttons" }, [
            moveButton("up", option.text, index === 0, function () { move(index, -1); }),
            moveButton("down", option.text, index === order.length - 1, function () { move(index, 1); })
          ])
        ]));
      });
    }
    draw();
    var picks = function () { return { order: order.map(function (option) { return option.id; }) }; };
    return { node: set, read: reader("rank", picks, "") };
  }

  /** The answer controls for a situation: {node, read()}. */
  function controls(situation, wording, announce) {
    var legend = create("legend", { className: "ws-question", text: situation.question });
    if (situation.format === "pick_best") { return pickBest(situation, legend); }
    if (situation.format === "best_worst") { return bestWorst(situation, legend, wording); }
    if (situation.format === "rate") { return rate(situation, legend); }
    return rank(situation, legend, wording, announce);
  }

  global.WeerbaarScenarioFormats = { controls: controls, moveButton: moveButton, movedMessage: movedMessage };
})(window);
