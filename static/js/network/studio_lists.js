/* Netwerkkaart Studio editor: rings, sectors, types of actors and relations and the list of actors, each as an
 * editable list with add, move up/down and remove (within its limits). New items get an id made from their
 * first name; the focus follows the action and every action is announced. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkStudioLists) { return; }
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format;
  var ID_PREFIX = {
    rings: "ring", sectors: "sector", actor_types: "type", relation_types: "relation", palette: "actor"
  };

  function create(tag, attrs, children) { return global.WeerbaarDom.create(tag, attrs, children); }
  function slug(text) {
    var plain = text.normalize("NFD").replace(new RegExp("[\\u0300-\\u036f]", "g"), "").toLowerCase();
    return plain.replace(new RegExp("[^a-z0-9]+", "g"), "-").replace(new RegExp("^-+|-+$", "g"), "")
      .slice(0, 30) || "item";
  }
  function withOptions(select, pairs, value) {
    pairs.forEach(function (pair) { select.appendChild(create("option", { value: pair[0], text: pair[1] })); });
    select.value = value;
    return select;
  }

  /** What each list looks like: its button and item names, its [minimum, maximum] and a new item. */
  function specs(lists) {
    function named(extra) { return function () { return Object.assign({ label: "" }, extra); }; }
    return {
      rings: { add: gettext("Add a ring"), name: gettext("Ring {number}"), limits: [1, 8], make: named({}) },
      sectors: { add: gettext("Add a sector"), name: gettext("Sector {number}"), limits: [0, 12], make: named({}) },
      actor_types: { add: gettext("Add a type of actor"), name: gettext("Type of actor {number}"), limits: [1, 10],
        make: named({ shape: "circle", color: "#1f5fa8" }) },
      relation_types: { add: gettext("Add a type of relation"), name: gettext("Type of relation {number}"),
        limits: [1, 12], make: named({ line: "solid", color: "#2e6b30" }) },
      palette: { add: gettext("Add an actor to the list"), name: gettext("Actor {number}"), limits: [0, 200],
        make: function () {
          var type = lists.actor_types[0] ? lists.actor_types[0].id : "";
          return { label: "", type: type, synonyms: [], offered: true, left_out: "" };
        } }
    };
  }

  // editor: { root, lists, hooks, specs, counter } — one Studio editor's lists.

  function styleChoices(actorType) {
    if (actorType) {
      return [["circle", gettext("Circle")], ["square", gettext("Square")], ["diamond", gettext("Diamond")],
        ["triangle", gettext("Triangle")], ["hexagon", gettext("Hexagon")]];
    }
    return [["solid", gettext("Solid line")], ["dashed", gettext("Dashed line")], ["dotted", gettext("Dotted line")]];
  }

  function announce(editor, text) { global.WeerbaarLiveRegion.announce(editor.root, text); }

  function uniqueId(editor, key, base) {
    var taken = {}, candidate = base, number = 1;
    editor.lists[key].forEach(function (item) { taken[item.id] = true; });
    while (taken[candidate]) { number += 1; candidate = base + "-" + number; }
    return candidate;
  }

  function control(editor, key, index, name, labelText, node) {
    node.id = editor.root.id + "-" + key + "-" + index + "-" + name;
    node.setAttribute("data-field", key + "." + index + "." + name);
    var checkbox = node.type === "checkbox", label = create("label", { "for": node.id, text: labelText });
    return create("div", { className: "wb-field" + (checkbox ? " wb-net-check" : "") },
      checkbox ? [node, label] : [label, node]);
  }

  function input(item, name, node, read) {
    node.addEventListener("change", function () { item[name] = read(node); });
    return node;
  }

  function styleFields(editor, key, item, index) {
    var actorType = key === "actor_types", name = actorType ? "shape" : "line", hooks = editor.hooks;
    var style = withOptions(create("select", {}), styleChoices(actorType), item[name]);
    style.addEventListener("change", function () { item[name] = style.value; hooks.changed(key); });
    var color = create("input", { type: "color", value: item.color });
    color.addEventListener("change", function () { item.color = color.value; hooks.changed(key); });
    return [control(editor, key, index, name, actorType ? gettext("Shape") : gettext("Line"), style),
      control(editor, key, index, "color", gettext("Colour"), color)];
  }

  function paletteFields(editor, item, index) {
    var types = editor.lists.actor_types.map(function (kind) { return [kind.id, kind.label]; });
    var type = withOptions(create("select", {}), types, item.type);
    type.addEventListener("change", function () { item.type = type.value; editor.hooks.changed("palette"); });
    var synonyms = input(item, "synonyms", create("input", { type: "text", value: (item.synonyms || []).join(", ") }),
      function (node) {
        return node.value.split(",").map(function (part) { return part.trim(); }).filter(Boolean);
      });
    var offered = input(item, "offered", create("input", { type: "checkbox" }),
      function (node) { return node.checked; });
    offered.checked = item.offered !== false;
    var why = input(item, "left_out", create("textarea", { rows: 2, maxlength: 1000 }),
      function (node) { return node.value.trim(); });
    why.value = item.left_out || "";
    return [control(editor, "palette", index, "type", gettext("Type"), type),
      control(editor, "palette", index, "synonyms", gettext("Synonyms"), synonyms),
      control(editor, "palette", index, "offered", gettext("Shown to learners"), offered),
      control(editor, "palette", index, "left_out",
        gettext("Explanation when a learner adds it but the experts left it out"), why)];
  }

  function actionButtons(editor, key, item, index, name) {
    var title = item.label || name, count = editor.lists[key].length;
    return [["up", gettext("Move up"), index > 0], ["down", gettext("Move down"), index < count - 1],
      ["remove", gettext("Remove"), count > editor.specs[key].limits[0]]].map(function (action) {
      return create("button", { type: "button", className: "wb-button wb-secondary wb-net-small", text: action[1],
        "data-action": action[0], "aria-label": action[1] + ": " + title, disabled: !action[2],
        onclick: function () { act(editor, key, index, action[0]); } });
    });
  }

  function row(editor, key, item, index) {
    var name = format(editor.specs[key].name, { number: index + 1 }), hooks = editor.hooks;
    var label = create("input", { type: "text", value: item.label });
    label.addEventListener("change", function () {
      item.label = label.value.trim();
      if (item.fresh && item.label && !(key === "palette" && hooks.inMap(item.id))) {
        item.id = uniqueId(editor, key, slug(item.label));
      }
      hooks.changed(key);
    });
    var fields = [control(editor, key, index, "label", name, label)];
    if (key === "actor_types" || key === "relation_types") {
      fields = fields.concat(styleFields(editor, key, item, index));
    }
    if (key === "palette") { fields = fields.concat(paletteFields(editor, item, index)); }
    return create("div", { className: "wb-net-list-row", "data-row": key + "." + index },
      fields.concat(actionButtons(editor, key, item, index, name)));
  }

  /** focus: "add", or [index, "label" | an action] to focus after rendering. */
  function render(editor, key, focus) {
    var host = editor.root.querySelector("[data-list=\"" + key + "\"]"), items = editor.lists[key];
    host.textContent = "";
    items.forEach(function (item, index) { host.appendChild(row(editor, key, item, index)); });
    var add = create("button", { type: "button", className: "wb-button wb-secondary", text: editor.specs[key].add,
      "data-action": "add", disabled: items.length >= editor.specs[key].limits[1],
      onclick: function () { act(editor, key, editor.lists[key].length, "add"); } });
    host.appendChild(add);
    if (!focus) { return; }
    var target = focus === "add" ? add : host.querySelector("[data-row=\"" + key + "." + focus[0] + "\"] " +
      (focus[1] === "label" ? "input" : "[data-action=\"" + focus[1] + "\"]"));
    (target && !target.disabled ? target : add).focus();
  }

  /** Adds, removes or moves an item; returns what to focus afterwards, or null when the removal is refused. */
  function change(editor, key, index, action) {
    var items = editor.lists[key], label = items[index] ? items[index].label : "";
    if (action === "add") {
      var item = editor.specs[key].make();
      editor.counter += 1;
      item.id = uniqueId(editor, key, ID_PREFIX[key] + "-" + editor.counter);
      item.fresh = true;
      items.push(item);
      announce(editor, gettext("Added. Type its name."));
      return [items.length - 1, "label"];
    }
    if (action === "remove") {
      if (editor.hooks.refuseRemoval(key, index, items[index])) { return null; }
      items.splice(index, 1);
      announce(editor, format(gettext("{label} removed."), { label: label }));
      return items.length ? [Math.min(index, items.length - 1), "remove"] : "add";
    }
    var to = action === "up" ? index - 1 : index + 1;
    items.splice(to, 0, items.splice(index, 1)[0]);
    announce(editor, format(gettext("{label} moved to place {number}."), { label: label, number: to + 1 }));
    return [to, action];
  }

  function act(editor, key, index, action) {
    var focus = change(editor, key, index, action);
    if (!focus) { return; }
    render(editor, key, focus);
    editor.hooks.changed(key);
  }

  /** hooks: changed(key), inMap(id) (is this list actor on the experts' map?), refuseRemoval(key, index, item)
   * (true when the item may not go: the hook says why, beside the item) */
  function WeerbaarNetworkStudioLists(root, lists, hooks) {
    var editor = { root: root, lists: lists, hooks: hooks, specs: specs(lists), counter: 0 };
    return { specs: editor.specs, render: function (key, focus) { render(editor, key, focus); } };
  }

  global.WeerbaarNetworkStudioLists = WeerbaarNetworkStudioLists;
})(window);
