/* Reflectiejournaal, course staff only: the review list (filter, search, sort, pages, counts, pseudonyms),
 * one entry with its versions and reviews, and the CSV download; the review form is staff_review.js.
 * Called by journal.js as WeerbaarReflectionStaff(runtime, blockElement, staffSection). */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom, Review = global.WeerbaarReflectionReview;
  var gettext = Text.gettext, ngettext = Text.ngettext, format = Text.format, create = Dom.create;

  // view: { runtime, host, root, server, settings, filters, rows, detail, error, page, opened } — one staff panel.

  function find(view, selector) { return view.root.querySelector(selector); }
  function announce(view, text) { global.WeerbaarLiveRegion.announce(view.root, text); }
  function statusLabel(view, status) { return view.settings.statuses[status] || status; }
  function person(name, hidden) { return hidden ? format(gettext("Learner {code}"), { code: name }) : name; }
  function words(count) { return format(ngettext("{count} word", "{count} words", count), { count: count }); }

  function query(view) {
    var fields = view.filters.elements;
    return { status: fields.status.value, search: fields.search.value, sort: fields.sort.value,
      hide_names: fields.hide_names.checked, page: view.page, "case": fields["case"] ? fields["case"].value : "" };
  }

  function exportLink(view) {
    var names = view.filters.elements.hide_names.checked ? "names=hidden" : "";
    find(view, "[data-export]").href = view.runtime.handlerUrl(view.host, "export_csv", "", names);
  }

  /* ---- the list ---- */
  function showCounts(view, list) {
    var counts = find(view, "[data-counts]");
    counts.textContent = "";
    Object.keys(view.settings.statuses).forEach(function (status) {
      counts.appendChild(create("li", { text: statusLabel(view, status) + ": " + (list.counts[status] || 0) }));
    });
  }

  function listRow(view, row, hideNames) {
    var cells = [
      create("td", {}, [create("button", { type: "button", className: "wr-link", text: person(row.name, hideNames),
        "data-entry": row.entry_id, onclick: function () { open(view, row.entry_id); } })]),
      create("td", { text: statusLabel(view, row.status) })
    ];
    if (view.settings.journal) { cells.push(create("td", { text: String(row.number) })); }
    cells.push(create("td", { text: Dom.formatDate(row.updated_at) }), create("td", { text: String(row.word_count) }));
    return create("tr", {}, cells);
  }

  function showPaging(view, list) {
    view.page = list.page;
    var pageInfo = format(gettext("Page {page} of {pages}"), { page: list.page, pages: list.pages });
    var total = format(ngettext("{count} entry", "{count} entries", list.total), { count: list.total });
    find(view, "[data-page-info]").textContent = pageInfo + " · " + total;
    find(view, "[data-prev]").disabled = list.page <= 1;
    find(view, "[data-next]").disabled = list.page >= list.pages;
  }

  /** Loads the list; quiet: without announcing the count (another message has the floor). */
  function load(view, quiet) {
    return view.server.call("review_list", query(view)).then(function (result) {
      if (!result.ok) { view.error.textContent = result.data.error; return; }
      var list = result.data;
      view.error.textContent = "";
      showCounts(view, list);
      view.rows.textContent = "";
      list.rows.forEach(function (row) { view.rows.appendChild(listRow(view, row, list.hide_names)); });
      find(view, "[data-empty]").hidden = list.rows.length > 0;
      showPaging(view, list);
      if (quiet) { return; }
      var found = ngettext("{count} entry found.", "{count} entries found.", list.total);
      announce(view, format(found, { count: list.total }));
    });
  }

  /* ---- one entry ---- */
  /** Opens one entry; justSaved: a review of it was saved a moment ago, which the view confirms. */
  function open(view, entryId, justSaved) {
    view.opened = entryId;
    return view.server.call("review_entry", { entry_id: entryId }).then(function (result) {
      if (!result.ok) { view.error.textContent = result.data.error; return; }
      view.error.textContent = "";
      show(view, result.data.entry, justSaved);
    });
  }

  function close(view) {
    view.detail.hidden = true;
    view.detail.textContent = "";
    var button = view.opened && view.root.querySelector("[data-entry=\"" + view.opened + "\"]");
    if (button) { button.focus(); }
  }

  function answersView(view, answers) {
    return view.settings.prompts.map(function (prompt) {
      return create("div", { className: "wr-answer" }, [
        create("h5", { text: prompt.question }),
        create("p", { className: "wb-user-text", text: (answers || {})[prompt.id] || "" })
      ]);
    });
  }

  function versionTitle(version) {
    return format(gettext("Version {number}, submitted on {date}"),
      { number: version.number, date: Dom.formatDate(version.submitted_at) });
  }

  function reviewView(review) {
    var parts = [
      create("p", { className: "wb-muted", text: [review.reviewer_name, Dom.formatDate(review.created_at),
        format(gettext("on version {number}"), { number: review.version })].filter(Boolean).join(" · ") }),
      create("p", { className: "wb-user-text", text: review.feedback })
    ];
    if (review.points !== null && review.points !== undefined) {
      var score = format(gettext("Score: {points} of {max}"), { points: review.points, max: review.max_points });
      parts.push(create("p", { text: score }));
    }
    (review.scores || []).forEach(function (item) {
      parts.push(create("p", { text: item.criterion_label + ": " + item.level_label + " (" +
        Review.points(item.points) + ")" }));
    });
    return create("div", { className: "wr-review" }, parts);
  }

  /** The submitted entry: its latest version, the earlier ones folded, the reviews, the review form. */
  function submittedParts(view, entry, justSaved) {
    var versions = entry.versions.slice(), latest = versions.pop();
    var parts = [create("h4", { text: versionTitle(latest) })].concat(answersView(view, latest.answers));
    if (versions.length) {
      var earlier = versions.reverse().map(function (version) {
        var heading = create("h5", { text: versionTitle(version) });
        return create("div", { className: "wr-version" }, [heading].concat(answersView(view, version.answers)));
      });
      parts.push(create("details", {}, [create("summary", { text: gettext("Earlier versions") })].concat(earlier)));
    }
    if (entry.reviews.length) {
      parts.push(create("h4", { text: gettext("Reviews so far") }));
      entry.reviews.forEach(function (review) { parts.push(reviewView(review)); });
    }
    if (view.settings.reviewed) { parts.push(reviewArea(view, entry, justSaved)); }
    return parts;
  }

  function reviewForm(view, entry) {
    return Review.form({
      template: find(view, "[data-review-template]"), settings: view.settings, server: view.server, entry: entry,
      onSaved: function () { load(view, true); open(view, entry.entry_id, true); }
    });
  }

  /** The review form; closed behind "Change your review" once this version has one, and just saved: said so. */
  function reviewArea(view, entry, justSaved) {
    var reviewed = entry.reviews[0] && entry.reviews[0].version === entry.version;
    if (!reviewed) { return reviewForm(view, entry); }
    var area = create("div", { className: "wr-review-area" });
    var change = create("button", { type: "button", className: "wb-button wb-secondary",
      text: gettext("Change your review"), onclick: function () {
        area.textContent = "";
        var form = reviewForm(view, entry);
        area.appendChild(form);
        form.elements.feedback.focus();
      } });
    if (justSaved) {
      area.appendChild(create("p", { className: "wb-ok wr-saved", tabindex: "-1", "data-review-saved": "",
        text: gettext("Review saved. The learner can now read it.") }));
    }
    area.appendChild(change);
    return area;
  }

  function show(view, entry, justSaved) {
    var detail = view.detail, settings = view.settings;
    detail.textContent = "";
    var title = create("h3", { tabindex: "-1", text: person(entry.name, entry.hide_names) +
      (settings.journal ? " · " + format(gettext("Entry {number}"), { number: entry.number }) : "") });
    var parts = [title,
      create("p", { text: statusLabel(view, entry.status) + " · " + words(entry.word_count) }),
      create("button", { type: "button", className: "wb-button wb-secondary", text: gettext("Back to the list"),
        onclick: function () { close(view); } })];
    if (!entry.version) {
      parts.push(create("p", { className: "wb-muted",
        text: gettext("This learner has a draft but has not submitted it yet.") }));
    } else {
      parts = parts.concat(submittedParts(view, entry, justSaved));
    }
    var caseWork = global.WeerbaarReflectionCaseThread.view(entry.case_work);
    var entryBox = create("div", {}, parts);
    detail.classList.toggle("wr-with-case", Boolean(caseWork));
    [entryBox, caseWork].forEach(function (node) { if (node) { detail.appendChild(node); } });
    detail.hidden = false;
    (detail.querySelector("[data-review-saved]") || title).focus();
  }

  function wire(view) {
    var filters = view.filters;
    filters.addEventListener("submit", function (event) { event.preventDefault(); view.page = 1; load(view); });
    filters.elements.hide_names.addEventListener("change", function () { exportLink(view); close(view); load(view); });
    find(view, "[data-prev]").addEventListener("click", function () { view.page -= 1; load(view); });
    find(view, "[data-next]").addEventListener("click", function () { view.page += 1; load(view); });
  }

  function WeerbaarReflectionStaff(runtime, element, root) {
    var host = Dom.rootOf(element);
    var view = { runtime: runtime, host: host, root: root, server: global.WeerbaarServer(runtime, host),
      settings: Dom.readJson(root, "[data-staff-config]"), filters: root.querySelector("[data-filters]"),
      rows: root.querySelector("[data-rows]"), detail: root.querySelector("[data-detail]"),
      error: root.querySelector("[data-error]"), page: 1, opened: null };
    wire(view);
    exportLink(view);
    load(view);
  }

  global.WeerbaarReflectionStaff = WeerbaarReflectionStaff;
})(window);
