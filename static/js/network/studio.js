/* Netwerkkaart Studio editor: the lists (studio_lists.js), the settings, and the experts' map on the same
 * canvas and table as learners use, in author mode (actors from the list, with an explanation per actor and
 * relation). Problems appear beside the field they concern (WeerbaarFieldProblems), from the browser's own
 * checks (studio_data.js) first and the server's after; saving is WeerbaarStudioForm's. */
function WeerbaarNetworkStudio(runtime, element) {
  "use strict";
  var Text = window.WeerbaarText, Dom = window.WeerbaarDom, Data = window.WeerbaarNetworkStudioData;
  var gettext = Text.gettext;
  var outer = Dom.rootOf(element);
  var root = outer.matches && outer.matches("[data-network-studio]") ? outer :
    outer.querySelector("[data-network-studio]");
  var state = Dom.readJson(root, "[data-state]"), config = state.config;
  var find = function (selector) { return root.querySelector(selector); };
  var announce = function (text) { window.WeerbaarLiveRegion.announce(root, text); };
  var lists = JSON.parse(JSON.stringify({
    rings: config.rings, sectors: config.sectors, actor_types: config.actor_types,
    relation_types: config.relation_types, palette: config.palette
  }));
  var leftOut = {}, leftOutOrder = [], model, canvas, table;
  (state.reference.left_out || []).forEach(function (item) { leftOut[item.actor] = item.explanation; });
  lists.palette.forEach(function (item) { item.left_out = leftOut[item.id] || ""; });
  var editor = window.WeerbaarNetworkStudioLists(root, lists, {
    changed: changed, inMap: function (id) { return Boolean(model && model.actor(id)); }
  });

  function changed(key) {
    if (key === "actor_types") { editor.render("palette"); }
    var fresh = Data.modelConfig(root, lists);
    if (fresh.rings.length && fresh.actor_types.length && fresh.relation_types.length) {
      Data.reconcile(model, fresh);
    }
  }
  function buildMap() {
    var labels = {};
    lists.palette.forEach(function (item) { labels[item.id] = item; });
    var reference = state.reference;
    var map = JSON.parse(JSON.stringify({ actors: reference.actors || [], relations: reference.relations || [] }));
    map.actors.forEach(function (actor) {
      var entry = labels[actor.id] || {};
      actor.palette = actor.id;
      actor.label = entry.label || actor.id;
      actor.type = entry.type;
    });
    model = new window.WeerbaarNetworkModel(Data.modelConfig(root, lists), map,
      { author: true, limits: { actors: 200, relations: 400 } });
    canvas = new window.WeerbaarNetworkCanvas(find("[data-canvas]"), model, {
      tools: find("[data-canvas-tools]"), describedBy: root.id + "-help", announce: announce,
      label: gettext("Experts' map"),
      onSelect: function (kind, id) { table.highlight(kind, id); },
      onOpen: function (kind, id) { table.open(kind, id); }
    });
    table = new window.WeerbaarNetworkTable(find("[data-table]"), model,
      { author: true, onSelect: function (kind, id) { canvas.select(kind, id, true); } });
    window.WeerbaarNetworkLegend(find("[data-legend]"), model.config);
    model.on(function (event) {
      if (event.message) { announce(event.message); }
      if (event.action === "config") { window.WeerbaarNetworkLegend(find("[data-legend]"), model.config); }
      find("[data-undo]").disabled = !model.canUndo();
      find("[data-redo]").disabled = !model.canRedo();
    });
    find("[data-undo]").addEventListener("click", function () { model.undo(); });
    find("[data-redo]").addEventListener("click", function () { model.redo(); });
  }

  var problems = window.WeerbaarNetworkStudioProblems(root, {
    model: function () { return model; }, table: function () { return table; },
    leftOutOrder: function () { return leftOutOrder; }
  });

  // ---- saving -----------------------------------------------------------------------------------------------------
  function setStatus(text) { find("[data-status]").textContent = text; }
  function collect() {
    var made = Data.payload(root, lists, model.toJSON());
    leftOutOrder = made.leftOutOrder;
    return made.data;
  }
  /** Registered before WeerbaarStudioForm's own listener on [data-save], so that it runs first: while the
   * browser's checks find problems, they are shown and the save is stopped before anything is sent. */
  function checkFirst(event) {
    problems.clear();
    var found = Data.check(collect(), editor.specs);
    if (!found.length) { setStatus(gettext("Saving…")); return; }
    event.stopImmediatePropagation();
    problems.show(found, Text.format(Text.ngettext("Please correct {count} problem.",
      "Please correct {count} problems.", found.length), { count: found.length }));
  }

  Data.fill(root, state);
  find("[data-field=\"case_label\"]").addEventListener("change", function () { changed("case_label"); });
  Object.keys(editor.specs).forEach(function (key) { editor.render(key); });
  buildMap();
  find("[data-save]").addEventListener("click", checkFirst);
  window.WeerbaarStudioForm({
    runtime: runtime, server: window.WeerbaarServer(runtime, element), root: root, collect: collect,
    problems: problems,
    onSaved: function () {
      setStatus(gettext("Saved."));
      lists.palette.forEach(function (item) { delete item.fresh; });
    },
    onFailed: function () { setStatus(gettext("Not saved.")); }
  });
}
