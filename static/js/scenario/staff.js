/* Casus, staff panel: per situation the distribution of answers, the mean score and where learners diverge
 * from the expert key; the attempts, 50 a page, searched by name on the server, each folded to one line with its
 * path and justifications; the CSV download. */
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
      var number = String(item.number) + (item.first ? " " + gettext("(first finished)") : "");
      return [item.learner_name, number, item.finished_at ? percent(item.score) : gettext("in progress"),
        item.finished_at ? Dom.formatDate(item.finished_at) : DASH, item.ending_title || DASH,
        folded(item, optionsBySituation)];
    });
    var headers = [gettext("Learner"), gettext("Attempt"), gettext("Score"), gettext("Finished"), gettext("Ending"),
      gettext("Path, answers and justifications")];
    return table(gettext("Attempts with path and justifications"), headers, rows);
  }

  function button(text, onClick) {
    var node = create("button", { type: "button", className: "wb-button wb-secondary", text: text });
    node.addEventListener("click", onClick);
    return node;
  }

  /** A search on the server by learner name: every page holds only matching attempts. */
  function searchForm(view) {
    var id = "ws-search-" + Math.random().toString(36).slice(2);
    var input = create("input", { type: "search", id: id, autocomplete: "off", maxLength: 100 });
    var form = create("form", { className: "wb-field ws-search", role: "search" }, [
      create("label", { "for": id, text: gettext("Search by learner name") }), input,
      create("button", { type: "submit", className: "wb-button wb-secondary", text: gettext("Search") })
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      view.query = { page: 1, search: input.value.trim() };
      view.focus = input;
      view.load();
    });
    return form;
  }

  /** Previous and next page, and which attempts of how many are shown (said to screen readers as it changes). */
  function pager(view, report) {
    var first = report.total ? (report.page - 1) * report.page_size + 1 : 0;
    var last = Math.min(report.total, report.page * report.page_size);
    var said = format(gettext("Page {page} of {pages}"), report) + ". " +
      format(gettext("Attempts {first}-{last} of {total}."), { first: first, last: last, total: report.total });
    function go(step, name) {
      return function () {
        view.query = { page: report.page + step, search: report.search };
        view.focus = name;
        view.load();
      };
    }
    var previous = button(gettext("Previous page"), go(-1, "previous"));
    var next = button(gettext("Next page"), go(1, "next"));
    previous.disabled = report.page <= 1;
    next.disabled = report.page >= report.pages;
    return create("nav", { className: "ws-pager", "aria-label": gettext("Pages of attempts") }, [
      previous, create("span", { "aria-live": "polite", text: said }), next
    ]);
  }

  function attemptsPart(view, report, optionsBySituation) {
    var nodes = [];
    if (!report.attempts.length) {
      nodes.push(create("p", { text: report.search ? format(gettext("No attempts of a learner named '{name}'."),
        { name: report.search }) : gettext("No attempts yet.") }));
    } else {
      nodes.push(attemptsTable(report.attempts, optionsBySituation));
    }
    var part = create("div", { className: "ws-attempts" }, nodes);
    var controls = pager(view, report);
    part.appendChild(controls);
    return { node: part, controls: controls };
  }

  function render(view, report) {
    var optionsBySituation = {};
    report.situations.forEach(function (item) {
      var options = {};
      item.options.forEach(function (row) { options[row.id] = row.text; });
      optionsBySituation[item.situation] = options;
    });
    var body = view.body;
    if (!view.attempts) {  // the first load: totals, situations, the search; later loads change the attempts only
      var totals = format(gettext("{learners} learners, {attempts} attempts."),
        { learners: report.learners, attempts: report.total });
      body.textContent = "";
      body.appendChild(create("p", { text: totals }));
      body.appendChild(create("h4", { text: gettext("Per situation, largest divergence from the key first") }));
      report.situations.forEach(function (item) { body.appendChild(situationSection(item)); });
      body.appendChild(create("h4", { text: gettext("Attempts") }));
      body.appendChild(searchForm(view));
    } else {
      body.removeChild(view.attempts);
    }
    var part = attemptsPart(view, report, optionsBySituation);
    view.attempts = part.node;
    body.appendChild(part.node);
    var focus = view.focus === "previous" || view.focus === "next" ? part.controls.querySelector(
      view.focus === "previous" ? "button" : "button:last-child") : view.focus;
    if (focus && focus.disabled) { focus = part.controls.querySelector("button:not([disabled])"); }
    if (focus) { focus.focus(); }
    view.focus = null;
  }

  /** Wires the panel of the learner view (root) when the viewer is staff; server: the view's WeerbaarServer. */
  global.WeerbaarScenarioStaff = function (server, root) {
    var panel = root.querySelector("[data-staff]");
    if (!panel) { return; }
    var load = panel.querySelector("[data-staff-load]");
    var error = panel.querySelector("[data-staff-error]");
    var view = { body: panel.querySelector("[data-staff-body]"), query: { page: 1, search: "" }, attempts: null,
      focus: null };
    panel.querySelector("[data-staff-csv]").setAttribute("href", server.url("export_csv"));
    view.load = function (opening) {
      return server.call("staff_report", view.query).then(function (result) {
        if (!result.ok) { error.textContent = result.data.error; return false; }
        error.textContent = "";
        render(view, result.data);
        if (opening) { global.WeerbaarLiveRegion.announce(root, gettext("The learners' answers are shown below.")); }
        return true;
      });
    };
    load.addEventListener("click", function () {
      if (load.getAttribute("aria-expanded") === "true") {
        view.body.hidden = true;
        load.setAttribute("aria-expanded", "false");
        return;
      }
      load.disabled = true;
      view.attempts = null;
      view.query = { page: 1, search: "" };
      view.load(true).then(function (shown) {
        load.disabled = false;
        if (!shown) { return; }
        view.body.hidden = false;
        load.setAttribute("aria-expanded", "true");
      });
    });
  };
})(window);
