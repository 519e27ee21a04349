/* Casus, staff panel: per situation the distribution of answers, the mean score and where learners diverge
 * from the expert key; every attempt with its path and justifications; the CSV download. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioStaff) { return; }
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom;
  var gettext = Text.gettext, ngettext = Text.ngettext, format = Text.format, create = Dom.create;
  var DASH = "\u2013";

  function percent(value) { return value === null || value === undefined ? DASH : Math.round(value * 100) + "%"; }
  function number(value) {
    if (value === null || value === undefined) { return DASH; }
    return Number(value).toLocaleString(document.documentElement.lang || "nl", { maximumFractionDigits: 2 });
  }

  /** A table whose cells are texts or nodes; the first cell of each row is its header. */
  function table(caption, headers, rows) {
    return create("table", { className: "ws-table" }, [
      create("caption", { text: caption }),
      create("thead", {}, [create("tr", {}, headers.map(function (header) {
        return create("th", { scope: "col", text: header });
      }))]),
      create("tbody", {}, rows.map(function (cells) {
        return create("tr", {}, cells.map(function (cell, index) {
          var content = cell !== null && typeof cell === "object" ? cell : String(cell);
          return index === 0 ? create("th", { scope: "row" }, [content]) : create("td", {}, [content]);
        }));
      }))
    ]);
  }

  function columns(responseFormat) {
    if (responseFormat === "pick_best") {
      return [gettext("Chosen by"), gettext("Expert points"), gettext("Score lost through this option")];
    }
    if (responseFormat === "best_worst") {
      return [gettext("Named best"), gettext("Named worst"), gettext("Expert key"), gettext("Off the key")];
    }
    if (responseFormat === "rate") { return [gettext("Mean rating"), gettext("Experts' mean"), gettext("Difference")]; }
    return [gettext("Mean position"), gettext("Expert position"), gettext("Difference")];
  }

  function optionCells(responseFormat, row) {
    if (responseFormat === "pick_best") { return [row.chosen + "%", number(row.expert), number(row.gap) + "%"]; }
    if (responseFormat === "best_worst") {
      var key = row.expert === "best" ? gettext("best") : row.expert === "worst" ? gettext("worst") : "";
      return [row.best + "%", row.worst + "%", key, row.gap + "%"];
    }
    if (responseFormat === "rate") { return [number(row.mean), number(row.expert), number(row.gap)]; }
    return [number(row.mean_position), number(row.expert), number(row.gap)];
  }

  function situationSection(item) {
    var rows = item.options.map(function (row) {
      var label = create("span", {}, [row.text]);
      if (row.id === item.most_divergent) {
        label.appendChild(create("span", { className: "ws-flag", text: " " + gettext("(largest divergence)") }));
      }
      return [label].concat(optionCells(item.format, row));
    });
    var counts = format(gettext("Answers: {count}. Mean score: {score}. Divergence from the key: {divergence}."),
      { count: item.count, score: percent(item.mean_score), divergence: percent(item.divergence) });
    var nodes = [create("h5", { text: item.title }), create("p", { text: counts })];
    if (item.outdated) {
      var outdated = ngettext("{count} answer no longer fits this situation after an edit and is left out.",
        "{count} answers no longer fit this situation after an edit and are left out.", item.outdated);
      nodes.push(create("p", { className: "wb-muted", text: format(outdated, { count: item.outdated }) }));
    }
    var headers = [gettext("Option")].concat(columns(item.format));
    nodes.push(table(format(gettext("Answers to '{title}'"), { title: item.title }), headers, rows));
    return create("section", { className: "ws-staff-situation" }, nodes);
  }

  /** An answer in words: option texts instead of ids where they are known. */
  function describe(answer, options) {
    var name = function (id) { return options[id] || id; };
    var value = answer.answer || {};
    if (!Object.keys(options).length) { return answer.text; }
    if (answer.format === "pick_best") { return name(value.choice); }
    if (answer.format === "best_worst") {
      return format(gettext("best: {best} / worst: {worst}"), { best: name(value.best), worst: name(value.worst) });
    }
    if (answer.format === "rate") {
      return Object.keys(value.ratings || {}).map(function (id) { return name(id) + ": " + value.ratings[id]; })
        .join("; ");
    }
    return (value.order || []).map(function (id, index) { return (index + 1) + ". " + name(id); }).join(" ");
  }

  function step(answer, options) {
    var parts = [
      create("strong", { text: answer.title || answer.situation }), ": ", describe(answer, options),
      " (" + percent(answer.score) + ")"
    ];
    if (answer.withdrawn) { parts.push(" " + gettext("(withdrawn: the learner went back)")); }
    if (answer.removed) { parts.push(" " + gettext("(situation removed since)")); }
    if (answer.justification) {
      var text = format(gettext("Justification: {text}"), { text: answer.justification });
      parts.push(create("br"), create("em", { text: text }));
    }
    return create("li", {}, parts);
  }

  /** An attempt's path folded to one line: the summary counts the answers, opening it shows them. */
  function folded(item, optionsBySituation) {
    var count = item.answers.length;
    var label = format(ngettext("{count} answer", "{count} answers", count), { count: count });
    if (!count) { return create("span", { text: label }); }
    return create("details", { className: "ws-attempt-path" }, [
      create("summary", { text: label }),
      create("ol", {}, item.answers.map(function (answer) {
        return step(answer, optionsBySituation[answer.situation] || {});
      }))
    ]);
  }

  function attemptsTable(attempts, optionsBySituation) {
    var rows = attempts.map(function (item) {
      var steps = folded(item, optionsBySituation);
      var number = String(item.number) + (item.first ? " " + gettext("(first finished)") : "");
      if (item.hidden) {
        var more = ngettext("{count} more attempt of this learner is in the CSV.",
          "{count} more attempts of this learner are in the CSV.", item.hidden);
        steps = create("div", {}, [steps, create("p", { className: "wb-muted",
          text: format(more, { count: item.hidden }) })]);
      }
      return [item.learner_name, number, item.finished_at ? percent(item.score) : gettext("in progress"),
        item.finished_at ? Dom.formatDate(item.finished_at) : DASH, item.ending_title || DASH, steps];
    });
    var headers = [gettext("Learner"), gettext("Attempt"), gettext("Score"), gettext("Finished"), gettext("Ending"),
      gettext("Path, answers and justifications")];
    return table(gettext("Attempts with path and justifications"), headers, rows);
  }

  /** A search box over the attempts table: rows whose learner name does not contain the words are hidden, and
   * how many are shown is said (politely, to screen readers too). */
  function nameSearch(tableNode) {
    var id = "ws-search-" + Math.random().toString(36).slice(2);
    var input = create("input", { type: "search", id: id, autocomplete: "off" });
    var status = create("p", { className: "wb-muted", "aria-live": "polite" });
    var rows = Array.prototype.slice.call(tableNode.querySelectorAll("tbody tr"));
    input.addEventListener("input", function () {
      var wanted = input.value.trim().toLocaleLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var match = row.cells[0].textContent.toLocaleLowerCase().indexOf(wanted) !== -1;
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      status.textContent = wanted ? format(gettext("{shown} of {total} attempts match."),
        { shown: shown, total: rows.length }) : "";
    });
    return create("div", { className: "wb-field ws-search" }, [
      create("label", { "for": id, text: gettext("Search by learner name") }), input, status
    ]);
  }

  /** What the report's bounds left out, said in words: no limit hides data silently. */
  function limits(report) {
    var said = [];
    if (report.shown < report.total) {
      said.push(format(gettext("Showing {shown} of {total} attempts: per learner the first finished attempt and " +
        "the newest ones. The CSV has all."), { shown: report.shown, total: report.total }));
    }
    if (report.learners_shown < report.learners) {
      said.push(format(gettext("Showing {shown} of {total} learners. The CSV has all."),
        { shown: report.learners_shown, total: report.learners }));
    }
    return said;
  }

  function render(body, report) {
    var optionsBySituation = {};
    report.situations.forEach(function (item) {
      var options = {};
      item.options.forEach(function (row) { options[row.id] = row.text; });
      optionsBySituation[item.situation] = options;
    });
    var totals = format(gettext("{learners} learners, {attempts} attempts."),
      { learners: report.learners, attempts: report.total });
    body.textContent = "";
    body.appendChild(create("p", { text: totals }));
    limits(report).forEach(function (text) { body.appendChild(create("p", { className: "ws-limit", text: text })); });
    body.appendChild(create("h4", { text: gettext("Per situation, largest divergence from the key first") }));
    report.situations.forEach(function (item) { body.appendChild(situationSection(item)); });
    body.appendChild(create("h4", { text: gettext("Attempts") }));
    if (!report.attempts.length) {
      body.appendChild(create("p", { text: gettext("No attempts yet.") }));
      return;
    }
    var attempts = attemptsTable(report.attempts, optionsBySituation);
    body.appendChild(nameSearch(attempts));
    body.appendChild(attempts);
  }

  /** Wires the panel of the learner view (root) when the viewer is staff; server: the view's WeerbaarServer. */
  global.WeerbaarScenarioStaff = function (server, root) {
    var panel = root.querySelector("[data-staff]");
    if (!panel) { return; }
    var load = panel.querySelector("[data-staff-load]"), body = panel.querySelector("[data-staff-body]");
    var error = panel.querySelector("[data-staff-error]");
    panel.querySelector("[data-staff-csv]").setAttribute("href", server.url("export_csv"));
    load.addEventListener("click", function () {
      if (load.getAttribute("aria-expanded") === "true") {
        body.hidden = true;
        load.setAttribute("aria-expanded", "false");
        return;
      }
      load.disabled = true;
      server.call("staff_report", {}).then(function (result) {
        load.disabled = false;
        if (!result.ok) { error.textContent = result.data.error; return; }
        error.textContent = "";
        render(body, result.data);
        body.hidden = false;
        load.setAttribute("aria-expanded", "true");
        global.WeerbaarLiveRegion.announce(root, gettext("The learners' answers are shown below."));
      });
    });
  };
})(window);
