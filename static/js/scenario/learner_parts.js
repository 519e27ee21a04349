/* Casus, learner view: the parts the screens are built from (learner.js puts them together): headings,
 * paragraphs and buttons, the comparison of an answer with the expert key, the competency profile, how peers
 * answered, the review per situation and the list of attempts. User text is always inserted as text. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioParts) { return; }
  var Text = global.WeerbaarText, Wording = global.WeerbaarScenarioWording, Dom = global.WeerbaarDom;
  var gettext = Text.gettext, ngettext = Text.ngettext, format = Text.format, create = Dom.create;
  var percent = Wording.percent;

  function heading(level, text) { return create("h" + level, { tabindex: "-1", "data-focus": "", text: text }); }
  function paragraph(text, className) { return create("p", { className: className || "wb-user-text", text: text }); }
  function button(text, onclick, secondary) {
    return create("button", {
      type: "button", className: "wb-button" + (secondary ? " wb-secondary" : ""), text: text, onclick: onclick
    });
  }
  function headerRow(titles) {
    return create("thead", {}, [create("tr", {}, titles.map(function (title) {
      return create("th", { scope: "col", text: title });
    }))]);
  }
  /** A body row: the first cell a row header, the others plain cells. */
  function bodyRow(cells) {
    return create("tr", {}, cells.map(function (cell, index) {
      return index === 0 ? create("th", { scope: "row", text: cell }) : create("td", { text: cell });
    }));
  }

  /** Each option with what the learner answered, what the experts say and why. */
  function comparison(situation, answer, wording) {
    var byId = {};
    Wording.compare(situation, answer, wording).forEach(function (row) { byId[row.option.id] = row; });
    return create("ul", { className: "ws-compare" }, Wording.ordered(situation).map(function (option) {
      var row = byId[option.id];
      return create("li", { className: row.match ? "ws-match" : "" }, [
        create("p", { className: "ws-option-text wb-user-text", text: option.text }),
        create("p", { className: "ws-verdict" }, [
          row.yours ? create("span", { className: "ws-yours", text: row.yours }) : null,
          create("span", { className: "ws-experts", text: row.experts })
        ]),
        option.feedback ? paragraph(option.feedback, "wb-user-text ws-reason") : null
      ]);
    }));
  }

  function justification(text) {
    return create("p", { className: "ws-justification" }, [
      create("strong", { text: gettext("Your justification:") }), " ", text
    ]);
  }

  function profile(items) {
    if (!items.length) { return []; }
    var chart = create("div", { className: "ws-chart", "aria-hidden": "true" }, items.map(function (item) {
      var bar = create("span", { className: "ws-bar" });
      bar.style.width = Math.round(item.score * 100) + "%";
      return create("div", { className: "ws-chart-row" }, [
        create("span", { className: "ws-chart-label", text: item.competency }),
        create("span", { className: "ws-bar-track" }, [bar]),
        create("span", { className: "ws-chart-value", text: percent(item.score) })
      ]);
    }));
    var table = create("table", { className: "ws-table" }, [
      create("caption", { text: gettext("Score per competency") }),
      headerRow([gettext("Competency"), gettext("Score"), gettext("Situations")]),
      create("tbody", {}, items.map(function (item) {
        return bodyRow([item.competency, percent(item.score), String(item.situations)]);
      }))
    ]);
    return [
      create("h4", { text: gettext("Your profile per competency") }),
      create("div", { className: "ws-profile" }, [chart, table])
    ];
  }

  /** The peers' columns of a format, and one option's cells in them. */
  function peerColumns(responseFormat, text) {
    if (responseFormat === "pick_best") { return [gettext("Chosen by")]; }
    if (responseFormat === "best_worst") { return [text.best, text.worst]; }
    if (responseFormat === "rate") { return [gettext("Mean rating")]; }
    return [gettext("Mean position"), gettext("Put first by")];
  }
  function peerCells(responseFormat, row) {
    if (responseFormat === "pick_best") { return [row.chosen + "%"]; }
    if (responseFormat === "best_worst") { return [row.best + "%", row.worst + "%"]; }
    if (responseFormat === "rate") { return [Wording.number(row.mean)]; }
    return [Wording.number(row.mean_position), row.first + "%"];
  }

  function peersTable(init, step) {
    if (!init.show_peers) { return null; }
    var peers = step.peers;
    if (!peers) {
      return paragraph(format(gettext("How others answered is shown once at least {count} others have answered."),
        { count: init.peer_minimum }), "wb-muted");
    }
    var caption = ngettext("How {count} other learner answered", "How {count} other learners answered", peers.count);
    return create("table", { className: "ws-table" }, [
      create("caption", { text: format(caption, { count: peers.count }) }),
      headerRow([gettext("Action")].concat(peerColumns(peers.format, Wording.labels(init.instruction)))),
      create("tbody", {}, peers.options.map(function (row) {
        return bodyRow([row.text].concat(peerCells(peers.format, row)));
      }))
    ]);
  }

  function review(init, steps) {
    if (!steps.length) { return []; }
    var items = steps.map(function (step) {
      var summary = format(gettext("{title}: {score}"), { title: step.title, score: percent(step.score) });
      var body = [create("summary", { text: summary })];
      if (step.revealed) { body.push(comparison(step.revealed, step.answer, init.instruction)); }
      if (step.justification) {
        body.push(create("p", {}, [
          create("strong", { text: gettext("Your justification:") }), " ", step.justification
        ]));
      }
      body.push(peersTable(init, step));
      return create("li", {}, [create("details", {}, body)]);
    });
    return [create("h4", { text: gettext("Situation by situation") }), create("ol", { className: "ws-review" }, items)];
  }

  function history(attempts) {
    if (!attempts.length) { return []; }
    var titles = [gettext("Attempt"), gettext("Finished"), gettext("Score"), gettext("Ending"), gettext("Path")];
    return [create("h4", { text: gettext("Your attempts") }), create("table", { className: "ws-table" }, [
      headerRow(titles),
      create("tbody", {}, attempts.map(function (item) {
        return bodyRow([String(item.number), Dom.formatDate(item.finished_at), percent(item.score), item.ending || "",
          item.path.join(" \u2192 ")]);
      }))
    ])];
  }

  global.WeerbaarScenarioParts = {
    heading: heading, paragraph: paragraph, button: button, comparison: comparison, justification: justification,
    profile: profile, peersTable: peersTable, review: review, history: history
  };
})(window);
