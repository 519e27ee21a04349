/* Reflectiejournaal, course staff only: the review list (filter, search, sort, pages, counts, pseudonyms),
 * one entry with its versions and reviews, the review form and the CSV download.
 * Called by reflection.js as WeerbaarReflectionStaff(runtime, blockElement, staffSection). */
function WeerbaarReflectionStaff(runtime, element, root) {
  "use strict";
  var C = window.WeerbaarCommon, gettext = C.t, ngettext = C.nt, fmt = C.fmt, el = C.el;
  var host = element.jquery ? element[0] : element;
  var cfg = C.readJson(root, "[data-staff-config]");
  function q(selector) { return root.querySelector(selector); }
  var filters = q("[data-filters]"), rows = q("[data-rows]"), detail = q("[data-detail]"), error = q("[data-error]");
  var page = 1, opened = null;

  function query() {
    var f = filters.elements;
    return { status: f.status.value, search: f.search.value, sort: f.sort.value, hide_names: f.hide_names.checked, page: page };
  }
  function statusLabel(status) { return cfg.statuses[status] || status; }
  function person(name, hidden) { return hidden ? fmt(gettext("Learner {code}"), { code: name }) : name; }
  function words(count) { return fmt(ngettext("{count} word", "{count} words", count), { count: count }); }
  function points(count) { return fmt(ngettext("{count} point", "{count} points", count), { count: count }); }
  function exportLink() {
    q("[data-export]").href = runtime.handlerUrl(host, "export_csv", "", filters.elements.hide_names.checked ? "names=hidden" : "");
  }

  /* ---- the list ---- */
  function load() {
    return C.post(runtime, host, "review_list", query()).then(function (r) {
      if (!r.ok) { error.textContent = r.data.error; return; }
      var d = r.data;
      error.textContent = "";
      var counts = q("[data-counts]");
      counts.textContent = "";
      Object.keys(cfg.statuses).forEach(function (status) {
        counts.appendChild(el("li", { text: statusLabel(status) + ": " + (d.counts[status] || 0) }));
      });
      rows.textContent = "";
      d.rows.forEach(function (row) {
        var cells = [
          el("td", {}, [el("button", { type: "button", className: "wr-link", text: person(row.name, d.hide_names), "data-entry": row.entry_id,
            onclick: function () { open(row.entry_id); } })]),
          el("td", { text: statusLabel(row.status) })
        ];
        if (cfg.journal) { cells.push(el("td", { text: String(row.number) })); }
        cells.push(el("td", { text: C.formatDate(row.updated_at) }), el("td", { text: String(row.word_count) }));
        rows.appendChild(el("tr", {}, cells));
      });
      q("[data-empty]").hidden = d.rows.length > 0;
      page = d.page;
      q("[data-page-info]").textContent = fmt(gettext("Page {page} of {pages}"), { page: d.page, pages: d.pages }) +
        " · " + fmt(ngettext("{count} entry", "{count} entries", d.total), { count: d.total });
      q("[data-prev]").disabled = d.page <= 1;
      q("[data-next]").disabled = d.page >= d.pages;
      C.announce(root, fmt(ngettext("{count} entry found.", "{count} entries found.", d.total), { count: d.total }));
    });
  }

  /* ---- one entry ---- */
  function open(entryId) {
    opened = entryId;
    return C.post(runtime, host, "review_entry", { entry_id: entryId }).then(function (r) {
      if (!r.ok) { error.textContent = r.data.error; return; }
      error.textContent = "";
      show(r.data.entry);
    });
  }
  function close() {
    detail.hidden = true;
    detail.textContent = "";
    var button = opened && root.querySelector("[data-entry=\"" + opened + "\"]");
    if (button) { button.focus(); }
  }
  function answersView(answers) {
    return cfg.prompts.map(function (p) {
      return el("div", { className: "wr-answer" }, [
        el("h5", { text: p.question }),
        el("p", { className: "wb-user-text", text: (answers || {})[p.id] || "" })
      ]);
    });
  }
  function versionTitle(version) {
    return fmt(gettext("Version {number}, submitted on {date}"), { number: version.number, date: C.formatDate(version.submitted_at) });
  }
  function reviewView(review) {
    var parts = [
      el("p", { className: "wb-muted", text: [review.reviewer_name, C.formatDate(review.created_at),
        fmt(gettext("on version {number}"), { number: review.version })].filter(Boolean).join(" · ") }),
      el("p", { className: "wb-user-text", text: review.feedback })
    ];
    if (review.points !== null && review.points !== undefined) {
      parts.push(el("p", { text: fmt(gettext("Score: {points} of {max}"), { points: review.points, max: review.max_points }) }));
    }
    (review.scores || []).forEach(function (s) {
      parts.push(el("p", { text: s.criterion_label + ": " + s.level_label + " (" + points(s.points) + ")" }));
    });
    return el("div", { className: "wr-review" }, parts);
  }
  function show(entry) {
    detail.textContent = "";
    var title = el("h3", { tabindex: "-1", text: person(entry.name, entry.hide_names) +
      (cfg.journal ? " · " + fmt(gettext("Entry {number}"), { number: entry.number }) : "") });
    var add = function (node) { detail.appendChild(node); };
    add(title);
    add(el("p", { text: statusLabel(entry.status) + " · " + words(entry.word_count) }));
    add(el("button", { type: "button", className: "wb-button wb-secondary", text: gettext("Back to the list"), onclick: close }));
    if (!entry.version) {
      add(el("p", { className: "wb-muted", text: gettext("This learner has a draft but has not submitted it yet.") }));
    } else {
      var versions = entry.versions.slice(), latest = versions.pop();
      add(el("h4", { text: versionTitle(latest) }));
      answersView(latest.answers).forEach(add);
      if (versions.length) {
        add(el("details", {}, [el("summary", { text: gettext("Earlier versions") })].concat(versions.reverse().map(function (v) {
          return el("div", { className: "wr-version" }, [el("h5", { text: versionTitle(v) })].concat(answersView(v.answers)));
        }))));
      }
      if (entry.reviews.length) {
        add(el("h4", { text: gettext("Reviews so far") }));
        entry.reviews.forEach(function (review) { add(reviewView(review)); });
      }
      if (cfg.reviewed) { add(reviewForm(entry)); }
    }
    detail.hidden = false;
    title.focus();
  }

  /* ---- the review form ---- */
  function reviewForm(entry) {
    var form = q("[data-review-template]").content.firstElementChild.cloneNode(true);
    var prefix = "wr-review-" + entry.entry_id;
    var previous = entry.reviews[0] && entry.reviews[0].version === entry.version ? entry.reviews[0] : null;
    var feedback = form.elements.feedback, feedbackError = form.querySelector("[data-error-for=\"feedback\"]");
    feedback.id = prefix + "-feedback";
    feedbackError.id = feedback.id + "-error";
    feedback.setAttribute("aria-describedby", feedbackError.id);
    form.querySelector("[data-label-for=\"feedback\"]").htmlFor = feedback.id;
    feedback.value = previous ? previous.feedback : "";
    var scoring = form.querySelector("[data-scoring]");
    if (cfg.scored && cfg.rubric.length) {
      cfg.rubric.forEach(function (c) {
        var chosen = previous ? (previous.scores.filter(function (s) { return s.criterion === c.id; })[0] || {}).level : null;
        var errorId = prefix + "-" + c.id + "-error";
        var box = el("fieldset", { className: "wr-criterion", "aria-describedby": errorId }, [el("legend", { text: c.label })]);
        c.levels.forEach(function (level) {
          var id = prefix + "-" + c.id + "-" + level.id;
          box.appendChild(el("div", { className: "wr-level" }, [
            el("input", { type: "radio", id: id, name: prefix + "-" + c.id, value: level.id, checked: chosen === level.id, "data-criterion": c.id }),
            el("label", { "for": id, text: level.label + " (" + points(level.points) + ")" })
          ]));
        });
        box.appendChild(el("p", { className: "wb-error", id: errorId, "data-error-for": "levels." + c.id }));
        scoring.appendChild(box);
      });
    } else if (cfg.scored) {
      var id = prefix + "-points";
      scoring.appendChild(el("div", { className: "wb-field" }, [
        el("label", { "for": id, text: fmt(gettext("Score (0 to {max})"), { max: cfg.max_points }) }),
        el("input", { type: "number", id: id, name: "points", min: "0", max: String(cfg.max_points), step: "any",
          value: previous && previous.points !== null ? String(previous.points) : null, "aria-describedby": id + "-error" }),
        el("p", { className: "wb-error", id: id + "-error", "data-error-for": "points" })
      ]));
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); saveReview(form, entry); });
    return form;
  }
  function saveReview(form, entry) {
    var payload = { entry_id: entry.entry_id, version: entry.version, feedback: form.elements.feedback.value };
    if (cfg.scored && cfg.rubric.length) {
      payload.levels = {};
      cfg.rubric.forEach(function (c) {
        var chosen = form.querySelector("input[data-criterion=\"" + c.id + "\"]:checked");
        payload.levels[c.id] = chosen ? chosen.value : null;
      });
    } else if (cfg.scored) {
      var value = form.elements.points.value;
      payload.points = value === "" ? null : Number(value);
    }
    Array.prototype.forEach.call(form.querySelectorAll("[data-error-for]"), function (box) { box.textContent = ""; });
    C.post(runtime, host, "save_review", payload).then(function (r) {
      if (r.ok) {
        load();
        open(entry.entry_id).then(function () { C.announce(root, gettext("Review saved. The learner can now read it.")); });
        return;
      }
      var problems = r.data.problems || (r.data.field ? [{ field: r.data.field, message: r.data.error }] : []);
      problems.forEach(function (p) {
        var box = form.querySelector("[data-error-for=\"" + p.field + "\"]");
        if (box) { box.textContent = p.message; }
      });
      form.querySelector("[data-review-error]").textContent = r.data.error;
    });
  }

  filters.addEventListener("submit", function (event) { event.preventDefault(); page = 1; load(); });
  filters.elements.hide_names.addEventListener("change", function () { exportLink(); close(); load(); });
  q("[data-prev]").addEventListener("click", function () { page -= 1; load(); });
  q("[data-next]").addEventListener("click", function () { page += 1; load(); });
  exportLink();
  load();
}
