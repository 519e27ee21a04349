/* Casus, learner view: one situation at a time, feedback after each answer, the end screen with score,
 * competency profile and peers, retry and history. The parts of the screens are in learner_parts.js, the
 * answer controls per format in formats.js, the staff panel in staff.js. */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom;
  var gettext = Text.gettext, ngettext = Text.ngettext, format = Text.format, create = Dom.create;

  var Parts = global.WeerbaarScenarioParts, Wording = global.WeerbaarScenarioWording;
  var Notes = global.WeerbaarScenarioGradeNotes;

  /** A muted paragraph for a grade note, or nothing when the note is null. */
  function note(text, className) { return text ? Parts.paragraph(text, className || "wb-muted") : null; }

  /** One request at a time; on success the new state is drawn, otherwise the error is shown or announced.
   * Each move names the version of the attempt it was made on: when another tab moved first, the server
   * refuses it (409) and the page draws where the learner now is. */
  function send(view, handler, payload, errorNode) {
    if (view.busy) { return; }
    view.busy = true;
    view.stage.setAttribute("aria-busy", "true");
    var body = Object.assign({ version: view.state ? view.state.version : 0 }, payload);
    view.server.call(handler, body).then(function (result) {
      if (result.status === 409) { return catchUp(view, result.data.error); }
      idle(view);
      if (result.ok) { view.state = result.data.state; render(view, true); return; }
      if (errorNode) { errorNode.textContent = result.data.error; } else { announce(view, result.data.error); }
    });
  }

  function idle(view) {
    view.busy = false;
    view.stage.removeAttribute("aria-busy");
  }

  /** Another tab moved on: draw where the learner is now, and say why. */
  function catchUp(view, message) {
    return view.server.call("learner_state", {}).then(function (fresh) {
      idle(view);
      if (fresh.ok) { view.state = fresh.data.state; render(view, true); }
      announce(view, message);
    });
  }

  function announce(view, text) { global.WeerbaarLiveRegion.announce(view.root, text); }

  /** "Situation 2 of 3" when every path is as long; otherwise a range ("of 2 to 3") or a lower bound (a loop),
   * so the text stays true whichever way the learner goes. */
  function progressText(progress) {
    if (progress.most === progress.total || progress.most === undefined) {
      return format(gettext("Situation {current} of {total}"), progress);
    }
    if (progress.most === null) { return format(gettext("Situation {current} of at least {total}"), progress); }
    return format(gettext("Situation {current} of {total} to {most}"), progress);
  }

  function progress(state) {
    if (!state.progress) { return null; }
    var id = "ws-progress-" + Math.random().toString(36).slice(2);
    var most = state.progress.most || state.progress.total;
    return create("div", { className: "ws-progress" }, [
      create("span", { id: id, className: "ws-progress-text", text: progressText(state.progress) }),
      create("progress", { max: String(most), value: String(state.progress.current), "aria-labelledby": id })
    ]);
  }

  function situationHead(view, situation) {
    var current = view.state.progress ? view.state.progress.current : 1;
    var nodes = [
      Parts.heading(3, situation.title || format(gettext("Situation {current}"), { current: current })),
      Parts.paragraph(situation.narrative)
    ];
    if (situation.image_url) {
      nodes.push(create("img", { className: "ws-image", src: situation.image_url, alt: situation.image_alt }));
    }
    return nodes;
  }

  function startScreen(view) {
    var init = view.init, state = view.state, paragraph = Parts.paragraph, nodes = [];
    if (init.introduction) { nodes.push(paragraph(init.introduction)); }
    if (!init.signed_in) { return nodes.concat(paragraph(gettext("Sign in to play this scenario."), "wb-muted")); }
    if (state.attempts_allowed) {
      var attempts = ngettext("You have {count} attempt.", "You have {count} attempts.", state.attempts_allowed);
      nodes.push(paragraph(format(attempts, { count: state.attempts_allowed }), "wb-muted"));
    }
    nodes.push(note(Notes.rule(state)));
    if (state.may_start) {
      nodes.push(Parts.button(gettext("Start the scenario"), function () { send(view, "start_attempt", {}); }));
    } else if (state.history.length) {
      nodes.push(paragraph(gettext("You have used all your attempts."), "wb-muted"));
    }
    return nodes.concat(Parts.history(state.history));
  }

  function questionScreen(view) {
    var situation = view.state.situation, instruction = view.init.instruction;
    var error = create("p", { className: "wb-error", role: "alert" });
    var form = global.WeerbaarScenarioFormats.controls(situation, instruction, function (text) {
      announce(view, text);
    });
    var justifyId = "ws-just-" + situation.id + "-" + view.state.attempt;
    var justification = create("textarea", { id: justifyId, maxlength: "1000", rows: "3" });
    var submit = Parts.button(gettext("Submit answer"), function () {
      var read = form.read();
      if (!read.answer) {
        error.textContent = read.message;
        var first = form.node.querySelector("input, button");
        if (first) { first.focus(); }
        return;
      }
      error.textContent = "";
      send(view, "answer", { situation: situation.id, answer: read.answer, justification: justification.value }, error);
    });
    var actions = create("div", { className: "ws-actions" }, [submit]);
    if (view.state.may_go_back) {
      actions.appendChild(Parts.button(gettext("Back to the previous situation"), function () {
        send(view, "go_back", {}, error);
      }, true));
    }
    return [progress(view.state), note(Notes.attempt(view.state))].concat(situationHead(view, situation), [
      note(Notes.kept(view.state), "ws-kept"),
      Parts.paragraph(situation.instruction || Wording.instruction(situation.format, instruction), "ws-instruction"),
      form.node,
      create("div", { className: "wb-field ws-justify" }, [
        create("label", { "for": justifyId, text: gettext("Why would you do this? (optional)") }), justification
      ]),
      error, actions
    ]);
  }

  function feedbackScreen(view) {
    var state = view.state, situation = state.situation, result = state.result, paragraph = Parts.paragraph;
    var error = create("p", { className: "wb-error", role: "alert" });
    var score = format(gettext("Your score for this situation: {score}"), { score: Wording.percent(result.score) });
    var next = state.final ? gettext("Show my result") : gettext("Next situation");
    return [
      progress(state),
      create("h3", { text: situation.title || situation.question }),
      paragraph(situation.question, "ws-question"),
      Parts.heading(4, gettext("Feedback: how experts judge the actions")),
      paragraph(score, "ws-score"),
      note(Notes.kept(state), "ws-kept"),
      Parts.comparison(situation, result.answer, view.init.instruction),
      result.justification ? Parts.justification(result.justification) : null,
      error,
      create("div", { className: "ws-actions" }, [
        Parts.button(next, function () { send(view, "advance", {}, error); })
      ])
    ];
  }

  function gradeLine(view) {
    return note(Notes.grade(view.state, view.init.graded), "ws-grade");
  }

  function endScreen(view) {
    var state = view.state, end = state.end, paragraph = Parts.paragraph;
    var score = format(gettext("Your score for this attempt: {score}"), { score: Wording.percent(end.score) });
    var nodes = [Parts.heading(3, gettext("Your result")), paragraph(score, "ws-score"), note(Notes.attempt(state)),
      gradeLine(view)];
    if (end.ending) {
      nodes.push(create("div", { className: "ws-ending" }, [
        end.ending.title ? create("h4", { text: end.ending.title }) : null, paragraph(end.ending.text)
      ]));
    }
    nodes = nodes.concat(Parts.profile(end.profile), Parts.review(view.init, end.review),
      Parts.history(state.history));
    if (state.may_retry) {
      nodes.push(note(Notes.retry(state)));
      nodes.push(create("div", { className: "ws-actions" }, [
        Parts.button(gettext("Try again"), function () { send(view, "retry", {}); })
      ]));
    } else if (state.attempts_allowed) {
      nodes.push(paragraph(gettext("You have used all your attempts."), "wb-muted"));
    }
    return nodes;
  }

  var SCREENS = { not_started: startScreen, question: questionScreen, feedback: feedbackScreen, end: endScreen };

  function render(view, focus) {
    var nodes = (SCREENS[view.state.status] || startScreen)(view);
    view.stage.textContent = "";
    nodes.forEach(function (node) { if (node) { view.stage.appendChild(node); } });
    var target = focus && view.stage.querySelector("[data-focus]");
    if (target) { target.focus(); }
  }

  /** The init function the runtime calls for the learner view. */
  global.WeerbaarScenario = function (runtime, element, args) {
    var host = Dom.rootOf(element);
    var root = host.querySelector("[data-scenario]") || host;
    var init = Dom.readJson(root, "[data-init]");
    var server = global.WeerbaarServer(runtime, host);
    if (args && args.staff && global.WeerbaarScenarioStaff) { global.WeerbaarScenarioStaff(server, root); }
    if (!init || !init.ready) { return; }
    var view = { server: server, root: root, stage: root.querySelector("[data-stage]"), init: init,
      state: init.state, busy: false };
    global.WeerbaarPrivacy(server, view.stage);
    render(view, false);
  };
})(window);
