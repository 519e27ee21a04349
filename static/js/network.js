/* Netwerkkaart learner view: wires the model, canvas and table; autosave with a visible status; submit;
 * feedback against the experts' map; export as PNG, SVG and JSON; print. */
(function (global) {
  "use strict";
  var C = global.WeerbaarCommon, el = C.el, fmt = C.fmt;
  var gettext = WeerbaarCommon.t, ngettext = WeerbaarCommon.nt;
  var SAVE_DELAY = 1200, RETRY_DELAY = 5000;

  function download(name, blob) {
    var link = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(link);
    link.click();
    global.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  /** The comparison (sentences made on the server) as a summary and lists, and the experts' map read-only. */
  function renderFeedback(host, feedback, config, headingLevel) {
    var h = "h" + (headingLevel || 4), view = feedback.view, summary = view.summary, map = feedback.reference_map;
    host.textContent = "";
    if (view.score) { host.appendChild(el("p", { className: "wb-net-score", text: view.score })); }
    host.appendChild(el("table", { className: "wb-net-summary" }, [
      el("caption", { text: summary.caption }),
      el("thead", {}, [el("tr", {}, summary.head.map(function (text, i) { return i ? el("th", { scope: "col", text: text }) : el("td", {}); }))]),
      el("tbody", {}, summary.rows.map(function (row) {
        return el("tr", {}, row.map(function (text, i) { return i ? el("td", { text: text }) : el("th", { scope: "row", text: text }); }));
      }))
    ]));
    if (view.note) { host.appendChild(el("p", { className: "wb-muted", text: view.note })); }
    view.sections.forEach(function (section) {
      host.appendChild(el("div", { className: "wb-net-feedback-part" }, [el(h, { text: section.title }), el("ul", { className: "wb-net-feedback-list" },
        section.items.map(function (item) {
          return el("li", {}, [el("span", { className: "wb-user-text wb-net-feedback-what", text: item.what }),
            item.why ? el("span", { className: "wb-user-text wb-net-explanation", text: item.why }) : null]);
        }))]));
    });
    if (map && map.actors.length) {
      var canvasHost = el("div", { className: "wb-net-canvas wb-net-canvas-small" });
      host.appendChild(el("div", { className: "wb-net-feedback-part" }, [el(h, { text: view.map_title }), canvasHost]));
      new global.WeerbaarNetworkCanvas(canvasHost, new global.WeerbaarNetworkModel(config, map, { readOnly: true }), { readOnly: true, label: view.map_label });
    }
  }

  function WeerbaarNetwork(runtime, element, args) {
    var outer = element.jquery ? element[0] : element;
    var root = outer.matches && outer.matches("[data-network]") ? outer : outer.querySelector("[data-network]");
    var state = C.readJson(root, "[data-state]"), config = state.config, settings = config.settings;
    var find = function (selector) { return root.querySelector(selector); };
    var status = find("[data-status]"), errorBox = find("[data-error]");
    var version = state.version, dirty = false, saving = false, timer = null, stopped = false;
    var announce = function (text) { C.announce(root, text); };
    var model, canvas, table;

    function build(readOnly) {
      var current = model ? model.toJSON() : state.map;
      ["[data-canvas]", "[data-canvas-tools]", "[data-table]"].forEach(function (selector) {
        var node = find(selector);
        node.textContent = "";
      });
      model = new global.WeerbaarNetworkModel(config, current, {
        readOnly: readOnly, allowFree: settings.allow_free,
        limits: { actors: Math.max(settings.max_actors, current.actors.length), relations: Math.max(settings.max_relations, current.relations.length) }
      });
      canvas = new global.WeerbaarNetworkCanvas(find("[data-canvas]"), model, {
        readOnly: readOnly, tools: find("[data-canvas-tools]"), describedBy: find(".wb-net-help").id, announce: announce,
        label: readOnly ? fmt(gettext("Your submitted map: {actors} actors and {relations} relations. The table lists them."), { actors: current.actors.length, relations: current.relations.length }) : gettext("Your network map"),
        onSelect: function (kind, id) { table.highlight(kind, id); },
        onOpen: function (kind, id) { table.open(kind, id); }
      });
      table = new global.WeerbaarNetworkTable(find("[data-table]"), model, {
        readOnly: readOnly, onSelect: function (kind, id) { canvas.select(kind, id, true); }
      });
      model.on(function (event) {
        if (event.message) { announce(event.message); }
        if (event.action !== "move") { changed(); }
      });
      find(".wb-net-help").hidden = readOnly;
      updateUndo();
    }

    function updateUndo() {
      find("[data-undo]").disabled = !model.canUndo();
      find("[data-redo]").disabled = !model.canRedo();
    }
    function setStatus(text, problem) {
      status.textContent = text;
      status.className = "wb-net-status" + (problem ? " wb-error" : "");
    }
    function changed() {
      updateUndo();
      if (model.readOnly || stopped) { return; }
      dirty = true;
      setStatus(gettext("Unsaved changes"));
      global.clearTimeout(timer);
      timer = global.setTimeout(save, SAVE_DELAY);
    }
    function save() {
      if (!dirty || stopped) { return Promise.resolve(true); }
      if (saving) { timer = global.setTimeout(save, SAVE_DELAY); return Promise.resolve(false); }
      saving = true;
      dirty = false;
      setStatus(gettext("Saving…"));
      return C.post(runtime, element, "save_map", { map: model.toJSON(), version: version }).then(function (result) {
        saving = false;
        if (result.ok) {
          version = result.data.version;
          if (!dirty) { setStatus(fmt(gettext("All changes saved at {time}."), { time: C.formatTime(result.data.saved_at) })); }
          return true;
        }
        dirty = true;
        if (result.data.field === "version" || result.status === 403) { stopped = true; }
        else if (result.status === 0) { timer = global.setTimeout(save, RETRY_DELAY); }
        setStatus(fmt(gettext("Not saved: {error}"), { error: result.data.error }), true);
        announce(fmt(gettext("Not saved: {error}"), { error: result.data.error }));
        return false;
      });
    }

    function showFeedback(feedback) {
      var section = find("[data-feedback]");
      renderFeedback(find("[data-feedback-body]"), feedback, config, 4);
      section.hidden = false;
      find("[data-submit-area]").hidden = true;
    }

    function submit() {
      global.clearTimeout(timer);
      var confirmBox = find("[data-confirm]");
      confirmBox.hidden = true;
      errorBox.textContent = "";
      find("[data-confirm-yes]").disabled = true;
      C.post(runtime, element, "submit", { map: model.toJSON(), version: version }).then(function (result) {
        find("[data-confirm-yes]").disabled = false;
        if (!result.ok) {
          errorBox.textContent = result.data.error;
          find("[data-submit]").focus();
          return;
        }
        version = result.data.version;
        dirty = false;
        setStatus(fmt(gettext("Submitted at {time}."), { time: C.formatTime(result.data.submitted_at) }));
        build(true);
        showFeedback(result.data.feedback);
        announce(gettext("Your map has been submitted. The comparison with the experts' map follows."));
        find("[data-feedback]").focus();
      });
    }

    function exportJson() {
      var data = model.toJSON();
      data.actors.forEach(function (actor) { actor.type_label = model.typeLabel(actor.type); actor.ring_label = model.ringLabel(actor.ring); actor.sector_label = model.sectorLabel(actor.sector); });
      data.relations.forEach(function (relation) { relation.type_label = model.relationTypeLabel(relation.type); });
      data.case = config.case_label;
      download("netwerkkaart.json", new Blob([JSON.stringify(data, null, 1)], { type: "application/json" }));
    }

    build(!!state.submitted_at);
    if (state.submitted_at) {
      setStatus(fmt(gettext("Submitted at {time}."), { time: C.formatDate(state.submitted_at) }));
      showFeedback(state.feedback);
    } else if (state.saved_at) {
      setStatus(fmt(gettext("Last saved at {time}."), { time: C.formatDate(state.saved_at) }));
    }
    find("[data-undo]").addEventListener("click", function () { model.undo(); });
    find("[data-redo]").addEventListener("click", function () { model.redo(); });
    root.addEventListener("keydown", function (event) {
      var tag = event.target.tagName;
      if (!(event.ctrlKey || event.metaKey) || tag === "INPUT" || tag === "TEXTAREA") { return; }
      if (event.key === "z" && !event.shiftKey) { if (model.undo()) { event.preventDefault(); } }
      else if (event.key === "y" || (event.key === "Z" && event.shiftKey)) { if (model.redo()) { event.preventDefault(); } }
    });
    find("[data-submit]").addEventListener("click", function () {
      if (!model.actors().length) { errorBox.textContent = gettext("Add at least one actor before you submit your map."); return; }
      find("[data-confirm]").hidden = false;
      find("[data-confirm-yes]").focus();
    });
    find("[data-confirm-no]").addEventListener("click", function () { find("[data-confirm]").hidden = true; find("[data-submit]").focus(); });
    find("[data-confirm-yes]").addEventListener("click", submit);
    root.querySelectorAll("[data-export]").forEach(function (button) {
      button.addEventListener("click", function () {
        var kind = button.getAttribute("data-export");
        if (kind === "json") { exportJson(); }
        else if (kind === "svg") { download("netwerkkaart.svg", new Blob([canvas.exportSvg()], { type: "image/svg+xml" })); }
        else { canvas.exportPng(function (blob) { if (blob) { download("netwerkkaart.png", blob); } }); }
        announce(gettext("The download has started."));
      });
    });
    find("[data-print]").addEventListener("click", function () { global.print(); });
    global.addEventListener("beforeunload", function (event) {
      if (dirty || saving) { event.preventDefault(); event.returnValue = ""; }
    });
    if (args && args.staff && global.WeerbaarNetworkStaff) { global.WeerbaarNetworkStaff(runtime, element, root); }
  }

  global.WeerbaarNetworkFeedback = renderFeedback;
  global.WeerbaarNetwork = WeerbaarNetwork;
})(window);
