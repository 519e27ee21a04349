/* Casus, Studio editor: structured forms for situations, options, expert keys per format, feedback,
 * competencies, branching and endings, and the settings. The server validates everything; its messages
 * are shown beside the field they name (field paths such as "situations.0.options.2.points"). */
function WeerbaarScenarioStudio(runtime, element) {
  "use strict";
  var C = window.WeerbaarCommon, gettext = C.t, ngettext = C.nt, fmt = C.fmt, el = C.el;
  var host = element.jquery ? element[0] : element;
  var root = host.querySelector("[data-studio]") || host;
  var init = C.readJson(root, "[data-init]");
  var form = root.querySelector("[data-form]"), editor = root.querySelector("[data-editor]");
  var summary = root.querySelector("[data-summary]");
  var prefix = "wse" + Math.random().toString(36).slice(2, 7);
  var M = {
    display_name: init.display_name,
    settings: JSON.parse(JSON.stringify(init.settings)),
    scenario: JSON.parse(JSON.stringify(init.scenario))
  };
  var S = M.scenario;
  S.competencies = S.competencies || init.defaults.slice();
  S.situations = S.situations || [];
  S.endings = S.endings || [];
  var errors = {};
  var FORMAT_NAMES = {
    pick_best: gettext("Pick the best option"), best_worst: gettext("Pick the best and the worst option"),
    rate: gettext("Rate every option (1-5)"), rank: gettext("Rank all options")
  };

  /* ---- the model ---- */
  function get(path) {
    return path.split(".").reduce(function (value, part) { return value === undefined || value === null ? undefined : value[part]; }, M);
  }
  function set(path, value) {
    var parts = path.split("."), last = parts.pop();
    var target = parts.reduce(function (value, part) {
      if (value[part] === undefined || value[part] === null) { value[part] = {}; }
      return value[part];
    }, M);
    target[last] = value;
  }
  function freeId(used, make) {
    for (var n = 1; ; n += 1) { var id = make(n); if (used.indexOf(id) < 0) { return id; } }
  }
  function allIds() {
    return S.situations.map(function (s) { return s.id; }).concat(S.endings.map(function (e) { return e.id; }));
  }
  function ensureKey(situation) {
    var key = situation.key = situation.key || {};
    var ids = situation.options.map(function (o) { return o.id; });
    key.points = key.points || {};
    key.ratings = key.ratings || {};
    if (key.best === undefined) { key.best = ""; }
    if (key.worst === undefined) { key.worst = ""; }
    var order = (key.order || []).filter(function (id) { return ids.indexOf(id) >= 0; });
    ids.forEach(function (id) { if (order.indexOf(id) < 0) { order.push(id); } });
    key.order = order;
  }
  function newOption(situation) {
    var used = situation.options.map(function (o) { return o.id; });
    var id = freeId(used, function (n) { return n <= 26 ? String.fromCharCode(96 + n) : "o" + n; });
    situation.options.push({ id: id, text: "", feedback: "", next: "" });
    ensureKey(situation);
  }
  function newSituation() {
    var situation = {
      id: freeId(allIds(), function (n) { return "s" + n; }), title: "", narrative: "", image_url: "", image_alt: "",
      question: "", format: "pick_best", options: [], key: {}, tags: [], weight: 1, next: ""
    };
    newOption(situation); newOption(situation); newOption(situation);
    S.situations.push(situation);
  }
  function renameTarget(from, to) {
    S.situations.forEach(function (s) {
      if (s.next === from) { s.next = to; }
      s.options.forEach(function (o) { if (o.next === from) { o.next = to; } });
    });
  }
  S.situations.forEach(function (s) { s.options = s.options || []; s.tags = s.tags || []; ensureKey(s); });

  /* ---- controls ---- */
  function idFor(path) { return prefix + "-" + path.split(".").join("-"); }
  function wrap(errKey, id, label, control, hint) {
    var errorId = id + "-error", describedBy = errorId;
    var nodes = [el("label", { "for": id, text: label })];
    if (hint) { nodes.push(el("p", { className: "wb-muted", id: id + "-hint", text: hint })); describedBy = id + "-hint " + errorId; }
    control.setAttribute("aria-describedby", describedBy);
    if (errors[errKey]) { control.setAttribute("aria-invalid", "true"); }
    nodes.push(control, el("p", { className: "ws-field-error", id: errorId, "data-error-for": errKey, text: errors[errKey] || "" }));
    return el("div", { className: "wb-field" }, nodes);
  }
  function text(path, label, errKey, attrs, hint) {
    var id = idFor(path), value = get(path);
    var input = el("input", Object.assign({ type: "text", id: id, value: value === undefined ? "" : String(value), "data-path": path }, attrs || {}));
    input.addEventListener("input", function () { set(path, input.value); });
    return wrap(errKey, id, label, input, hint);
  }
  function area(path, label, errKey, hint) {
    var id = idFor(path), node = el("textarea", { id: id, "data-path": path, rows: path.slice(-9) === "narrative" ? "6" : "3" }, [get(path) || ""]);
    node.addEventListener("input", function () { set(path, node.value); });
    return wrap(errKey, id, label, node, hint);
  }
  function numberInput(path, label, errKey, attrs, integer) {
    var id = idFor(path), value = get(path);
    var input = el("input", Object.assign({ type: "number", id: id, "data-path": path, inputmode: "decimal",
      value: value === undefined || value === null || value === "" ? "" : String(value) }, attrs || {}));
    input.addEventListener("input", function () {
      var raw = input.value.trim(), parsed = Number(raw);
      set(path, raw === "" ? "" : (isFinite(parsed) && (!integer || Math.floor(parsed) === parsed) ? parsed : raw));
    });
    return wrap(errKey, id, label, input);
  }
  function select(path, label, errKey, choices, onchange) {
    var id = idFor(path), value = get(path) || "";
    var node = el("select", { id: id, "data-path": path }, choices.map(function (c) {
      return el("option", { value: c[0], selected: c[0] === value, text: c[1] });
    }));
    node.addEventListener("change", function () { set(path, node.value); if (onchange) { onchange(node.value); } });
    return wrap(errKey, id, label, node);
  }
  function check(path, label) {
    var id = idFor(path), input = el("input", { type: "checkbox", id: id, "data-path": path, checked: Boolean(get(path)) });
    input.addEventListener("change", function () { set(path, input.checked); });
    return el("div", { className: "ws-check wb-field" }, [input, el("label", { "for": id, text: label }),
      el("p", { className: "ws-field-error", "data-error-for": "settings." + path.split(".").pop(), text: errors["settings." + path.split(".").pop()] || "" })]);
  }
  function action(label, onclick, secondary) {
    return el("button", { type: "button", className: "wb-button" + (secondary === false ? "" : " wb-secondary"), text: label, onclick: onclick });
  }
  function errorSlot(errKey) { return el("p", { className: "ws-field-error", "data-error-for": errKey, text: errors[errKey] || "" }); }

  function targetChoices(ownLabel) {
    var choices = [["", ownLabel]];
    S.situations.forEach(function (s, i) {
      choices.push([s.id, fmt(gettext("Situation {number}: {title}"), { number: i + 1, title: s.title || s.question || s.id })]);
    });
    S.endings.forEach(function (e, i) {
      choices.push([e.id, fmt(gettext("Ending {number}: {title}"), { number: i + 1, title: e.title || e.id })]);
    });
    return choices;
  }

  /* ---- sections ---- */
  function settingsSection() {
    var base = "settings.";
    return el("fieldset", { className: "ws-block" }, [
      el("legend", { text: gettext("General") }),
      text("display_name", gettext("Display name"), "display_name", { maxlength: "200" }),
      area("scenario.introduction", gettext("Introduction"), "introduction"),
      select(base + "instruction", gettext("Instruction wording"), "settings.instruction", [
        ["should", gettext("What should you do? (knowledge of effective behaviour)")],
        ["would", gettext("What would you do? (own behavioural tendency)")]
      ]),
      el("div", { className: "ws-row" }, [
        numberInput(base + "attempts_allowed", gettext("Attempts allowed (0: no limit)"), "settings.attempts_allowed", { min: "0", step: "1" }, true),
        numberInput(base + "peer_minimum", gettext("Peers needed before their answers are shown"), "settings.peer_minimum", { min: "1", step: "1" }, true),
        numberInput(base + "weight", gettext("Problem weight"), "settings.weight", { min: "0", step: "0.1" })
      ]),
      check(base + "allow_back", gettext("Learners may go back to the previous situation (they can then change an answer after seeing the feedback)")),
      check(base + "show_peers", gettext("Show learners how peers answered, anonymously")),
      check(base + "graded", gettext("Graded")),
      select(base + "grading_policy", gettext("Attempt that counts for the grade"), "settings.grading_policy", [
        ["best", gettext("The best attempt")], ["last", gettext("The last attempt")]
      ])
    ]);
  }

  function competencySection() {
    var list = el("ul", { className: "ws-plain" }, S.competencies.map(function (name, index) {
      var path = "scenario.competencies." + index, id = idFor(path);
      var input = el("input", { type: "text", id: id, value: name, "data-path": path, maxlength: "80" });
      input.addEventListener("change", function () {
        var old = S.competencies[index], now = input.value.trim();
        S.competencies[index] = now;
        S.situations.forEach(function (s) { s.tags = s.tags.map(function (t) { return t === old ? now : t; }); });
        redraw(path);
      });
      return el("li", {}, [wrap("competencies." + index, id, fmt(gettext("Competency {number}"), { number: index + 1 }), input),
        action(fmt(gettext("Remove competency {number}"), { number: index + 1 }), function () {
          var old = S.competencies.splice(index, 1)[0];
          S.situations.forEach(function (s) { s.tags = s.tags.filter(function (t) { return t !== old; }); });
          redraw();
        })]);
    }));
    return el("fieldset", { className: "ws-block" }, [
      el("legend", { text: gettext("Competencies") }),
      el("p", { className: "wb-muted", text: gettext("Situations are tagged with these; learners see a profile per competency.") }),
      errorSlot("competencies"), list,
      el("div", { className: "ws-actions" }, [
        action(gettext("Add competency"), function () { S.competencies.push(""); redraw("scenario.competencies." + (S.competencies.length - 1)); }),
        action(gettext("Use the training's list"), function () { S.competencies = init.defaults.slice(); redraw(); })
      ])
    ]);
  }

  function keyControls(situation, i) {
    var base = "scenario.situations." + i + ".key", err = "situations." + i + ".key";
    var choices = [["", gettext("(choose)")]].concat(situation.options.map(function (o) { return [o.id, o.text || o.id]; }));
    if (situation.format === "best_worst") {
      return [el("div", { className: "ws-row" }, [
        select(base + ".best", gettext("Experts' best option"), err + ".best", choices),
        select(base + ".worst", gettext("Experts' worst option"), err + ".worst", choices)
      ])];
    }
    if (situation.format !== "rank") { return []; }
    var byId = {};
    situation.options.forEach(function (o) { byId[o.id] = o; });
    var order = situation.key.order;
    var list = el("ol", {}, order.map(function (id, index) {
      function move(step) {
        var item = order[index]; order[index] = order[index + step]; order[index + step] = item;
        redraw(base + ".order." + (index + step) + (step < 0 ? ".up" : ".down"));
        C.announce(root, fmt(gettext("'{text}' is now at position {position} of {count}."), { text: (byId[id] || {}).text || id, position: index + step + 1, count: order.length }));
      }
      var label = (byId[id] || {}).text || id;
      return el("li", {}, [label + " ",
        el("button", { type: "button", className: "wb-button wb-secondary", "data-path": base + ".order." + index + ".up", disabled: index === 0,
          "aria-label": fmt(gettext("Move up: {text}"), { text: label }), text: "\u2191", onclick: function () { move(-1); } }),
        el("button", { type: "button", className: "wb-button wb-secondary", "data-path": base + ".order." + index + ".down", disabled: index === order.length - 1,
          "aria-label": fmt(gettext("Move down: {text}"), { text: label }), text: "\u2193", onclick: function () { move(1); } })
      ]);
    }));
    return [el("div", { className: "wb-field" }, [
      el("p", { className: "wb-label", text: gettext("Experts' order, from most to least effective") }), list, errorSlot(err + ".order")
    ])];
  }

  function optionBlock(situation, i, option, j) {
    var base = "scenario.situations." + i + ".options." + j, err = "situations." + i + ".options." + j;
    var nodes = [el("h5", { text: fmt(gettext("Option {id}"), { id: option.id }) }), errorSlot(err + ".id"),
      area(base + ".text", gettext("Text of the option"), err + ".text"),
      area(base + ".feedback", gettext("Feedback: why the experts judge it so"), err + ".feedback")];
    if (situation.format === "pick_best") {
      nodes.push(numberInput("scenario.situations." + i + ".key.points." + option.id, gettext("Expert points"), err + ".points", { min: "0", step: "1" }));
    } else if (situation.format === "rate") {
      nodes.push(numberInput("scenario.situations." + i + ".key.ratings." + option.id, gettext("Experts' mean rating (1-5)"), err + ".rating", { min: "1", max: "5", step: "0.1" }));
    }
    nodes.push(select(base + ".next", gettext("Next step when this option decides the branch"), err + ".next", targetChoices(gettext("As the situation says"))));
    nodes.push(action(fmt(gettext("Remove option {id}"), { id: option.id }), function () {
      situation.options.splice(j, 1);
      delete situation.key.points[option.id]; delete situation.key.ratings[option.id];
      if (situation.key.best === option.id) { situation.key.best = ""; }
      if (situation.key.worst === option.id) { situation.key.worst = ""; }
      ensureKey(situation);
      redraw();
    }));
    return el("div", { className: "ws-option" }, nodes);
  }

  function situationBlock(situation, i) {
    var base = "scenario.situations." + i, err = "situations." + i;
    var tags = el("fieldset", {}, [el("legend", { text: gettext("Competencies") })].concat(S.competencies.map(function (name, k) {
      var id = idFor(base + ".tags." + k);
      var box = el("input", { type: "checkbox", id: id, checked: situation.tags.indexOf(name) >= 0 });
      box.addEventListener("change", function () {
        situation.tags = situation.tags.filter(function (t) { return t !== name; });
        if (box.checked) { situation.tags.push(name); }
      });
      return el("div", { className: "ws-check" }, [box, el("label", { "for": id, text: name })]);
    })).concat([errorSlot(err + ".tags")]));
    var idInput = text(base + ".id", gettext("Id (used in branches and reports)"), err + ".id", { maxlength: "40" });
    idInput.querySelector("input").addEventListener("change", function (event) {
      var old = situation.id;
      situation.id = event.target.value.trim();
      renameTarget(old, situation.id);
      redraw(base + ".id");
    });
    var nodes = [
      el("legend", { text: fmt(gettext("Situation {number}"), { number: i + 1 }) }), errorSlot(err),
      el("div", { className: "ws-row" }, [
        idInput, text(base + ".title", gettext("Title"), err + ".title", { maxlength: "200" }),
        numberInput(base + ".weight", gettext("Weight"), err + ".weight", { min: "0", step: "0.5" })
      ]),
      area(base + ".narrative", gettext("Narrative"), err + ".narrative"),
      el("div", { className: "ws-row" }, [
        text(base + ".image_url", gettext("Image address (optional)"), err + ".image_url"),
        text(base + ".image_alt", gettext("Alternative text of the image"), err + ".image_alt", {}, gettext("Required when there is an image."))
      ]),
      text(base + ".question", gettext("Question"), err + ".question", { maxlength: "1000" }),
      select(base + ".format", gettext("Response format"), err + ".format", init.formats.map(function (f) { return [f, FORMAT_NAMES[f]]; }),
        function () { redraw(base + ".format"); }),
      tags,
      el("h4", { text: gettext("Options and expert key") }), errorSlot(err + ".options"), errorSlot(err + ".key.points")
    ];
    situation.options.forEach(function (option, j) { nodes.push(optionBlock(situation, i, option, j)); });
    nodes = nodes.concat(keyControls(situation, i));
    nodes.push(el("div", { className: "ws-actions" }, [action(gettext("Add option"), function () {
      newOption(situation); redraw(base + ".options." + (situation.options.length - 1) + ".text");
    })]));
    nodes.push(select(base + ".next", gettext("Next step after this situation"), err + ".next", targetChoices(gettext("The next situation in order (or the end)"))));
    nodes.push(el("div", { className: "ws-actions" }, [
      action(fmt(gettext("Move situation {number} up"), { number: i + 1 }), function () { swap(S.situations, i, -1); }, true),
      action(fmt(gettext("Move situation {number} down"), { number: i + 1 }), function () { swap(S.situations, i, 1); }, true),
      action(fmt(gettext("Remove situation {number}"), { number: i + 1 }), function () { S.situations.splice(i, 1); redraw(); }, true)
    ]));
    return el("fieldset", { className: "ws-block" }, nodes);
  }

  function swap(list, i, step) {
    if (i + step < 0 || i + step >= list.length) { return; }
    var item = list[i]; list[i] = list[i + step]; list[i + step] = item;
    redraw();
  }

  function endingBlock(ending, i) {
    var base = "scenario.endings." + i, err = "endings." + i;
    var idInput = text(base + ".id", gettext("Id (used in branches)"), err + ".id", { maxlength: "40" });
    idInput.querySelector("input").addEventListener("change", function (event) {
      var old = ending.id;
      ending.id = event.target.value.trim();
      renameTarget(old, ending.id);
      redraw(base + ".id");
    });
    return el("fieldset", { className: "ws-block" }, [
      el("legend", { text: fmt(gettext("Ending {number}"), { number: i + 1 }) }), errorSlot(err),
      el("div", { className: "ws-row" }, [idInput, text(base + ".title", gettext("Title"), err + ".title", { maxlength: "200" })]),
      area(base + ".text", gettext("Closing text"), err + ".text"),
      action(fmt(gettext("Remove ending {number}"), { number: i + 1 }), function () { S.endings.splice(i, 1); redraw(); })
    ]);
  }

  function draw() {
    editor.textContent = "";
    editor.appendChild(settingsSection());
    editor.appendChild(competencySection());
    editor.appendChild(el("h3", { text: gettext("Situations") }));
    editor.appendChild(errorSlot("situations"));
    S.situations.forEach(function (situation, i) { editor.appendChild(situationBlock(situation, i)); });
    editor.appendChild(el("div", { className: "ws-actions" }, [action(gettext("Add situation"), function () {
      newSituation(); redraw("scenario.situations." + (S.situations.length - 1) + ".title");
    }, false)]));
    editor.appendChild(el("h3", { text: gettext("Endings (optional)") }));
    editor.appendChild(el("p", { className: "wb-muted", text: gettext("Without branching the situations follow in order. An ending gives a path its own closing text.") }));
    S.endings.forEach(function (ending, i) { editor.appendChild(endingBlock(ending, i)); });
    editor.appendChild(el("div", { className: "ws-actions" }, [action(gettext("Add ending"), function () {
      S.endings.push({ id: freeId(allIds(), function (n) { return "einde" + n; }), title: "", text: "" });
      redraw("scenario.endings." + (S.endings.length - 1) + ".title");
    })]));
  }

  function redraw(focusPath) {
    draw();
    var target = focusPath && editor.querySelector("[data-path='" + focusPath + "']");
    if (target && target.disabled) { target = target.parentNode.querySelector("button:not([disabled])"); }
    if (target) { target.focus(); }
  }

  /* ---- saving ---- */
  function payload() {
    var scenario = JSON.parse(JSON.stringify(S));
    scenario.situations.forEach(function (s) {
      var key = s.key, ids = s.options.map(function (o) { return o.id; });
      var pick = function (values) { var out = {}; ids.forEach(function (id) { if (values[id] !== undefined) { out[id] = values[id]; } }); return out; };
      s.key = s.format === "pick_best" ? { points: pick(key.points) } : s.format === "rate" ? { ratings: pick(key.ratings) }
        : s.format === "best_worst" ? { best: key.best, worst: key.worst } : { order: key.order };
    });
    return { display_name: M.display_name, settings: M.settings, scenario: scenario };
  }

  function showProblems(problems, message) {
    errors = {};
    problems.forEach(function (p) {
      var field = p.field || "";
      errors[field] = errors[field] ? errors[field] + " " + p.message : p.message;
    });
    draw();
    // A message whose field has no slot of its own goes to the nearest enclosing one.
    Object.keys(errors).forEach(function (field) {
      if (editor.querySelector("[data-error-for='" + field + "']")) { return; }
      var parts = field.split(".");
      while (parts.length) {
        parts.pop();
        var slot = editor.querySelector("[data-error-for='" + parts.join(".") + "']");
        if (slot) { slot.textContent = (slot.textContent + " " + errors[field]).trim(); return; }
      }
    });
    summary.textContent = "";
    summary.appendChild(el("p", { text: message }));
    summary.appendChild(el("ul", {}, problems.map(function (p) {
      var slot = editor.querySelector("[data-error-for='" + (p.field || "") + "']");
      var control = slot && slot.parentNode.querySelector("input, textarea, select");
      return el("li", {}, [control ? el("a", { href: "#" + control.id, text: p.message, onclick: function (event) {
        event.preventDefault(); control.focus();
      } }) : p.message]);
    })));
    summary.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    C.notify(runtime, "save", { state: "start" });
    C.post(runtime, host, "studio_submit", payload()).then(function (result) {
      if (result.ok) {
        errors = {};
        summary.textContent = "";
        draw();
        C.announce(root, gettext("Saved."));
        C.notify(runtime, "save", { state: "end" });
        return;
      }
      var problems = result.data.problems || [{ field: result.data.field, message: result.data.error }];
      showProblems(problems, result.data.problems ? result.data.error : fmt(ngettext("Please correct {count} problem.", "Please correct {count} problems.", 1), { count: 1 }));
      C.notify(runtime, "error", { title: gettext("Not saved"), message: result.data.error });
    });
  });
  root.querySelector("[data-cancel]").addEventListener("click", function () { C.notify(runtime, "cancel", {}); });

  draw();
  if (init.problems && init.problems.length) {
    showProblems(init.problems, gettext("Learners cannot play this scenario until these problems are solved:"));
  }
}
