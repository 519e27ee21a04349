/* Casus, staff panel: per situation the distribution of answers, the mean score and where learners diverge
 * from the expert key; every attempt with its path and justifications; the CSV download. */
(function (global) {
  "use strict";
  var C = global.WeerbaarCommon, gettext = C.t, ngettext = C.nt, fmt = C.fmt, el = C.el;

  function pct(value) { return value === null || value === undefined ? "\u2013" : Math.round(value * 100) + "%"; }
  function num(value) {
    return value === null || value === undefined ? "\u2013" : Number(value).toLocaleString(document.documentElement.lang || "nl", { maximumFractionDigits: 2 });
  }
  function table(caption, headers, rows) {
    return el("table", { className: "ws-table" }, [
      el("caption", { text: caption }),
      el("thead", {}, [el("tr", {}, headers.map(function (h) { return el("th", { scope: "col", text: h }); }))]),
      el("tbody", {}, rows.map(function (cells) {
        return el("tr", {}, cells.map(function (cell, index) {
          var node = typeof cell === "string" ? null : cell;
          return index === 0 ? el("th", { scope: "row" }, [node || String(cell)]) : el("td", {}, [node || String(cell)]);
        }));
      }))
    ]);
  }

  var COLUMNS = {
    pick_best: function () { return [gettext("Chosen by"), gettext("Expert points"), gettext("Credit lost")]; },
    best_worst: function () { return [gettext("Named best"), gettext("Named worst"), gettext("Expert key"), gettext("Off the key")]; },
    rate: function () { return [gettext("Mean rating"), gettext("Experts' mean"), gettext("Difference")]; },
    rank: function () { return [gettext("Mean position"), gettext("Expert position"), gettext("Difference")]; }
  };

  function optionCells(format, row) {
    if (format === "pick_best") { return [row.chosen + "%", num(row.expert), num(row.gap)]; }
    if (format === "best_worst") {
      var key = row.expert === "best" ? gettext("best") : row.expert === "worst" ? gettext("worst") : "";
      return [row.best + "%", row.worst + "%", key, row.gap + "%"];
    }
    if (format === "rate") { return [num(row.mean), num(row.expert), num(row.gap)]; }
    return [num(row.mean_position), num(row.expert), num(row.gap)];
  }

  function situationSection(item) {
    var headers = [gettext("Option")].concat(COLUMNS[item.format]());
    var rows = item.options.map(function (row) {
      var label = el("span", {}, [row.text]);
      if (row.id === item.most_divergent) {
        label.appendChild(el("span", { className: "ws-flag", text: " " + gettext("(largest divergence)") }));
      }
      return [label].concat(optionCells(item.format, row));
    });
    var nodes = [
      el("h5", { text: item.title }),
      el("p", { text: fmt(gettext("Answers: {count}. Mean score: {score}. Divergence from the key: {divergence}."),
        { count: item.count, score: pct(item.mean_score), divergence: pct(item.divergence) }) })
    ];
    if (item.outdated) {
      nodes.push(el("p", { className: "wb-muted", text: fmt(ngettext(
        "{count} answer no longer fits this situation after an edit and is left out.",
        "{count} answers no longer fit this situation after an edit and are left out.", item.outdated), { count: item.outdated }) }));
    }
    nodes.push(table(fmt(gettext("Answers to '{title}'"), { title: item.title }), headers, rows));
    return el("section", { className: "ws-staff-situation" }, nodes);
  }

  function describe(answer, options) {
    var name = function (id) { return options[id] || id; };
    var value = answer.answer || {};
    if (!Object.keys(options).length) { return answer.text; }
    if (answer.format === "pick_best") { return name(value.choice); }
    if (answer.format === "best_worst") { return fmt(gettext("best: {best} / worst: {worst}"), { best: name(value.best), worst: name(value.worst) }); }
    if (answer.format === "rate") {
      return Object.keys(value.ratings || {}).map(function (id) { return name(id) + ": " + value.ratings[id]; }).join("; ");
    }
    return (value.order || []).map(function (id, index) { return (index + 1) + ". " + name(id); }).join(" ");
  }

  function attemptsTable(attempts, optionsBySituation) {
    var rows = attempts.map(function (item) {
      var steps = el("ol", {}, item.answers.map(function (answer) {
        var parts = [
          el("strong", { text: answer.title || answer.situation }), ": ",
          describe(answer, optionsBySituation[answer.situation] || {}), " (" + pct(answer.score) + ")"
        ];
        if (answer.withdrawn) { parts.push(" " + gettext("(withdrawn: the learner went back)")); }
        if (answer.removed) { parts.push(" " + gettext("(situation removed since)")); }
        if (answer.justification) { parts.push(el("br"), el("em", { text: fmt(gettext("Justification: {text}"), { text: answer.justification }) })); }
        return el("li", {}, parts);
      }));
      return [item.learner_name, String(item.number), item.finished_at ? pct(item.score) : gettext("in progress"),
        item.finished_at ? C.formatDate(item.finished_at) : "\u2013", steps];
    });
    return table(gettext("Attempts with path and justifications"),
      [gettext("Learner"), gettext("Attempt"), gettext("Score"), gettext("Finished"), gettext("Path, answers and justifications")], rows);
  }

  function render(body, report) {
    var optionsBySituation = {};
    report.situations.forEach(function (item) {
      var options = {};
      item.options.forEach(function (row) { options[row.id] = row.text; });
      optionsBySituation[item.situation] = options;
    });
    body.textContent = "";
    body.appendChild(el("p", { text: fmt(gettext("{learners} learners, {attempts} attempts."), { learners: report.learners, attempts: report.attempts.length }) }));
    body.appendChild(el("h4", { text: gettext("Per situation, largest divergence from the key first") }));
    report.situations.forEach(function (item) { body.appendChild(situationSection(item)); });
    body.appendChild(el("h4", { text: gettext("Attempts") }));
    body.appendChild(report.attempts.length ? attemptsTable(report.attempts, optionsBySituation) : el("p", { text: gettext("No attempts yet.") }));
  }

  global.WeerbaarScenarioStaff = function (runtime, host, root) {
    var panel = root.querySelector("[data-staff]");
    if (!panel) { return; }
    var load = panel.querySelector("[data-staff-load]"), body = panel.querySelector("[data-staff-body]");
    var error = panel.querySelector("[data-staff-error]");
    panel.querySelector("[data-staff-csv]").setAttribute("href", runtime.handlerUrl(host, "export_csv"));
    load.addEventListener("click", function () {
      var open = load.getAttribute("aria-expanded") === "true";
      if (open) { body.hidden = true; load.setAttribute("aria-expanded", "false"); return; }
      load.disabled = true;
      C.post(runtime, host, "staff_report", {}).then(function (result) {
        load.disabled = false;
        if (!result.ok) { error.textContent = result.data.error; return; }
        error.textContent = "";
        render(body, result.data);
        body.hidden = false;
        load.setAttribute("aria-expanded", "true");
        C.announce(root, gettext("The learners' answers are shown below."));
      });
    });
  };
})(window);
