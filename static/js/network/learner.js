/* Netwerkkaart learner view: wires the model, canvas and table; undo/redo (buttons and Ctrl+Z / Ctrl+Y);
 * saving with a visible status (learner_saving.js); submit with a confirmation, then the comparison with the
 * experts' map (feedback.js); exports and print (learner_export.js). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetwork) { return; }
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom, gettext = Text.gettext, format = Text.format;

  function WeerbaarNetwork(runtime, element, args) {
    var outer = Dom.rootOf(element);
    var root = outer.matches && outer.matches("[data-network]") ? outer : outer.querySelector("[data-network]");
    var state = Dom.readJson(root, "[data-state]"), config = state.config, settings = config.settings;
    var find = function (selector) { return root.querySelector(selector); };
    var server = global.WeerbaarServer(runtime, element), errorBox = find("[data-error]");
    var announce = function (text) { global.WeerbaarLiveRegion.announce(root, text); };
    var model, canvas, table;

    function setStatus(text, problem) {
      var status = find("[data-status]");
      status.textContent = text;
      status.className = "wb-net-status" + (problem ? " wb-error" : "");
    }
    function newModel(map, readOnly) {
      return new global.WeerbaarNetworkModel(config, map, {
        readOnly: readOnly, allowFree: settings.allow_free,
        limits: { actors: Math.max(settings.max_actors, map.actors.length),
          relations: Math.max(settings.max_relations, map.relations.length) }
      });
    }
    var saving = global.WeerbaarNetworkSaving(root, server, state, {
      model: function () { return model; }, setStatus: setStatus, announce: announce,
      sameMap: function (first, second) {
        return JSON.stringify(newModel(first, true).toJSON()) === JSON.stringify(newModel(second, true).toJSON());
      },
      replaceMap: function (map) { build(false, map); }
    });

    function canvasLabel(readOnly, map) {
      if (!readOnly) { return gettext("Your network map"); }
      return format(gettext("Your submitted map: {actors} actors and {relations} relations. The table lists them."),
        { actors: map.actors.length, relations: map.relations.length });
    }
    function build(readOnly, map) {
      var current = map || (model ? model.toJSON() : state.map);
      ["[data-canvas]", "[data-canvas-tools]", "[data-table]"].forEach(function (selector) {
        find(selector).textContent = "";
      });
      model = newModel(current, readOnly);
      canvas = new global.WeerbaarNetworkCanvas(find("[data-canvas]"), model, {
        readOnly: readOnly, tools: find("[data-canvas-tools]"), describedBy: find(".wb-net-help").id,
        announce: announce, label: canvasLabel(readOnly, current),
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
    function changed() {
      updateUndo();
      if (!model.readOnly) { saving.changed(); }
    }

    function showFeedback(feedback) {
      global.WeerbaarNetworkFeedback(find("[data-feedback-body]"), feedback, config, 4);
      find("[data-feedback]").hidden = false;
      find("[data-submit-area]").hidden = true;
    }
    function submitted(data) {
      setStatus(format(gettext("Submitted at {time}."), { time: Dom.formatTime(data.submitted_at) }));
      build(true);
      showFeedback(data.feedback);
      announce(gettext("Your map has been submitted. The comparison with the experts' map follows."));
      find("[data-feedback]").focus();
    }
    function submit() {
      find("[data-confirm]").hidden = true;
      errorBox.textContent = "";
      find("[data-confirm-yes]").disabled = true;
      saving.beforeSubmit().then(function (version) {
        return server.call("submit", { map: model.toJSON(), version: version });
      }).then(function (result) {
        find("[data-confirm-yes]").disabled = false;
        saving.afterSubmit(result);
        if (result.ok) { submitted(result.data); return; }
        errorBox.textContent = result.data.error;
        find("[data-submit]").focus();
      });
    }

    function wireControls() {
      find("[data-undo]").addEventListener("click", function () { model.undo(); });
      find("[data-redo]").addEventListener("click", function () { model.redo(); });
      root.addEventListener("keydown", function (event) {
        var tag = event.target.tagName;
        if (!(event.ctrlKey || event.metaKey) || tag === "INPUT" || tag === "TEXTAREA") { return; }
        var undo = event.key === "z" && !event.shiftKey;
        var redo = event.key === "y" || (event.key === "Z" && event.shiftKey);
        if ((undo && model.undo()) || (redo && model.redo())) { event.preventDefault(); }
      });
      find("[data-submit]").addEventListener("click", function () {
        if (!model.actors().length) {
          errorBox.textContent = gettext("Add at least one actor before you submit your map.");
          return;
        }
        find("[data-confirm]").hidden = false;
        find("[data-confirm-yes]").focus();
      });
      find("[data-confirm-no]").addEventListener("click", function () {
        find("[data-confirm]").hidden = true;
        find("[data-submit]").focus();
      });
      find("[data-confirm-yes]").addEventListener("click", submit);
      global.WeerbaarNetworkExport.wire(root, {
        model: function () { return model; }, canvas: function () { return canvas; }, caseLabel: config.case_label,
        announce: announce
      });
    }

    var start = saving.startingMap();
    build(!!state.submitted_at, start.map);
    if (state.submitted_at) {
      setStatus(format(gettext("Submitted at {time}."), { time: Dom.formatDate(state.submitted_at) }));
      showFeedback(state.feedback);
    } else if (start.restored) {
      saving.restored();
    } else if (state.saved_at) {
      setStatus(format(gettext("Last saved at {time}."), { time: Dom.formatDate(state.saved_at) }));
    }
    wireControls();
    if (args && args.staff && global.WeerbaarNetworkStaff) { global.WeerbaarNetworkStaff(runtime, element, root); }
  }

  global.WeerbaarNetwork = WeerbaarNetwork;
})(window);
