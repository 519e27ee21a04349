/* Netwerkkaart instructor view (course staff only): the class overlay — one map where each actor's size and
 * each relation's width shows how many learners included it, with a table of the same numbers — the learners'
 * maps 50 to a page with a search by name, each learner's submitted map read-only with its comparison, and
 * CSV/JSON exports. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkStaff) { return; }
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom, gettext = Text.gettext, format = Text.format;
  var create = Dom.create;

  function percent(value) { return value === null || value === undefined ? "—" : Math.round(value * 100) + "%"; }
  function yesNo(value) { return value ? gettext("yes") : gettext("no"); }
  function headRow(head) {
    return create("thead", {}, [create("tr", {}, head.map(function (text) {
      return create("th", { scope: "col", text: text });
    }))]);
  }

  /** A table whose rows are plain values, the first of each a row header. */
  function table(caption, head, rows) {
    // plain values only: the box takes the focus so that keyboard users can scroll it on a narrow screen
    var body = create("tbody", {}, rows.map(function (cells) {
      return create("tr", {}, cells.map(function (cell, column) {
        return create(column ? "td" : "th", column ? { text: String(cell) } : { scope: "row", text: String(cell) });
      }));
    }));
    var content = create("table", { className: "wb-net-table" },
      [create("caption", { text: caption }), headRow(head), body]);
    var box = { className: "wb-table-box", tabindex: "0", role: "region", "aria-label": caption };
    return create("div", box, [content]);
  }

  /** The overlay as a map the canvas can draw: actors keyed by their overlay key, with their counts. */
  function overlayMap(overlay) {
    return {
      actors: overlay.actors.map(function (actor) {
        return { id: actor.key, label: actor.label, type: actor.type, ring: actor.ring, sector: actor.sector,
          x: actor.x, y: actor.y, count: actor.count };
      }),
      relations: overlay.relations.map(function (relation, position) {
        return { id: "o" + position, source: relation.source, target: relation.target, type: relation.type,
          direction: "none", strength: "normal", count: relation.count };
      })
    };
  }

  function overlayTables(part, overlay, config) {
    var labels = {}, types = {};
    overlay.actors.forEach(function (actor) { labels[actor.key] = actor.label; });
    config.relation_types.forEach(function (kind) { types[kind.id] = kind.label; });
    part.appendChild(table(gettext("Actors in the class overlay"),
      [gettext("Actor"), gettext("Learners"), gettext("On the experts' map")],
      overlay.actors.map(function (actor) { return [actor.label, actor.count, yesNo(actor.in_reference)]; })));
    part.appendChild(table(gettext("Relations in the class overlay"),
      [gettext("From"), gettext("To"), gettext("Type"), gettext("Learners"), gettext("On the experts' map")],
      overlay.relations.map(function (relation) {
        return [labels[relation.source] || relation.source, labels[relation.target] || relation.target,
          types[relation.type] || relation.type, relation.count, yesNo(relation.in_reference)];
      })));
  }

  function overlayPart(data) {
    var overlay = data.overlay, learners = Math.max(1, overlay.learners);
    var part = create("div", { className: "wb-net-staff-part" }, [
      create("h4", { text: gettext("Class overlay") }),
      create("p", { text: format(Text.ngettext("{count} learner has submitted a map.",
        "{count} learners have submitted a map.", overlay.learners), { count: overlay.learners }) }),
      create("p", { className: "wb-muted",
        text: gettext("The size of an actor and the width of a line show how many learners included it.") })
    ]);
    if (data.graded && data.found && data.found.mean_score !== null) {
      part.appendChild(create("p", { text: format(gettext("Mean score of the class: {score}"),
        { score: percent(data.found.mean_score) }) }));
    }
    var host = create("div", { className: "wb-net-canvas" });
    part.appendChild(host);
    new global.WeerbaarNetworkCanvas(host, new global.WeerbaarNetworkModel(data.config, overlayMap(overlay),
      { readOnly: true }), {
      readOnly: true,
      label: gettext("Class overlay of all submitted maps. The tables below give the numbers."),
      scaleOf: function (actor) { return 0.6 + 1.1 * Math.sqrt(actor.count / learners); },
      widthOf: function (relation) { return 1 + 9 * relation.count / learners; },
      suffix: function (actor) { return " (" + actor.count + ")"; }
    });
    overlayTables(part, overlay, data.config);
    return part;
  }

  function learnerRow(learner, graded, show) {
    var summary = learner.summary;
    var button = create("button", { type: "button", className: "wb-button wb-secondary wb-net-small",
      text: gettext("Show map"), "aria-label": format(gettext("Show the map of {name}"), { name: learner.name }),
      onclick: function () { show(learner); } });
    var found = format(gettext("{found} of {total}"),
      { found: summary.actors_matched, total: summary.actors_matched + summary.actors_missing });
    var cells = [create("th", { scope: "row", className: "wb-user-text", text: learner.name }),
      create("td", { text: Dom.formatDate(learner.submitted_at) }), create("td", { text: String(learner.actors) }),
      create("td", { text: String(learner.relations) }), create("td", { text: found }),
      create("td", { text: String(summary.relations_correct) })];
    if (graded) { cells.push(create("td", { text: percent(summary.score) })); }
    cells.push(create("td", {}, [button]));
    return create("tr", {}, cells);
  }

  var notes = 0;

  // The downloads, and when a class is too large for them: the LMS holds a download whole in memory.
  function exportLinks(runtime, element, reportAbove) {
    var noteId = "wb-net-export-note-" + (notes += 1);
    function link(kind, text) {
      return create("a", { className: "wb-button wb-secondary", text: text, "aria-describedby": noteId,
        href: runtime.handlerUrl(element, "export", "", "format=" + kind) });
    }
    return create("div", {}, [create("p", { className: "wb-net-export" }, [link("csv",
      gettext("Download all maps (CSV)")), link("json", gettext("Download all maps (JSON)"))]),
      create("p", { className: "wb-muted", id: noteId, text: format(gettext("With more than {count} maps, use the " +
        "problem responses report instead: on the instructor dashboard, under Data Download, it is made in the " +
        "background. A download of this size can take long or fail."), { count: reportAbove }) })]);
  }

  // view: { runtime, element, root, body, server, detail, list, rows, search, pageInfo, previous, next, graded,
  //   config } — one instructor view.

  function learnersTable(view, data) {
    var head = [gettext("Learner"), gettext("Submitted"), gettext("Actors"), gettext("Relations"),
      gettext("Key actors found"), gettext("Relations as the experts drew them")]
      .concat(data.graded ? [gettext("Score")] : [], [gettext("Map")]);
    view.rows = create("tbody", {});
    return create("div", { className: "wb-table-box" }, [create("table", { className: "wb-net-table" }, [
      create("caption", { text: gettext("Submitted maps") }), headRow(head), view.rows])]);
  }

  /** One page of learners in the table, the page line and the buttons; said politely after a search. */
  function showPage(view, list, announce) {
    view.list = list;
    view.rows.textContent = "";
    list.learners.forEach(function (learner) {
      view.rows.appendChild(learnerRow(learner, view.graded, function (chosen) {
        showLearner(view, chosen, view.config);
      }));
    });
    var count = format(Text.ngettext("{count} map", "{count} maps", list.total), { count: list.total });
    view.pageInfo.textContent = list.total ? format(gettext("Page {page} of {pages}"),
      { page: list.page, pages: list.pages }) + " · " + count : gettext("No learner's name matches the search.");
    view.previous.disabled = list.page <= 1;
    view.next.disabled = list.page >= list.pages;
    if (announce) { global.WeerbaarLiveRegion.announce(view.root, view.pageInfo.textContent); }
  }

  function loadPage(view, page) {
    var wanted = { page: page, search: view.search.value.trim() };
    view.server.call("staff_learners", wanted).then(function (result) {
      if (!result.ok) { global.WeerbaarLiveRegion.announce(view.root, result.data.error); return; }
      showPage(view, result.data, true);
    });
  }

  function searchForm(view) {
    var id = view.root.id + "-staff-search";
    view.search = create("input", { type: "search", id: id, name: "search", maxlength: "100", autocomplete: "off" });
    var form = create("form", { className: "wb-net-search", role: "search", "aria-label": gettext("Submitted maps") }, [
      create("label", { "for": id, text: gettext("Search by learner name") }), view.search,
      create("button", { type: "submit", className: "wb-button wb-secondary", text: gettext("Search") })]);
    form.addEventListener("submit", function (event) { event.preventDefault(); loadPage(view, 1); });
    return form;
  }

  function pager(view) {
    function button(text, step) {
      return create("button", { type: "button", className: "wb-button wb-secondary", text: text,
        onclick: function () { loadPage(view, view.list.page + step); } });
    }
    view.previous = button(gettext("Previous page"), -1);
    view.next = button(gettext("Next page"), 1);
    view.pageInfo = create("span", {});
    return create("nav", { className: "wb-net-pages", "aria-label": gettext("Pages of learners' maps") },
      [view.previous, view.pageInfo, view.next]);
  }

  function learnersPart(view, data) {
    var part = create("div", { className: "wb-net-staff-part" }, [create("h4", { text: gettext("Learners' maps") })]);
    part.appendChild(exportLinks(view.runtime, view.element, data.report_above));
    if (!data.total) {
      part.appendChild(create("p", { className: "wb-muted", text: gettext("No learner has submitted a map yet.") }));
      return part;
    }
    view.graded = data.graded;
    view.config = data.config;
    part.appendChild(searchForm(view));
    part.appendChild(learnersTable(view, data));
    part.appendChild(pager(view));
    showPage(view, data, false);
    view.detail = create("section", { className: "wb-net-staff-detail", tabindex: "-1", hidden: true,
      "aria-label": gettext("Learner's map") });
    part.appendChild(view.detail);
    return part;
  }

  function showDetail(view, data, config) {
    var detail = view.detail, host = create("div", { className: "wb-net-canvas" }), tableHost = create("div", {});
    var feedbackHost = create("div", {}), names = { name: data.name };
    detail.textContent = "";
    detail.appendChild(create("h5", { className: "wb-user-text", text: format(gettext("Map of {name}"), names) }));
    detail.appendChild(host);
    detail.appendChild(tableHost);
    detail.appendChild(create("h5", { text: gettext("Compared with the experts' map") }));
    detail.appendChild(feedbackHost);
    detail.hidden = false;
    var model = new global.WeerbaarNetworkModel(config, data.map, { readOnly: true });
    new global.WeerbaarNetworkCanvas(host, model,
      { readOnly: true, label: format(gettext("Map of {name}. The table below lists it."), names) });
    new global.WeerbaarNetworkTable(tableHost, model, { readOnly: true });
    global.WeerbaarNetworkFeedback(feedbackHost, data.feedback, config, 6);
    detail.focus();
  }

  function showLearner(view, learner, config) {
    view.server.call("staff_learner_map", { learner_id: learner.learner_id }).then(function (result) {
      if (!result.ok) { global.WeerbaarLiveRegion.announce(view.root, result.data.error); return; }
      showDetail(view, result.data, config);
    });
  }

  function load(view) {
    var body = view.body;
    view.server.call("staff_overview", {}).then(function (result) {
      body.textContent = "";
      if (!result.ok) { body.appendChild(create("p", { className: "wb-error", text: result.data.error })); return; }
      body.appendChild(overlayPart(result.data));
      body.appendChild(learnersPart(view, result.data));
      body.appendChild(create("button", { type: "button", className: "wb-button wb-secondary",
        text: gettext("Refresh the instructor view"), onclick: function () { load(view); } }));
    });
  }

  function WeerbaarNetworkStaff(runtime, element, root) {
    load({ runtime: runtime, element: element, root: root, body: root.querySelector("[data-staff-body]"),
      server: global.WeerbaarServer(runtime, element), detail: null });
  }

  global.WeerbaarNetworkStaff = WeerbaarNetworkStaff;
})(window);
