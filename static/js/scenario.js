/* Casus, learner view: one situation at a time, feedback after each answer, the end screen with score,
 * competency profile and peers, retry and history. Answer controls per format: scenario_formats.js.
 * The staff panel has its own file (scenario_staff.js). */
function WeerbaarScenario(runtime, element, args) {
  "use strict";
  var C = window.WeerbaarCommon, F = window.WeerbaarScenarioFormats;
  var gettext = C.t, ngettext = C.nt, fmt = C.fmt, el = C.el;
  var host = element.jquery ? element[0] : element;
  var root = host.querySelector("[data-scenario]") || host;
  var init = C.readJson(root, "[data-init]");
  var stage = root.querySelector("[data-stage]");
  if (args && args.staff && window.WeerbaarScenarioStaff) { window.WeerbaarScenarioStaff(runtime, host, root); }
  if (!init || !init.ready) { return; }
  var state = init.state, busy = false;

  function announce(text) { C.announce(root, text); }
  function pct(value) { return F.percent(value); }
  function heading(level, text) { return el("h" + level, { tabindex: "-1", "data-focus": "", text: text }); }
  function para(text, className) { return el("p", { className: className || "wb-user-text", text: text }); }
  function button(text, onclick, secondary) {
    return el("button", { type: "button", className: "wb-button" + (secondary ? " wb-secondary" : ""), text: text, onclick: onclick });
  }

  function call(handler, payload, errorNode) {
    if (busy) { return; }
    busy = true;
    stage.setAttribute("aria-busy", "true");
    C.post(runtime, host, handler, payload).then(function (result) {
      busy = false;
      stage.removeAttribute("aria-busy");
      if (result.ok) { state = result.data.state; render(true); return; }
      if (errorNode) { errorNode.textContent = result.data.error; } else { announce(result.data.error); }
    });
  }

  function progress() {
    if (!state.progress) { return null; }
    var label = fmt(gettext("Situation {current} of {total}"), state.progress);
    var id = "ws-progress-" + Math.random().toString(36).slice(2);
    return el("div", { className: "ws-progress" }, [
      el("span", { id: id, text: label }),
      el("progress", { max: String(state.progress.total), value: String(state.progress.current), "aria-labelledby": id })
    ]);
  }

  function situationHead(situation, level) {
    var nodes = [heading(level, situation.title || fmt(gettext("Situation {current}"), { current: state.progress ? state.progress.current : 1 }))];
    nodes.push(para(situation.narrative));
    if (situation.image_url) { nodes.push(el("img", { className: "ws-image", src: situation.image_url, alt: situation.image_alt })); }
    return nodes;
  }

  /* ---- screens ---- */
  function startScreen() {
    var nodes = [];
    if (init.introduction) { nodes.push(para(init.introduction)); }
    if (!init.signed_in) { nodes.push(para(gettext("Sign in to play this scenario."), "wb-muted")); return nodes; }
    if (state.attempts_allowed) {
      nodes.push(para(fmt(ngettext("You have {count} attempt.", "You have {count} attempts.", state.attempts_allowed), { count: state.attempts_allowed }), "wb-muted"));
    }
    if (state.may_start) {
      nodes.push(button(gettext("Start the scenario"), function () { call("start", {}); }));
    } else if (state.history.length) {
      nodes.push(para(gettext("You have used all your attempts."), "wb-muted"));
    }
    return nodes.concat(history());
  }

  function questionScreen() {
    var situation = state.situation;
    var error = el("p", { className: "wb-error", role: "alert" });
    var form = F.controls(situation, init.instruction, announce);
    var justId = "ws-just-" + situation.id + "-" + state.attempt;
    var justification = el("textarea", { id: justId, maxlength: "1000", rows: "3" });
    var nodes = [progress()].concat(situationHead(situation, 3));
    nodes.push(para(F.instruction(situation.format, init.instruction), "ws-instruction"));
    nodes.push(form.node);
    nodes.push(el("div", { className: "wb-field ws-justify" }, [
      el("label", { "for": justId, text: gettext("Why would you do this? (optional)") }), justification
    ]));
    nodes.push(error);
    var actions = el("div", { className: "ws-actions" }, [button(gettext("Submit answer"), function () {
      var answer = form.read();
      if (!answer || answer.error) {
        error.textContent = answer ? answer.error : form.missing;
        var first = form.node.querySelector("input, button");
        if (first) { first.focus(); }
        return;
      }
      error.textContent = "";
      call("answer", { situation: situation.id, answer: answer, justification: justification.value }, error);
    })]);
    if (state.may_go_back) {
      actions.appendChild(button(gettext("Back to the previous situation"), function () { call("go_back", {}, error); }, true));
    }
    nodes.push(actions);
    return nodes;
  }

  function comparison(situation, answer) {
    var rows = F.compare(situation, answer, init.instruction), byId = {};
    rows.forEach(function (row) { byId[row.option.id] = row; });
    return el("ul", { className: "ws-compare" }, F.ordered(situation).map(function (option) {
      var row = byId[option.id];
      return el("li", { className: row.match ? "ws-match" : "" }, [
        el("p", { className: "ws-option-text wb-user-text", text: option.text }),
        el("p", { className: "ws-verdict" }, [
          row.yours ? el("span", { className: "ws-yours", text: row.yours }) : null,
          el("span", { className: "ws-experts", text: row.experts })
        ]),
        option.feedback ? para(option.feedback, "wb-user-text ws-reason") : null
      ]);
    }));
  }

  function feedbackScreen() {
    var situation = state.situation, result = state.result;
    var nodes = [progress()];
    nodes.push(el("h3", { text: situation.title || situation.question }));
    nodes.push(para(situation.question, "ws-question"));
    nodes.push(heading(4, gettext("Feedback: how experts judge the options")));
    nodes.push(para(fmt(gettext("Your score for this situation: {score}"), { score: pct(result.score) }), "ws-score"));
    nodes.push(comparison(situation, result.answer));
    if (result.justification) {
      nodes.push(el("p", { className: "ws-justification" }, [el("strong", { text: gettext("Your justification:") }), " ", result.justification]));
    }
    var error = el("p", { className: "wb-error", role: "alert" });
    nodes.push(error);
    nodes.push(el("div", { className: "ws-actions" }, [
      button(state.final ? gettext("Show my result") : gettext("Next situation"), function () { call("advance", {}, error); })
    ]));
    return nodes;
  }

  function profile(items) {
    if (!items.length) { return []; }
    var chart = el("div", { className: "ws-chart", "aria-hidden": "true" }, items.map(function (item) {
      var bar = el("span", { className: "ws-bar" });
      bar.style.width = Math.round(item.score * 100) + "%";
      return el("div", { className: "ws-chart-row" }, [
        el("span", { className: "ws-chart-label", text: item.competency }),
        el("span", { className: "ws-bar-track" }, [bar]),
        el("span", { className: "ws-chart-value", text: pct(item.score) })
      ]);
    }));
    var table = el("table", { className: "ws-table" }, [
      el("caption", { text: gettext("Score per competency") }),
      el("thead", {}, [el("tr", {}, [
        el("th", { scope: "col", text: gettext("Competency") }), el("th", { scope: "col", text: gettext("Score") }),
        el("th", { scope: "col", text: gettext("Situations") })
      ])]),
      el("tbody", {}, items.map(function (item) {
        return el("tr", {}, [el("th", { scope: "row", text: item.competency }), el("td", { text: pct(item.score) }), el("td", { text: String(item.situations) })]);
      }))
    ]);
    return [el("h4", { text: gettext("Your profile per competency") }), el("div", { className: "ws-profile" }, [chart, table])];
  }

  function peersTable(step) {
    if (!init.show_peers) { return null; }
    var peers = step.peers;
    if (!peers) {
      return para(fmt(gettext("How others answered is shown once at least {count} others have answered."), { count: init.peer_minimum }), "wb-muted");
    }
    var text = F.labels(init.instruction), format = peers.format;
    var columns = format === "pick_best" ? [gettext("Chosen by")] : format === "best_worst" ? [text.best, text.worst]
      : format === "rate" ? [gettext("Mean rating")] : [gettext("Mean position"), gettext("Put first by")];
    return el("table", { className: "ws-table" }, [
      el("caption", { text: fmt(ngettext("How {count} other learner answered", "How {count} other learners answered", peers.count), { count: peers.count }) }),
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: gettext("Action") })].concat(columns.map(function (c) { return el("th", { scope: "col", text: c }); })))]),
      el("tbody", {}, peers.options.map(function (row) {
        var cells = format === "pick_best" ? [row.chosen + "%"] : format === "best_worst" ? [row.best + "%", row.worst + "%"]
          : format === "rate" ? [F.number(row.mean)] : [F.number(row.mean_position), row.first + "%"];
        return el("tr", {}, [el("th", { scope: "row", text: row.text })].concat(cells.map(function (c) { return el("td", { text: c }); })));
      }))
    ]);
  }

  function review(steps) {
    if (!steps.length) { return []; }
    return [el("h4", { text: gettext("Situation by situation") }), el("ol", { className: "ws-review" }, steps.map(function (step) {
      var body = [el("summary", { text: fmt(gettext("{title}: {score}"), { title: step.title, score: pct(step.score) }) })];
      if (step.revealed) { body.push(comparison(step.revealed, step.answer)); }
      if (step.justification) { body.push(el("p", {}, [el("strong", { text: gettext("Your justification:") }), " ", step.justification])); }
      body.push(peersTable(step));
      return el("li", {}, [el("details", {}, body)]);
    }))];
  }

  function history() {
    if (!state.history.length) { return []; }
    return [el("h4", { text: gettext("Your attempts") }), el("table", { className: "ws-table" }, [
      el("thead", {}, [el("tr", {}, [gettext("Attempt"), gettext("Finished"), gettext("Score"), gettext("Ending"), gettext("Path")].map(function (t) {
        return el("th", { scope: "col", text: t });
      }))]),
      el("tbody", {}, state.history.map(function (item) {
        return el("tr", {}, [el("th", { scope: "row", text: String(item.number) }), el("td", { text: C.formatDate(item.finished_at) }),
          el("td", { text: pct(item.score) }), el("td", { text: item.ending || "" }), el("td", { text: item.path.join(" \u2192 ") })]);
      }))
    ])];
  }

  function endScreen() {
    var end = state.end, nodes = [heading(3, gettext("Your result"))];
    nodes.push(para(fmt(gettext("Your score for this attempt: {score}"), { score: pct(end.score) }), "ws-score"));
    if (init.graded && state.grade !== null && state.grade !== undefined) {
      nodes.push(para(fmt(init.policy === "last" ? gettext("Your grade counts your last attempt: {score}")
        : gettext("Your grade counts your best attempt: {score}"), { score: pct(state.grade) }), "ws-grade"));
    }
    if (end.ending) {
      nodes.push(el("div", { className: "ws-ending" }, [end.ending.title ? el("h4", { text: end.ending.title }) : null, para(end.ending.text)]));
    }
    nodes = nodes.concat(profile(end.profile), review(end.review), history());
    if (state.may_retry) {
      nodes.push(el("div", { className: "ws-actions" }, [button(gettext("Try again"), function () { call("retry", {}); })]));
    } else if (state.attempts_allowed) {
      nodes.push(para(gettext("You have used all your attempts."), "wb-muted"));
    }
    return nodes;
  }

  function render(focus) {
    var screens = { not_started: startScreen, question: questionScreen, feedback: feedbackScreen, end: endScreen };
    var nodes = (screens[state.status] || startScreen)();
    stage.textContent = "";
    nodes.forEach(function (node) { if (node) { stage.appendChild(node); } });
    if (focus) {
      var target = stage.querySelector("[data-focus]");
      if (target) { target.focus(); }
    }
  }

  render(false);
}
