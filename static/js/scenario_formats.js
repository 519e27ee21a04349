/* Casus response formats: the answer controls of each format (all keyboard-operable: radios, and move
 * up/down buttons for ranking), reading an answer back, and comparing an answer with the expert key. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioFormats) { return; }
  var C = global.WeerbaarCommon, gettext = C.t, fmt = C.fmt, el = C.el;
  var counter = 0;

  function uid(prefix) { counter += 1; return "ws-" + prefix + "-" + counter; }

  function instruction(format, wording) {
    var would = wording === "would";
    if (format === "pick_best") { return would ? gettext("Choose what you would most likely do.") : gettext("Choose the best thing to do."); }
    if (format === "best_worst") {
      return would ? gettext("Choose what you would most likely do and what you would least likely do.")
        : gettext("Choose the most effective and the least effective action.");
    }
    if (format === "rate") {
      return would ? gettext("Rate each action: how likely would you be to do it? 1 = very unlikely, 5 = very likely.")
        : gettext("Rate how effective each action is. 1 = very ineffective, 5 = very effective.");
    }
    return would ? gettext("Put the actions in order: first what you would most likely do, last what you would least likely do. Use the move buttons.")
      : gettext("Put the actions in order from most effective to least effective. Use the move buttons.");
  }

  function labels(wording) {
    var would = wording === "would";
    return {
      best: would ? gettext("Most likely") : gettext("Most effective"),
      worst: would ? gettext("Least likely") : gettext("Least effective")
    };
  }

  function radio(name, value, labelledby, label) {
    return el("input", { type: "radio", name: name, value: value, "aria-labelledby": labelledby, "aria-label": label });
  }

  /* pick best: one radio per option */
  function pickBest(situation, legend) {
    var name = uid("pick");
    var set = el("fieldset", { className: "ws-choices" }, [legend]);
    situation.options.forEach(function (option) {
      var id = uid("opt");
      set.appendChild(el("div", { className: "ws-choice" }, [
        el("input", { type: "radio", id: id, name: name, value: option.id }),
        el("label", { "for": id, text: option.text })
      ]));
    });
    return {
      node: set,
      read: function () {
        var checked = set.querySelector("input:checked");
        return checked ? { choice: checked.value } : null;
      },
      missing: gettext("Choose one of the options.")
    };
  }

  /* best and worst: a table with a radio column for each */
  function bestWorst(situation, legend, wording) {
    var text = labels(wording), bestName = uid("best"), worstName = uid("worst");
    var bestHead = uid("h"), worstHead = uid("h");
    var body = el("tbody");
    situation.options.forEach(function (option) {
      var rowHead = uid("row");
      body.appendChild(el("tr", {}, [
        el("th", { scope: "row", id: rowHead, className: "ws-option-text", text: option.text }),
        el("td", {}, [radio(bestName, option.id, bestHead + " " + rowHead)]),
        el("td", {}, [radio(worstName, option.id, worstHead + " " + rowHead)])
      ]));
    });
    var table = el("table", { className: "ws-grid" }, [
      el("thead", {}, [el("tr", {}, [
        el("th", { scope: "col", text: gettext("Action") }),
        el("th", { scope: "col", id: bestHead, text: text.best }),
        el("th", { scope: "col", id: worstHead, text: text.worst })
      ])]),
      body
    ]);
    var set = el("fieldset", { className: "ws-choices" }, [legend, table]);
    return {
      node: set,
      read: function () {
        var best = set.querySelector("input[name='" + bestName + "']:checked");
        var worst = set.querySelector("input[name='" + worstName + "']:checked");
        if (!best || !worst) { return null; }
        if (best.value === worst.value) { return { error: gettext("Choose two different actions.") }; }
        return { best: best.value, worst: worst.value };
      },
      missing: fmt(gettext("Choose one action as '{best}' and another as '{worst}'."), text)
    };
  }

  /* rate: a group of five radios per option */
  function rate(situation, legend) {
    var wrapper = el("div", { className: "ws-choices" }, [legend]);
    var groups = [];
    situation.options.forEach(function (option) {
      var name = uid("rate"), group = el("fieldset", { className: "ws-rate" }, [el("legend", { text: option.text })]);
      var scale = el("div", { className: "ws-scale" });
      for (var value = 1; value <= 5; value += 1) {
        var id = uid("r");
        scale.appendChild(el("span", { className: "ws-point" }, [
          el("input", { type: "radio", id: id, name: name, value: String(value) }),
          el("label", { "for": id, text: String(value) })
        ]));
      }
      group.appendChild(scale);
      wrapper.appendChild(group);
      groups.push({ option: option.id, node: group });
    });
    return {
      node: wrapper,
      read: function () {
        var ratings = {}, complete = true;
        groups.forEach(function (g) {
          var checked = g.node.querySelector("input:checked");
          if (checked) { ratings[g.option] = Number(checked.value); } else { complete = false; }
        });
        return complete ? { ratings: ratings } : null;
      },
      missing: gettext("Give every action a rating from 1 to 5.")
    };
  }

  function shuffled(items) {
    var copy = items.slice();
    for (var i = copy.length - 1; i > 0; i -= 1) {
      var j = Math.floor(Math.random() * (i + 1)), keep = copy[i];
      copy[i] = copy[j]; copy[j] = keep;
    }
    return copy;
  }

  /* rank: an ordered list with move up / move down buttons (no dragging needed) */
  function rank(situation, legend, wording, announce) {
    var order = shuffled(situation.options);
    var list = el("ol", { className: "ws-rank" });
    var set = el("fieldset", { className: "ws-choices" }, [legend, list]);
    function move(index, step, which) {
      var target = index + step, item = order[index];
      order[index] = order[target]; order[target] = item;
      draw();
      var buttons = list.children[target].querySelectorAll("button");
      var focus = which === "up" ? buttons[0] : buttons[1];
      if (focus.disabled) { focus = which === "up" ? buttons[1] : buttons[0]; }
      focus.focus();
      announce(fmt(gettext("'{text}' is now at position {position} of {count}."), { text: item.text, position: target + 1, count: order.length }));
    }
    function draw() {
      list.textContent = "";
      order.forEach(function (option, index) {
        list.appendChild(el("li", { className: "ws-rank-item", "data-option": option.id }, [
          el("span", { className: "ws-rank-pos", "aria-hidden": "true", text: String(index + 1) }),
          el("span", { className: "ws-option-text", text: option.text }),
          el("span", { className: "ws-rank-buttons" }, [
            el("button", { type: "button", className: "wb-button wb-secondary", disabled: index === 0,
              "aria-label": fmt(gettext("Move up: {text}"), { text: option.text }), text: "\u2191",
              onclick: function () { move(index, -1, "up"); } }),
            el("button", { type: "button", className: "wb-button wb-secondary", disabled: index === order.length - 1,
              "aria-label": fmt(gettext("Move down: {text}"), { text: option.text }), text: "\u2193",
              onclick: function () { move(index, 1, "down"); } })
          ])
        ]));
      });
    }
    draw();
    return {
      node: set,
      read: function () { return { order: order.map(function (option) { return option.id; }) }; },
      missing: ""
    };
  }

  /** The answer controls for a situation; returns {node, read(), missing}. */
  function controls(situation, wording, announce) {
    var legend = el("legend", { className: "ws-question", text: situation.question });
    if (situation.format === "pick_best") { return pickBest(situation, legend); }
    if (situation.format === "best_worst") { return bestWorst(situation, legend, wording); }
    if (situation.format === "rate") { return rate(situation, legend); }
    return rank(situation, legend, wording, announce);
  }

  function number(value) {
    return Number(value).toLocaleString(document.documentElement.lang || "nl", { maximumFractionDigits: 1 });
  }

  /** Per option: what the learner answered and what the experts say, as two short texts. */
  function compare(situation, answer, wording) {
    var key = situation.key, text = labels(wording);
    var top = situation.format === "pick_best" ? Math.max.apply(null, situation.options.map(function (o) { return key.points[o.id]; })) : 0;
    return situation.options.map(function (option) {
      var id = option.id, yours = "", experts = "", match = false;
      if (situation.format === "pick_best") {
        yours = answer.choice === id ? gettext("Your choice") : "";
        experts = fmt(gettext("Experts: {points} of {max} points"), { points: number(key.points[id]), max: number(top) });
        match = key.points[id] === top;
      } else if (situation.format === "best_worst") {
        yours = answer.best === id ? fmt(gettext("You: {label}"), { label: text.best }) : answer.worst === id ? fmt(gettext("You: {label}"), { label: text.worst }) : "";
        experts = key.best === id ? fmt(gettext("Experts: {label}"), { label: text.best }) : key.worst === id ? fmt(gettext("Experts: {label}"), { label: text.worst }) : gettext("Experts: in between");
        match = (key.best === id) === (answer.best === id) && (key.worst === id) === (answer.worst === id);
      } else if (situation.format === "rate") {
        yours = fmt(gettext("Your rating: {value}"), { value: answer.ratings[id] });
        experts = fmt(gettext("Experts' mean rating: {value}"), { value: number(key.ratings[id]) });
        match = Math.abs(answer.ratings[id] - key.ratings[id]) < 1;
      } else {
        yours = fmt(gettext("Your position: {value}"), { value: answer.order.indexOf(id) + 1 });
        experts = fmt(gettext("Experts' position: {value}"), { value: key.order.indexOf(id) + 1 });
        match = answer.order.indexOf(id) === key.order.indexOf(id);
      }
      return { option: option, yours: yours, experts: experts, match: match };
    });
  }

  /** Options in the order the comparison reads best: ranking in the experts' order, others as written. */
  function ordered(situation) {
    if (situation.format !== "rank") { return situation.options; }
    return situation.key.order.map(function (id) {
      return situation.options.filter(function (o) { return o.id === id; })[0];
    });
  }

  global.WeerbaarScenarioFormats = {
    instruction: instruction, labels: labels, controls: controls, compare: compare, ordered: ordered, number: number,
    percent: function (v) { return fmt(gettext("{value}%"), { value: Math.round((v || 0) * 100) }); }
  };
})(window);
