/* Netwerkkaart Studio editor: what is sent to "studio_submit" (the texts, the lists, the settings and the
 * experts' map with the explanations of left-out list actors), and the browser's own checks on it, with the
 * same rules as the server's, so that nothing is sent while anything is invalid; and the experts' map kept
 * consistent with the lists while they are edited. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkStudioData) { return; }
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format;
  // [minimum, maximum, whole numbers only]
  var NUMBERS = { max_actors: [1, 200, true], max_relations: [0, 400, true], actor_weight: [0, 100],
    relation_weight: [0, 100], partial_credit: [0, 1], weight: [0, 1000] };
  var LIST_KEYS = ["rings", "sectors", "actor_types", "relation_types", "palette"];

  function byId(list) {
    var found = {};
    list.forEach(function (item) { found[item.id] = item; });
    return found;
  }
  function fieldOf(root, name) { return root.querySelector("[data-field=\"" + name + "\"]"); }

  /** A list as sent: ids, labels and each kind's own fields, without the editor's marks. */
  function clean(lists, key) {
    return lists[key].map(function (item) {
      var copy = { id: item.id, label: item.label };
      ["shape", "color", "line"].forEach(function (name) {
        if (item[name] !== undefined) { copy[name] = item[name]; }
      });
      if (key === "palette") {
        copy.type = item.type;
        copy.synonyms = item.synonyms || [];
        copy.offered = item.offered !== false;
      }
      return copy;
    });
  }

  function fill(root, state) {
    fieldOf(root, "display_name").value = state.display_name;
    fieldOf(root, "introduction").value = state.introduction;
    fieldOf(root, "case_label").value = state.config.case_label;
    fieldOf(root, "case_key").value = state.case_key || "";
    fieldOf(root, "settings.allow_free").checked = !!state.settings.allow_free;
    fieldOf(root, "settings.scored").checked = !!state.settings.scored;
    Object.keys(NUMBERS).forEach(function (name) { fieldOf(root, "settings." + name).value = state.settings[name]; });
  }

  function settings(root) {
    var found = { allow_free: fieldOf(root, "settings.allow_free").checked,
      scored: fieldOf(root, "settings.scored").checked };
    Object.keys(NUMBERS).forEach(function (name) {
      var raw = fieldOf(root, "settings." + name).value.trim(), value = Number(raw);
      found[name] = raw === "" || isNaN(value) ? raw : value;
    });
    return found;
  }

  /** The experts' map as sent, and the palette positions of left-out explanations (for their error boxes). */
  function reference(lists, map) {
    var inMap = {}, leftOut = [], order = [];
    map.actors.forEach(function (actor) { inMap[actor.id] = true; });
    lists.palette.forEach(function (item, index) {
      if (!item.left_out || inMap[item.id]) { return; }
      leftOut.push({ actor: item.id, explanation: item.left_out });
      order.push(index);
    });
    return {
      order: order,
      reference: {
        actors: map.actors.map(function (actor) {
          return { id: actor.id, palette: actor.palette, ring: actor.ring, sector: actor.sector, x: actor.x, y: actor.y,
            explanation: actor.explanation || "" };
        }),
        relations: map.relations.map(function (relation) {
          return { id: relation.id, source: relation.source, target: relation.target, type: relation.type,
            direction: relation.direction, strength: relation.strength, explanation: relation.explanation || "" };
        }),
        left_out: leftOut
      }
    };
  }

  /** {data, leftOutOrder}: everything "studio_submit" needs. */
  function payload(root, lists, map) {
    var made = reference(lists, map), data = {
      display_name: fieldOf(root, "display_name").value.trim(), introduction: fieldOf(root, "introduction").value,
      case_label: fieldOf(root, "case_label").value.trim(), settings: settings(root), reference: made.reference,
      case_key: fieldOf(root, "case_key").value.trim()
    };
    LIST_KEYS.forEach(function (key) { data[key] = clean(lists, key); });
    return { data: data, leftOutOrder: made.order };
  }

  function checkNumbers(data, found) {
    Object.keys(NUMBERS).forEach(function (name) {
      var value = data.settings[name], range = NUMBERS[name], field = "settings." + name;
      if (typeof value !== "number" || (range[2] && Math.floor(value) !== value)) {
        found.push({ field: field, message: gettext("Enter a number.") });
      } else if (value < range[0] || value > range[1]) {
        found.push({ field: field, message: format(gettext("Enter a number from {minimum} to {maximum}."),
          { minimum: range[0], maximum: range[1] }) });
      }
    });
    if (data.settings.actor_weight === 0 && data.settings.relation_weight === 0) {
      found.push({ field: "settings.relation_weight",
        message: gettext("The weights of actors and relations cannot both be 0.") });
    }
  }

  /** The browser's own checks, with the same rules as the server's: [{field, message}]. */
  function check(data, specs) {
    var found = [];
    function need(field, value, limit) {
      if (!value) { found.push({ field: field, message: gettext("Fill in this field.") }); }
      else if (value.length > limit) {
        found.push({ field: field, message: format(gettext("At most {limit} characters."), { limit: limit }) });
      }
    }
    need("display_name", data.display_name, 200);
    need("case_label", data.case_label, 80);
    LIST_KEYS.forEach(function (key) {
      var minimum = specs[key].limits[0];
      if (data[key].length < minimum) {
        found.push({ field: key, message: format(gettext("Add at least {limit}."), { limit: minimum }) });
      }
      data[key].forEach(function (item, index) { need(key + "." + index + ".label", item.label, 80); });
    });
    checkNumbers(data, found);
    if (data.settings.scored && !data.reference.actors.length) {
      found.push({ field: "reference",
        message: gettext("A graded network map needs at least one actor in the expert map.") });
    }
    return found;
  }

  /** The config the map model draws with, from the lists as they are now. */
  function modelConfig(root, lists) {
    var config = { case_label: fieldOf(root, "case_label").value };
    ["rings", "sectors", "actor_types", "relation_types"].forEach(function (key) { config[key] = clean(lists, key); });
    config.palette = lists.palette.map(function (item) {
      return { id: item.id, label: item.label || item.id, type: item.type };
    });
    return config;
  }

  /** The lists changed: keep the experts' map consistent with them (an actor whose list entry is gone goes too).
   * The undo history no longer applies. */
  function reconcile(model, fresh) {
    var palette = byId(fresh.palette), rings = byId(fresh.rings), sectors = byId(fresh.sectors);
    var types = byId(fresh.actor_types), relationTypes = byId(fresh.relation_types), map = model.state, removed = {};
    map.actors = map.actors.filter(function (actor) {
      var entry = palette[actor.palette];
      if (!entry) { removed[actor.id] = true; return false; }
      actor.label = entry.label;
      actor.type = types[entry.type] ? entry.type : fresh.actor_types[0].id;
      if (!rings[actor.ring]) { actor.ring = fresh.rings[fresh.rings.length - 1].id; }
      if (actor.sector && !sectors[actor.sector]) { actor.sector = null; }
      return true;
    });
    map.relations = map.relations.filter(function (relation) {
      if (!relationTypes[relation.type]) { relation.type = fresh.relation_types[0].id; }
      return !removed[relation.source] && !removed[relation.target];
    });
    model.undoStack = [];
    model.redoStack = [];
    model.setConfig(fresh);
  }

  global.WeerbaarNetworkStudioData = {
    fill: fill, payload: payload, check: check, modelConfig: modelConfig, reconcile: reconcile
  };
})(window);
