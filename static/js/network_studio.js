/* Netwerkkaart Studio editor: rings, sectors, types and the list of actors as editable lists; the settings; and
 * the experts' map on the same canvas and table as learners use, in author mode (actors from the list, with an
 * explanation per actor and relation). Messages appear beside the field they concern, from the browser's own
 * checks first and the server's after; nothing is saved while anything is invalid. Works with and without
 * Studio's runtime.notify. */
function WeerbaarNetworkStudio(runtime, element) {
  "use strict";
  var C = window.WeerbaarCommon, el = C.el, fmt = C.fmt;
  var gettext = WeerbaarCommon.t, ngettext = WeerbaarCommon.nt;
  var outer = element.jquery ? element[0] : element;
  var root = outer.matches && outer.matches("[data-network-studio]") ? outer : outer.querySelector("[data-network-studio]");
  var state = C.readJson(root, "[data-state]");
  var find = function (selector) { return root.querySelector(selector); };
  var lists = JSON.parse(JSON.stringify({
    rings: state.config.rings, sectors: state.config.sectors, actor_types: state.config.actor_types,
    relation_types: state.config.relation_types, palette: state.config.palette
  }));
  var leftOut = {};
  (state.reference.left_out || []).forEach(function (item) { leftOut[item.actor] = item.explanation; });
  lists.palette.forEach(function (item) { item.left_out = leftOut[item.id] || ""; });
  var counter = 0, model, canvas, table;

  var SHAPES = [["circle", gettext("Circle")], ["square", gettext("Square")], ["diamond", gettext("Diamond")], ["triangle", gettext("Triangle")], ["hexagon", gettext("Hexagon")]];
  var LINES = [["solid", gettext("Solid line")], ["dashed", gettext("Dashed line")], ["dotted", gettext("Dotted line")]];
  var SPECS = {
    rings: { add: gettext("Add a ring"), name: gettext("Ring {number}"), limits: [1, 8], make: function () { return { label: "" }; } },
    sectors: { add: gettext("Add a sector"), name: gettext("Sector {number}"), limits: [0, 12], make: function () { return { label: "" }; } },
    actor_types: { add: gettext("Add a type of actor"), name: gettext("Type of actor {number}"), limits: [1, 10], make: function () { return { label: "", shape: "circle", color: "#1f5fa8" }; } },
    relation_types: { add: gettext("Add a type of relation"), name: gettext("Type of relation {number}"), limits: [1, 12], make: function () { return { label: "", line: "solid", color: "#2e6b30" }; } },
    palette: { add: gettext("Add an actor to the list"), name: gettext("Actor {number}"), limits: [0, 200], make: function () { return { label: "", type: lists.actor_types[0] ? lists.actor_types[0].id : "", synonyms: [], offered: true, left_out: "" }; } }
  };

  function slug(text) {
    var plain = text.normalize("NFD").replace(new RegExp("[\\u0300-\\u036f]", "g"), "").toLowerCase();
    return plain.replace(new RegExp("[^a-z0-9]+", "g"), "-").replace(new RegExp("^-+|-+$", "g"), "").slice(0, 30) || "item";
  }
  function uniqueId(key, base) {
    var taken = {}, candidate = base, n = 1;
    lists[key].forEach(function (item) { taken[item.id] = true; });
    while (taken[candidate]) { n += 1; candidate = base + "-" + n; }
    return candidate;
  }
  function options(select, pairs, value) {
    pairs.forEach(function (pair) { select.appendChild(el("option", { value: pair[0], text: pair[1] })); });
    select.value = value;
    return select;
  }

  // ---- the lists ------------------------------------------------------------------------------------------------
  function control(key, index, name, labelText, node) {
    node.id = root.id + "-" + key + "-" + index + "-" + name;
    node.setAttribute("data-field", key + "." + index + "." + name);
    var field = el("div", { className: "wb-field" + (node.type === "checkbox" ? " wb-net-check" : "") });
    if (node.type === "checkbox") { field.appendChild(node); field.appendChild(el("label", { "for": node.id, text: labelText })); }
    else { field.appendChild(el("label", { "for": node.id, text: labelText })); field.appendChild(node); }
    return field;
  }
  function renderList(key, focus) {
    var host = find("[data-list=\"" + key + "\"]"), spec = SPECS[key];
    host.textContent = "";
    lists[key].forEach(function (item, index) {
      var row = el("div", { className: "wb-net-list-row", "data-row": key + "." + index });
      var name = fmt(spec.name, { number: index + 1 }), label = el("input", { type: "text", maxlength: 80, value: item.label });
      label.addEventListener("change", function () {
        item.label = label.value.trim();
        if (item.fresh && item.label && !(key === "palette" && model && model.actor(item.id))) { item.id = uniqueId(key, slug(item.label)); }
        changed(key);
      });
      row.appendChild(control(key, index, "label", name, label));
      if (key === "actor_types" || key === "relation_types") {
        var style = key === "actor_types" ? options(el("select", {}), SHAPES, item.shape) : options(el("select", {}), LINES, item.line);
        style.addEventListener("change", function () { item[key === "actor_types" ? "shape" : "line"] = style.value; changed(key); });
        row.appendChild(control(key, index, key === "actor_types" ? "shape" : "line", key === "actor_types" ? gettext("Shape") : gettext("Line"), style));
        var color = el("input", { type: "color", value: item.color });
        color.addEventListener("change", function () { item.color = color.value; changed(key); });
        row.appendChild(control(key, index, "color", gettext("Colour"), color));
      }
      if (key === "palette") {
        var type = options(el("select", {}), lists.actor_types.map(function (kind) { return [kind.id, kind.label]; }), item.type);
        type.addEventListener("change", function () { item.type = type.value; changed(key); });
        var synonyms = el("input", { type: "text", value: (item.synonyms || []).join(", ") });
        synonyms.addEventListener("change", function () {
          item.synonyms = synonyms.value.split(",").map(function (part) { return part.trim(); }).filter(Boolean);
        });
        var offered = el("input", { type: "checkbox" });
        offered.checked = item.offered !== false;
        offered.addEventListener("change", function () { item.offered = offered.checked; });
        var why = el("textarea", { rows: 2, maxlength: 1000 });
        why.value = item.left_out || "";
        why.addEventListener("change", function () { item.left_out = why.value.trim(); });
        row.appendChild(control(key, index, "type", gettext("Type"), type));
        row.appendChild(control(key, index, "synonyms", gettext("Synonyms"), synonyms));
        row.appendChild(control(key, index, "offered", gettext("Shown to learners"), offered));
        row.appendChild(control(key, index, "left_out", gettext("Explanation when a learner adds it but the experts left it out"), why));
      }
      var title = item.label || name;
      [["up", gettext("Move up"), index > 0], ["down", gettext("Move down"), index < lists[key].length - 1], ["remove", gettext("Remove"), lists[key].length > spec.limits[0]]]
        .forEach(function (action) {
          var button = el("button", { type: "button", className: "wb-button wb-secondary wb-net-small", text: action[1], "data-action": action[0],
            "aria-label": action[1] + ": " + title, disabled: !action[2], onclick: function () { act(key, index, action[0]); } });
          row.appendChild(button);
        });
      host.appendChild(row);
    });
    var add = el("button", { type: "button", className: "wb-button wb-secondary", text: spec.add, "data-action": "add", disabled: lists[key].length >= spec.limits[1],
      onclick: function () { act(key, lists[key].length, "add"); } });
    host.appendChild(add);
    if (focus) {
      var target = focus === "add" ? add : host.querySelector("[data-row=\"" + key + "." + focus[0] + "\"] " + (focus[1] === "label" ? "input" : "[data-action=\"" + focus[1] + "\"]"));
      (target && !target.disabled ? target : add).focus();
    }
  }
  function act(key, index, action) {
    var items = lists[key], focus, label = items[index] ? items[index].label : "";
    if (action === "add") {
      var item = SPECS[key].make();
      counter += 1;
      item.id = uniqueId(key, { rings: "ring", sectors: "sector", actor_types: "type", relation_types: "relation", palette: "actor" }[key] + "-" + counter);
      item.fresh = true;
      items.push(item);
      focus = [items.length - 1, "label"];
      C.announce(root, gettext("Added. Type its name."));
    } else if (action === "remove") {
      items.splice(index, 1);
      focus = items.length ? [Math.min(index, items.length - 1), "remove"] : "add";
      C.announce(root, fmt(gettext("{label} removed."), { label: label }));
    } else {
      var to = action === "up" ? index - 1 : index + 1, moved = items.splice(index, 1)[0];
      items.splice(to, 0, moved);
      focus = [to, action];
      C.announce(root, fmt(gettext("{label} moved to place {number}."), { label: label, number: to + 1 }));
    }
    renderList(key, focus);
    changed(key);
  }
  function modelConfig() {
    return {
      case_label: find("[data-field=\"case_label\"]").value, rings: clean("rings"), sectors: clean("sectors"),
      actor_types: clean("actor_types"), relation_types: clean("relation_types"),
      palette: lists.palette.map(function (item) { return { id: item.id, label: item.label || item.id, type: item.type }; })
    };
  }
  function clean(key) {
    return lists[key].map(function (item) {
      var copy = { id: item.id, label: item.label };
      ["shape", "color", "line"].forEach(function (name) { if (item[name] !== undefined) { copy[name] = item[name]; } });
      if (key === "palette") { copy.type = item.type; copy.synonyms = item.synonyms || []; copy.offered = item.offered !== false; }
      return copy;
    });
  }
  function changed(key) {
    if (key === "actor_types") { renderList("palette"); }
    var config = modelConfig();
    if (config.rings.length && config.actor_types.length && config.relation_types.length) { reconcile(config); }
  }
  /** The lists changed: keep the experts' map consistent with them (an actor whose list entry is gone goes too). */
  function reconcile(config) {
    var ids = function (list) { var found = {}; list.forEach(function (item) { found[item.id] = item; }); return found; };
    var palette = ids(config.palette), rings = ids(config.rings), sectors = ids(config.sectors), types = ids(config.actor_types);
    var relationTypes = ids(config.relation_types), state = model.state, removed = {};
    state.actors = state.actors.filter(function (actor) {
      var entry = palette[actor.palette];
      if (!entry) { removed[actor.id] = true; return false; }
      actor.label = entry.label;
      actor.type = types[entry.type] ? entry.type : config.actor_types[0].id;
      if (!rings[actor.ring]) { actor.ring = config.rings[config.rings.length - 1].id; }
      if (actor.sector && !sectors[actor.sector]) { actor.sector = null; }
      return true;
    });
    state.relations = state.relations.filter(function (relation) {
      if (!relationTypes[relation.type]) { relation.type = config.relation_types[0].id; }
      return !removed[relation.source] && !removed[relation.target];
    });
    model.undoStack = [];
    model.redoStack = [];
    model.setConfig(config);
  }

  /** The legend of the experts' map, rebuilt when types change (the learner view renders it on the server). */
  function legend(host) {
    var NS = "http://www.w3.org/2000/svg", Canvas = window.WeerbaarNetworkCanvas, Model = window.WeerbaarNetworkModel;
    host.textContent = "";
    var list = el("ul", { className: "wb-net-legend-list" });
    function sample(width, height) {
      var node = document.createElementNS(NS, "svg");
      [["width", width], ["height", height], ["viewBox", "0 0 " + width + " " + height], ["aria-hidden", "true"], ["focusable", "false"]]
        .forEach(function (pair) { node.setAttribute(pair[0], pair[1]); });
      return node;
    }
    function line(color, dash, width) {
      var node = sample(54, 16), stroke = document.createElementNS(NS, "line");
      [["x1", 6], ["y1", 8], ["x2", 48], ["y2", 8], ["stroke", color], ["stroke-width", width]].forEach(function (pair) { stroke.setAttribute(pair[0], pair[1]); });
      if (dash) { stroke.setAttribute("stroke-dasharray", dash); }
      node.appendChild(stroke);
      return node;
    }
    function item(picture, label) { list.appendChild(el("li", {}, [picture, el("span", { text: label })])); }
    model.config.actor_types.forEach(function (kind) {
      var node = sample(26, 26);
      Canvas.shape(kind.shape, 8, { fill: kind.color, transform: "translate(13,13)" }, node);
      item(node, kind.label);
    });
    model.config.relation_types.forEach(function (kind) { item(line(kind.color, Canvas.DASHES[kind.line], 3), kind.label); });
    ["weak", "normal", "strong"].forEach(function (code) { item(line("#444444", null, Canvas.WIDTHS[code]), Model.strengthLabel(code)); });
    host.appendChild(el("p", { className: "wb-label", text: gettext("Legend") }));
    host.appendChild(list);
  }

  // ---- the experts' map -----------------------------------------------------------------------------------------
  function buildMap() {
    var labels = {};
    lists.palette.forEach(function (item) { labels[item.id] = item; });
    var map = JSON.parse(JSON.stringify({ actors: state.reference.actors || [], relations: state.reference.relations || [] }));
    map.actors.forEach(function (actor) { var entry = labels[actor.id] || {}; actor.palette = actor.id; actor.label = entry.label || actor.id; actor.type = entry.type; });
    model = new window.WeerbaarNetworkModel(modelConfig(), map, { author: true, limits: { actors: 200, relations: 400 } });
    var announce = function (text) { C.announce(root, text); };
    canvas = new window.WeerbaarNetworkCanvas(find("[data-canvas]"), model, {
      tools: find("[data-canvas-tools]"), describedBy: root.id + "-help", announce: announce, label: gettext("Experts' map"),
      onSelect: function (kind, id) { table.highlight(kind, id); }, onOpen: function (kind, id) { table.open(kind, id); }
    });
    table = new window.WeerbaarNetworkTable(find("[data-table]"), model, { author: true, onSelect: function (kind, id) { canvas.select(kind, id, true); } });
    legend(find("[data-legend]"));
    model.on(function (event) {
      if (event.message) { announce(event.message); }
      if (event.action === "config") { legend(find("[data-legend]")); }
      find("[data-undo]").disabled = !model.canUndo();
      find("[data-redo]").disabled = !model.canRedo();
    });
    find("[data-undo]").addEventListener("click", function () { model.undo(); });
    find("[data-redo]").addEventListener("click", function () { model.redo(); });
  }

  // ---- settings and texts ---------------------------------------------------------------------------------------
  var NUMBERS = { max_actors: [1, 200, true], max_relations: [0, 400, true], actor_weight: [0, 100], relation_weight: [0, 100], partial_credit: [0, 1], weight: [0, 1000] };
  function fillForm() {
    find("[data-field=\"display_name\"]").value = state.display_name;
    find("[data-field=\"introduction\"]").value = state.introduction;
    find("[data-field=\"case_label\"]").value = state.config.case_label;
    find("[data-field=\"settings.allow_free\"]").checked = !!state.settings.allow_free;
    find("[data-field=\"settings.graded\"]").checked = !!state.settings.graded;
    Object.keys(NUMBERS).forEach(function (name) { find("[data-field=\"settings." + name + "\"]").value = state.settings[name]; });
    find("[data-field=\"case_label\"]").addEventListener("change", function () { changed("case_label"); });
  }
  function payload() {
    var settings = { allow_free: find("[data-field=\"settings.allow_free\"]").checked, graded: find("[data-field=\"settings.graded\"]").checked };
    Object.keys(NUMBERS).forEach(function (name) {
      var raw = find("[data-field=\"settings." + name + "\"]").value.trim(), value = Number(raw);
      settings[name] = raw === "" || isNaN(value) ? raw : value;
    });
    var map = model.toJSON(), inMap = {};
    map.actors.forEach(function (actor) { inMap[actor.id] = true; });
    leftOutOrder = [];
    var left = [];
    lists.palette.forEach(function (item, index) {
      if (item.left_out && !inMap[item.id]) { left.push({ actor: item.id, explanation: item.left_out }); leftOutOrder.push(index); }
    });
    return {
      display_name: find("[data-field=\"display_name\"]").value.trim(), introduction: find("[data-field=\"introduction\"]").value,
      case_label: find("[data-field=\"case_label\"]").value.trim(), rings: clean("rings"), sectors: clean("sectors"),
      actor_types: clean("actor_types"), relation_types: clean("relation_types"), palette: clean("palette"), settings: settings,
      reference: {
        actors: map.actors.map(function (a) { return { id: a.id, palette: a.palette, ring: a.ring, sector: a.sector, x: a.x, y: a.y, explanation: a.explanation || "" }; }),
        relations: map.relations.map(function (r) { return { id: r.id, source: r.source, target: r.target, type: r.type, direction: r.direction, strength: r.strength, explanation: r.explanation || "" }; }),
        left_out: left
      }
    };
  }
  var leftOutOrder = [];

  /** The browser's own checks, with the same rules as the server's. */
  function check(data) {
    var found = [];
    function need(field, value, limit) {
      if (!value) { found.push({ field: field, message: gettext("Fill in this field.") }); }
      else if (value.length > limit) { found.push({ field: field, message: fmt(gettext("At most {limit} characters."), { limit: limit }) }); }
    }
    need("display_name", data.display_name, 200);
    need("case_label", data.case_label, 80);
    Object.keys(SPECS).forEach(function (key) {
      if (data[key].length < SPECS[key].limits[0]) { found.push({ field: key, message: fmt(gettext("Add at least {limit}."), { limit: SPECS[key].limits[0] }) }); }
      data[key].forEach(function (item, index) { need(key + "." + index + ".label", item.label, 80); });
    });
    Object.keys(NUMBERS).forEach(function (name) {
      var value = data.settings[name], range = NUMBERS[name];
      if (typeof value !== "number" || (range[2] && Math.floor(value) !== value)) { found.push({ field: "settings." + name, message: gettext("Enter a number.") }); }
      else if (value < range[0] || value > range[1]) { found.push({ field: "settings." + name, message: fmt(gettext("Enter a number from {minimum} to {maximum}."), { minimum: range[0], maximum: range[1] }) }); }
    });
    if (data.settings.actor_weight === 0 && data.settings.relation_weight === 0) {
      found.push({ field: "settings.relation_weight", message: gettext("The weights of actors and relations cannot both be 0.") });
    }
    if (data.settings.graded && !data.reference.actors.length) {
      found.push({ field: "reference", message: gettext("A graded network map needs at least one actor in the expert map.") });
    }
    return found;
  }

  // ---- messages beside the fields -------------------------------------------------------------------------------
  function target(field) {
    var parts = field.split(".");
    if (parts[0] === "reference" && (parts[1] === "actors" || parts[1] === "relations") && parts.length > 2) {
      var item = (parts[1] === "actors" ? model.actors() : model.relations())[Number(parts[2])];
      var row = item && table.rows[parts[1] === "actors" ? "actor" : "relation"][item.id];
      if (row) { return row.tr.querySelector("[data-key=\"" + parts[3] + "\"]") || row.tr.querySelector("th"); }
    }
    if (parts[0] === "reference" && parts[1] === "left_out" && parts.length > 2) {
      return find("[data-field=\"palette." + leftOutOrder[Number(parts[2])] + ".left_out\"]");
    }
    for (var n = parts.length; n > 0; n -= 1) {
      var node = find("[data-field=\"" + parts.slice(0, n).join(".") + "\"]");
      if (node) { return node; }
    }
    return null;
  }
  function clearErrors() {
    root.querySelectorAll(".wb-net-field-error").forEach(function (node) { node.remove(); });
    root.querySelectorAll("[aria-invalid]").forEach(function (node) { node.removeAttribute("aria-invalid"); node.removeAttribute("aria-describedby"); });
    find("[data-summary]").textContent = "";
  }
  function showErrors(problems, summary) {
    var first = null;
    problems.forEach(function (problem, index) {
      var node = target(problem.field || ""), message = el("p", { className: "wb-net-field-error", id: root.id + "-error-" + index, text: problem.message });
      if (!node) { find("[data-summary]").appendChild(el("span", { text: " " + problem.message })); return; }
      var controlNode = node.matches("input, select, textarea") ? node : node.querySelector("input, select, textarea");
      if (node.matches("fieldset, section")) { node.insertBefore(message, node.children[1] || null); }
      else if (node.tagName === "TH") { node.appendChild(message); }
      else { node.parentNode.insertBefore(message, node.nextSibling); }
      if (controlNode) {
        controlNode.setAttribute("aria-invalid", "true");
        controlNode.setAttribute("aria-describedby", message.id);
      }
      first = first || controlNode || node;
    });
    find("[data-summary]").insertBefore(document.createTextNode(summary), find("[data-summary]").firstChild);
    if (first) { first.focus(); }
  }

  function save() {
    clearErrors();
    var data = payload(), problems = check(data);
    if (problems.length) {
      showErrors(problems, fmt(ngettext("Please correct {count} problem.", "Please correct {count} problems.", problems.length), { count: problems.length }));
      return;
    }
    var status = find("[data-status]");
    status.textContent = gettext("Saving…");
    C.notify(runtime, "save", { state: "start" });
    C.post(runtime, element, "studio_submit", data).then(function (result) {
      if (result.ok) {
        status.textContent = gettext("Saved.");
        C.announce(root, gettext("Saved."));
        lists.palette.forEach(function (item) { delete item.fresh; });
        C.notify(runtime, "save", { state: "end" });
        return;
      }
      status.textContent = gettext("Not saved.");
      showErrors(result.data.problems || [], result.data.error);
      C.notify(runtime, "error", { title: gettext("Not saved"), message: result.data.error });
    });
  }

  fillForm();
  Object.keys(SPECS).forEach(function (key) { renderList(key); });
  buildMap();
  find("[data-save]").addEventListener("click", save);
  find("[data-cancel]").addEventListener("click", function () { C.notify(runtime, "cancel", {}); });
}
