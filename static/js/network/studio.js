/* Netwerkkaart Studio editor: the lists (studio_lists.js), the settings, and the experts' map on the same
 * canvas and table as learners use, in author mode (actors from the list, with an explanation per actor and
 * relation). Problems appear beside the field they concern (WeerbaarFieldProblems), from the browser's own
 * checks (studio_data.js) first and the server's after; saving is WeerbaarStudioForm's. */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText, Dom = global.WeerbaarDom, Data = global.WeerbaarNetworkStudioData;
  var gettext = Text.gettext;

  // view: { root, state, lists, leftOutOrder, model, canvas, table, editor, problems } — one Studio editor.

  function find(view, selector) { return view.root.querySelector(selector); }
  function announce(view, text) { global.WeerbaarLiveRegion.announce(view.root, text); }
  function setStatus(view, text) { find(view, "[data-status]").textContent = text; }

  /** A copy of the lists the author edits, each list actor with its "left out" explanation. */
  function editableLists(state) {
    var config = state.config, leftOut = {};
    var lists = JSON.parse(JSON.stringify({
      rings: config.rings, sectors: config.sectors, actor_types: config.actor_types,
      relation_types: config.relation_types, palette: config.palette
    }));
    (state.reference.left_out || []).forEach(function (item) { leftOut[item.actor] = item.explanation; });
    lists.palette.forEach(function (item) { item.left_out = leftOut[item.id] || ""; });
    return lists;
  }

  function changed(view, key) {
    if (key === "actor_types") { view.editor.render("palette"); }
    var fresh = Data.modelConfig(view.root, view.lists);
    if (fresh.rings.length && fresh.actor_types.length && fresh.relation_types.length) {
      Data.reconcile(view.model, fresh);
    }
  }

  /** A ring, sector or type the experts' map uses is not removed (its actors and relations would silently
   * move or change type): the message says so beside the item. True when refused. */
  function refuseRemoval(view, key, index, item) {
    var relations = key === "relation_types", name = { rings: "ring", sectors: "sector", actor_types: "type" }[key];
    if (!relations && !name) { return false; }
    var count = (relations ? view.model.relations() : view.model.actors()).filter(function (thing) {
      return thing[relations ? "type" : name] === item.id;
    }).length;
    var listed = key === "actor_types" ? view.lists.palette.filter(function (entry) {
      return entry.type === item.id;
    }).length : 0;
    if (!count && listed) {  // list actors the experts' map does not place would change type as silently
      view.problems.show([{ field: key + "." + index + ".label", message: Text.format(Text.ngettext(
        "{label} cannot be removed: {count} actor in the list of actors has this type. Change it there first.",
        "{label} cannot be removed: {count} actors in the list of actors have this type. Change them there first.",
        listed), { label: item.label || item.id, count: listed }) }]);
      return true;
    }
    if (!count) { return false; }
    var message = relations ?
      Text.ngettext("{label} cannot be removed: {count} relation on the experts' map has this type. " +
        "Change it there first.", "{label} cannot be removed: {count} relations on the experts' map have this " +
        "type. Change them there first.", count) :
      Text.ngettext("{label} cannot be removed: {count} actor on the experts' map uses it. Change it there first.",
        "{label} cannot be removed: {count} actors on the experts' map use it. Change them there first.", count);
    view.problems.show([{ field: key + "." + index + ".label",
      message: Text.format(message, { label: item.label || item.id, count: count }) }]);
    return true;
  }

  /** The experts' map with each actor's label and type from the list. */
  function referenceMap(view) {
    var labels = {}, reference = view.state.reference;
    view.lists.palette.forEach(function (item) { labels[item.id] = item; });
    var map = JSON.parse(JSON.stringify({ actors: reference.actors || [], relations: reference.relations || [] }));
    map.actors.forEach(function (actor) {
      var entry = labels[actor.id] || {};
      actor.palette = actor.id;
      actor.label = entry.label || actor.id;
      actor.type = entry.type;
    });
    return map;
  }

  function wireUndo(view) {
    var model = view.model;
    model.on(function (event) {
      if (event.message) { announce(view, event.message); }
      if (event.action === "config") { global.WeerbaarNetworkLegend(find(view, "[data-legend]"), model.config); }
      find(view, "[data-undo]").disabled = !model.canUndo();
      find(view, "[data-redo]").disabled = !model.canRedo();
    });
    find(view, "[data-undo]").addEventListener("click", function () { model.undo(); });
    find(view, "[data-redo]").addEventListener("click", function () { model.redo(); });
  }

  function buildMap(view) {
    view.model = new global.WeerbaarNetworkModel(Data.modelConfig(view.root, view.lists), referenceMap(view),
      { author: true, limits: { actors: 200, relations: 400 } });
    view.canvas = new global.WeerbaarNetworkCanvas(find(view, "[data-canvas]"), view.model, {
      tools: find(view, "[data-canvas-tools]"), describedBy: view.root.id + "-help",
      announce: function (text) { announce(view, text); },
      label: gettext("Experts' map"),
      onSelect: function (kind, id) { view.table.highlight(kind, id); },
      onOpen: function (kind, id) { view.table.open(kind, id); }
    });
    view.table = new global.WeerbaarNetworkTable(find(view, "[data-table]"), view.model,
      { author: true, onSelect: function (kind, id) { view.canvas.select(kind, id, true); } });
    global.WeerbaarNetworkLegend(find(view, "[data-legend]"), view.model.config);
    wireUndo(view);
  }

  function collect(view) {
    var made = Data.payload(view.root, view.lists, view.model.toJSON());
    view.leftOutOrder = made.leftOutOrder;
    return made.data;
  }

  /** Registered before WeerbaarStudioForm's own listener on [data-save], so that it runs first: while the
   * browser's checks find problems, they are shown and the save is stopped before anything is sent. */
  function checkFirst(view, event) {
    view.problems.clear();
    var found = Data.check(collect(view), view.editor.specs);
    if (!found.length) { setStatus(view, gettext("Saving…")); return; }
    event.stopImmediatePropagation();
    view.problems.show(found, Text.format(Text.ngettext("Please correct {count} problem.",
      "Please correct {count} problems.", found.length), { count: found.length }));
  }

  function newView(element) {
    var outer = Dom.rootOf(element);
    var root = outer.matches && outer.matches("[data-network-studio]") ? outer :
      outer.querySelector("[data-network-studio]");
    var state = Dom.readJson(root, "[data-state]");
    var view = { root: root, state: state, lists: editableLists(state), leftOutOrder: [] };
    view.editor = global.WeerbaarNetworkStudioLists(root, view.lists, {
      changed: function (key) { changed(view, key); },
      inMap: function (id) { return Boolean(view.model && view.model.actor(id)); },
      refuseRemoval: function (key, index, item) { return refuseRemoval(view, key, index, item); }
    });
    view.problems = global.WeerbaarNetworkStudioProblems(root, {
      model: function () { return view.model; }, table: function () { return view.table; },
      leftOutOrder: function () { return view.leftOutOrder; }
    });
    return view;
  }

  function WeerbaarNetworkStudio(runtime, element) {
    var view = newView(element), root = view.root;
    Data.fill(root, view.state);
    find(view, "[data-field=\"case_label\"]").addEventListener("change", function () { changed(view, "case_label"); });
    Object.keys(view.editor.specs).forEach(function (key) { view.editor.render(key); });
    buildMap(view);
    find(view, "[data-save]").addEventListener("click", function (event) { checkFirst(view, event); });
    global.WeerbaarStudioForm({
      runtime: runtime, server: global.WeerbaarServer(runtime, element), root: root,
      collect: function () { return collect(view); },
      problems: view.problems,
      onSaved: function () {
        setStatus(view, gettext("Saved."));
        view.lists.palette.forEach(function (item) { delete item.fresh; });
      },
      onFailed: function () { setStatus(view, gettext("Not saved.")); }
    });
  }

  global.WeerbaarNetworkStudio = WeerbaarNetworkStudio;
})(window);
