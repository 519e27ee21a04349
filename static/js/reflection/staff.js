/* Reflectiejournaal, course staff only: the review list (filter, search, sort, pages, counts, pseudonyms),
 * one entry with its versions and reviews, the review form and the CSV download.
 * Called by journal.js as WeerbaarReflectionStaff(runtime, blockElement, staffSection). */
function WeerbaarReflectionStaff(runtime, element, root) {
  "use strict";
  var text = window.WeerbaarText, dom = window.WeerbaarDom, announce = window.WeerbaarLiveRegion.announce;
  var gettext = text.gettext, ngettext = text.ngettext, fmt = text.format, el = dom.create;
  var host = dom.rootOf(element), server = window.WeerbaarServer(runtime, host);
  var settings = dom.readJson(root, "[data-staff-config]");
  function find(selector) { return root.querySelector(selector); }
  var filters = find("[data-filters]"), rows = find("[data-rows]"), detail = find("[data-detail]");
  var error = find("[data-error]");
  var page = 1, opened = null;

  function query() {
    var fields = filters.elements;
    return { status: fields.status.value, search: fields.search.value, sort: fields.sort.value,
      hide_names: fields.hide_names.checked, page: page };
  }
  function statusLabel(status) { return settings.statuses[status] || status; }
  function person(name, hidden) { return hidden ? fmt(gettext("Learner {code}"), { code: name }) : name; }
  function words(count) { return fmt(ngettext("{count} word", "{count} words", count), { count: count }); }
  function points(count) { return fmt(ngettext("{count} point", "{count} points", count), { count: count }); }
  function exportLink() {
    var names = filters.elements.hide_names.checked ? "names=hidden" : "";
    find("[data-export]").href = runtime.handlerUrl(host, "export_csv", "", names);
  }

  /* ---- the list ---- */
  function load() {
    return server.call("review_list", query()).then(function (result) {
      if (!result.ok) { error.textContent = result.data.error; return; }
      var list = result.data;
      error.textContent = "";
      var counts = find("[data-counts]");
      counts.textContent = "";
      Object.keys(settings.statuses).forEach(function (status) {
        counts.appendChild(el("li", { text: statusLabel(status) + ": " + (list.counts[status] || 0) }));
      });
      rows.textContent = "";
      list.rows.forEach(function (row) {
        var cells = [
          el("td", {}, [el("button", { type: "button", className: "wr-link", text: person(row.name, list.hide_names),
            "data-entry": row.entry_id, onclick: function () { open(row.entry_id); } })]),
          el("td", { text: statusLabel(row.status) })
        ];
        if (settings.journal) { cells.push(el("td", { text: String(row.number) })); }
        cells.push(el("td", { text: dom.formatDate(row.updated_at) }), el("td", { text: String(row.word_count) }));
        rows.appendChild(el("tr", {}, cells));
      });
      find("[data-empty]").hidden = list.rows.length > 0;
      page = list.page;
      var pageInfo = fmt(gettext("Page {page} of {pages}"), { page: list.page, pages: list.pages });
      var total = fmt(ngettext("{count} entry", "{count} entries", list.total), { count: list.total });
      find("[data-page-info]").textContent = pageInfo + " · " + total;
      find("[data-prev]").disabled = list.page <= 1;
      find("[data-next]").disabled = list.page >= list.pages;
      var found = ngettext("{count} entry found.", "{count} entries found.", list.total);
      announce(root, fmt(found, { count: list.total }));
    });
  }

  /* ---- one entry ---- */
  function open(entryId) {
    opened = entryId;
    return server.call("review_entry", { entry_id: entryId }).then(function (result) {
      if (!result.ok) { error.textContent = result.data.error; return; }
      error.textContent = "";
      show(result.data.entry);
    });
  }
  function close() {
    detail.hidden = true;
    detail.textContent = "";
    var button = opened && root.querySelector("[data-entry=\"" + opened + "\"]");
    if (button) { button.focus(); }
  }
  function answersView(answers) {
    return settings.prompts.map(function (prompt) {
      return el("div", { className: "wr-answer" }, [
        el("h5", { text: prompt.question }),
        el("p", { className: "wb-user-text", text: (answers || {})[prompt.id] || "" })
      ]);
    });
  }
  function versionTitle(version) {
    return fmt(gettext("Version {number}, submitted on {date}"),
      { number: version.number, date: dom.formatDate(version.submitted_at) });
  }
  function reviewView(review) {
    var parts = [
      el("p", { className: "wb-muted", text: [review.reviewer_name, dom.formatDate(review.created_at),
        fmt(gettext("on version {number}"), { number: review.version })].filter(Boolean).join(" · ") }),
      el("p", { className: "wb-user-text", text: review.feedback })
    ];
    if (review.points !== null && review.points !== undefined) {
      var score = fmt(gettext("Score: {points} of {max}"), { points: review.points, max: review.max_points });
      parts.push(el("p", { text: score }));
    }
    (review.scores || []).forEach(function (item) {
      parts.push(el("p", { text: item.criterion_label + ": " + item.level_label + " (" + points(item.points) + ")" }));
    });
    return el("div", { className: "wr-review" }, parts);
  }
  function show(entry) {
    detail.textContent = "";
    var title = el("h3", { tabindex: "-1", text: person(entry.name, entry.hide_names) +
      (settings.journal ? " · " + fmt(gettext("Entry {number}"), { number: entry.number }) : "") });
    var add = function (node) { detail.appendChild(node); };
    add(title);
    add(el("p", { text: statusLabel(entry.status) + " · " + words(entry.word_count) }));
    add(el("button", { type: "button", className: "wb-button wb-secondary", text: gettext("Back to the list"),
      onclick: close }));
    if (!entry.version) {
      add(el("p", { className: "wb-muted", text: gettext("This learner has a draft but has not submitted it yet.") }));
    } else {
      var versions = entry.versions.slice(), latest = versions.pop();
      add(el("h4", { text: versionTitle(latest) }));
      answersView(latest.answers).forEach(add);
      if (versions.length) {
        var earlier = versions.reverse().map(function (version) {
          var heading = el("h5", { text: versionTitle(version) });
          return el("div", { className: "wr-version" }, [heading].concat(answersView(version.answers)));
        });
        add(el("details", {}, [el("summary", { text: gettext("Earlier versions") })].concat(earlier)));
      }
      if (entry.reviews.length) {
        add(el("h4", { text: gettext("Reviews so far") }));
        entry.reviews.forEach(function (review) { add(reviewView(review)); });
      }
      if (settings.reviewed) { add(reviewForm(entry)); }
    }
    detail.hidden = false;
    title.focus();
  }

  /* ---- the review form ---- */
  function reviewForm(entry) {
    var form = find("[data-review-template]").content.firstElementChild.cloneNode(true);
    var prefix = "wr-review-" + entry.entry_id;
    var previous = entry.reviews[0] && entry.reviews[0].version === entry.version ? entry.reviews[0] : null;
    var feedback = form.elements.feedback, feedbackError = form.querySelector("[data-error-for=\"feedback\"]");
    feedback.id = prefix + "-feedback";
    feedbackError.id = feedback.id + "-error";
    feedback.setAttribute("aria-describedby", feedbackError.id);
    form.querySelector("[data-label-for=\"feedback\"]").htmlFor = feedback.id;
    feedback.value = previous ? previous.feedback : "";
    var scoring = form.querySelector("[data-scoring]");
    if (settings.scored && settings.rubric.length) {
      settings.rubric.forEach(function (criterion) { scoring.appendChild(criterionBox(criterion, prefix, previous)); });
    } else if (settings.scored) {
      scoring.appendChild(pointsField(prefix, previous));
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); saveReview(form, entry); });
    return form;
  }
  function criterionBox(criterion, prefix, previous) {
    var scored = previous && previous.scores.filter(function (score) { return score.criterion === criterion.id; })[0];
    var chosen = scored ? scored.level : null, errorId = prefix + "-" + criterion.id + "-error";
    var box = el("fieldset", { className: "wr-criterion", "aria-describedby": errorId },
      [el("legend", { text: criterion.label })]);
    criterion.levels.forEach(function (level) {
      var id = prefix + "-" + criterion.id + "-" + level.id;
      box.appendChild(el("div", { className: "wr-level" }, [
        el("input", { type: "radio", id: id, name: prefix + "-" + criterion.id, value: level.id,
          checked: chosen === level.id, "data-criterion": criterion.id }),
        el("label", { "for": id, text: level.label + " (" + points(level.points) + ")" })
      ]));
    });
    box.appendChild(el("p", { className: "wb-error", id: errorId, "data-error-for": "levels." + criterion.id }));
    return box;
  }
  function pointsField(prefix, previous) {
    var id = prefix + "-points";
    return el("div", { className: "wb-field" }, [
      el("label", { "for": id, text: fmt(gettext("Score (0 to {max})"), { max: settings.max_points }) }),
      el("input", { type: "number", id: id, name: "points", min: "0", max: String(settings.max_points), step: "any",
        value: previous && previous.points !== null ? String(previous.points) : null,
        "aria-describedby": id + "-error" }),
      el("p", { className: "wb-error", id: id + "-error", "data-error-for": "points" })
    ]);
  }
  function saveReview(form, entry) {
    var payload = { entry_id: entry.entry_id, version: entry.version, feedback: form.elements.feedback.value };
    if (settings.scored && settings.rubric.length) {
      payload.levels = {};
      settings.rubric.forEach(function (criterion) {
        var chosen = form.querySelector("input[data-criterion=\"" + criterion.id + "\"]:checked");
        payload.levels[criterion.id] = chosen ? chosen.value : null;
      });
    } else if (settings.scored) {
      var value = form.elements.points.value;
      payload.points = value === "" ? null : Number(value);
    }
    var problems = window.WeerbaarFieldProblems(form, {
      boxFor: function (path) { return form.querySelector("[data-error-for=\"" + path + "\"]"); },
      generalBox: form.querySelector("[data-review-error]")
    });
    problems.clear();
    server.call("save_review", payload).then(function (result) {
      if (result.ok) {
        load();
        open(entry.entry_id).then(function () {
          announce(root, gettext("Review saved. The learner can now read it."));
        });
        return;
      }
      var data = result.data;
      problems.show(data.problems || (data.field ? [{ field: data.field, message: data.error }] : []), data.error);
    });
  }

  filters.addEventListener("submit", function (event) { event.preventDefault(); page = 1; load(); });
  filters.elements.hide_names.addEventListener("change", function () { exportLink(); close(); load(); });
  find("[data-prev]").addEventListener("click", function () { page -= 1; load(); });
  find("[data-next]").addEventListener("click", function () { page += 1; load(); });
  exportLink();
  load();
}
