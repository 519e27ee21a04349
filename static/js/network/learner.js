/* Netwerkkaart learner view: wires model, canvas, palette and table (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetwork) { return; }
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom, gettext = Text.gettext, format = Text.format;

  // view: { root, state, config, server, errorBox, saving, model, canvas, table }

  function find(view, selector) { return view.root.querySelector(selector); }
  function announce(view, text) { global.WeerbaarLiveRegion.announce(view.root, text); }

  function setStatus(view, text, problem) {
    var status = find(view, "[data-status]");
    status.textContent = text;
    status.className = "wb-net-status" + (problem ? " wb-error" : "");
  }

  function newModel(view, map, readOnly) {
    var settings = view.config.settings;
    return new global.WeerbaarNetworkModel(view.config, map, {
      readOnly: readOnly, allowFree: settings.allow_free,
      limits: { actors: Math.max(settings.max_actors, map.actors.length),
        relations: Math.max(settings.max_relations, map.relations.length) }
    });
  }

  function canvasLabel(readOnly, map) {
    if (!readOnly) { return gettext("Your network map"); }
    return format(gettext("Your submitted map: {actors} actors and {relations} relations. The table lists them."),
      { actors: map.actors.length, relations: map.relations.length });
  }

  function build(view, readOnly, map) {
    var current = map || (view.model ? view.model.toJSON() : view.state.map);
    ["[data-canvas]", "[data-canvas-tools]", "[data-table]"].forEach(function (selector) {
      find(view, selector).textContent = "";
    });
    var model = view.model = newModel(view, current, readOnly);
    view.canvas = new global.WeerbaarNetworkCanvas(find(view, "[data-canvas]"), model, {
      readOnly: readOnly, tools: find(view, "[data-canvas-tools]"), describedBy: find(view, ".wb-net-help").id,
      announce: function (text) { announce(view, text); }, label: canvasLabel(readOnly, current),
      onSelect: function (kind, id) { view.table.highlight(kind, id); },
      onOpen: function (kind, id) { view.table.open(kind, id); }
    });
    view.table = new global.WeerbaarNetworkTable(find(view, "[data-table]"), model, {
      readOnly: readOnly, onSelect: function (kind, id) { view.canvas.select(kind, id, true); }
    });
    model.on(function (event) {
      if (event.message) { announce(view, event.message); }
      if (event.action !== "move") { changed(view); }
    });
    find(view, ".wb-net-help").hidden = find(view, "[data-palette]").hidden = readOnly;
    updateUndo(view);
  }

  function updateUndo(view) {
    find(view, "[data-undo]").disabled = !view.model.canUndo();
    find(view, "[data-redo]").disabled = !view.model.canRedo();
  }

  function changed(view) {
    view.root.querySelectorAll("[data-drag]").forEach(function (item) {
      item.hidden = view.model.paletteUsed(item.getAttribute("data-drag") || null);
    });
    updateUndo(view);
    if (!view.model.readOnly) { view.saving.changed(); }
  }

  function showFeedback(view, feedback) {
    find(view, "[data-feedback]").hidden = false;  // first, so that the experts' map is fitted to its labels
    global.WeerbaarNetworkFeedback(find(view, "[data-feedback-body]"), feedback, view.config, 4);
    find(view, "[data-submit-area]").hidden = true;
  }

  function submitted(view, data) {
    setStatus(view, format(gettext("Submitted on {date}."), { date: Dom.formatDate(data.submitted_at) }));
    build(view, true);
    showFeedback(view, data.feedback);
    announce(view, gettext("Your map has been submitted. The comparison with the experts' map follows."));
    find(view, "[data-feedback]").focus();
  }

  function submit(view) {
    find(view, "[data-confirm]").hidden = true;
    view.errorBox.textContent = "";
    find(view, "[data-confirm-yes]").disabled = true;
    view.saving.beforeSubmit().then(function (version) {
      return view.server.call("submit", { map: view.model.toJSON(), version: version });
    }).then(function (result) {
      find(view, "[data-confirm-yes]").disabled = false;
      view.saving.afterSubmit(result);
      if (result.ok) { submitted(view, result.data); return; }
      view.errorBox.textContent = result.data.error;
      find(view, "[data-submit]").focus();
    });
  }

  /** The palette beside the map: an actor dropped on the map goes to the ring and sector under the pointer. */
  function wirePalette(view) {
    var dragged = null, host = find(view, "[data-canvas]");
    view.root.querySelectorAll("[data-drag]").forEach(function (item) {
      item.addEventListener("dragstart", function (event) {
        dragged = item.getAttribute("data-drag");
        event.dataTransfer.setData("text/plain", item.textContent);
      });
    });
    host.addEventListener("dragover", function (event) { if (dragged !== null) { event.preventDefault(); } });
    host.addEventListener("drop", function (event) {
      var model = view.model, point = view.canvas.point(event), scale = global.WeerbaarNetworkDrawing.SCALE *
        model.spread;
      var near = { x: point.x / scale, y: point.y / scale }, field = function (name) {
        return view.root.querySelector("[id$='-free-" + name + "']");
      };
      var spec = dragged ? { palette: dragged } : { label: field("name").value, type: field("type").value };
      event.preventDefault();
      dragged = null;
      spec.ring = model.ringAt(near.x, near.y);
      spec.sector = model.sectorAt(near.x, near.y);
      spec.near = near;
      var result = model.addActor(spec);
      if (result.error) { view.canvas.say(result.error); }
    });
  }

  function wireControls(view) {
    wirePalette(view);
    find(view, "[data-undo]").addEventListener("click", function () { view.model.undo(); });
    find(view, "[data-redo]").addEventListener("click", function () { view.model.redo(); });
    view.root.addEventListener("keydown", function (event) {
      var tag = event.target.tagName;
      if (!(event.ctrlKey || event.metaKey) || tag === "INPUT" || tag === "TEXTAREA") { return; }
      var undo = event.key === "z" && !event.shiftKey;
      var redo = event.key === "y" || (event.key === "Z" && event.shiftKey);
      if ((undo && view.model.undo()) || (redo && view.model.redo())) { event.preventDefault(); }
    });
    find(view, "[data-submit]").addEventListener("click", function () {
      if (!view.model.actors().length) {
        view.errorBox.textContent = gettext("Add at least one actor before you submit your map.");
        return;
      }
      find(view, "[data-confirm]").hidden = false;
      find(view, "[data-confirm-yes]").focus();
    });
    find(view, "[data-confirm-no]").addEventListener("click", function () {
      find(view, "[data-confirm]").hidden = true;
      find(view, "[data-submit]").focus();
    });
    find(view, "[data-confirm-yes]").addEventListener("click", function () { submit(view); });
    global.WeerbaarNetworkExport.wire(view.root, {
      model: function () { return view.model; }, canvas: function () { return view.canvas; },
      caseLabel: view.config.case_label, announce: function (text) { announce(view, text); }
    });
  }

  function newView(runtime, element) {
    var outer = Dom.rootOf(element);
    var root = outer.matches && outer.matches("[data-network]") ? outer : outer.querySelector("[data-network]");
    var state = Dom.readJson(root, "[data-state]");
    var view = { root: root, state: state, config: state.config, server: global.WeerbaarServer(runtime, element),
      errorBox: root.querySelector("[data-error]") };
    global.WeerbaarPrivacy(view.server, root);
    view.saving = global.WeerbaarNetworkSaving(root, view.server, state, {
      model: function () { return view.model; },
      setStatus: function (text, problem) { setStatus(view, text, problem); },
      announce: function (text) { announce(view, text); },
      sameMap: function (first, second) {
        return JSON.stringify(newModel(view, first, true).toJSON()) ===
          JSON.stringify(newModel(view, second, true).toJSON());
      },
      replaceMap: function (map) { build(view, false, map); }
    });
    return view;
  }

  function WeerbaarNetwork(runtime, element, args) {
    var view = newView(runtime, element), state = view.state, start = view.saving.startingMap();
    build(view, !!state.submitted_at, start.map);
    if (state.submitted_at) {
      setStatus(view, format(gettext("Submitted on {date}."), { date: Dom.formatDate(state.submitted_at) }));
      showFeedback(view, state.feedback);
    } else if (start.restored) {
      view.saving.restored();
    } else if (state.saved_at) {
      setStatus(view, format(gettext("Last saved on {date}."), { date: Dom.formatDate(state.saved_at) }));
    }
    wireControls(view);
    if (args && args.staff && global.WeerbaarNetworkStaff) {
      global.WeerbaarNetworkStaff(runtime, element, view.root);
    }
  }

  global.WeerbaarNetwork = WeerbaarNetwork;
})(window);
