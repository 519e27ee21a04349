/* Casus, Studio editor model, the pure part: the editable copy of the block's data, reading and writing it by
 * dotted path ("scenario.situations.0.title"), adding and removing situations, options, endings and
 * competencies, keeping the expert key and branch targets consistent, and building the save payload.
 * No DOM and no text, so Node's test runner can load it (tests/js/scenario_editor_model.test.js). */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioEditorModel) { return; }

  function copy(value) { return JSON.parse(JSON.stringify(value)); }

  /** The editable model from the editor's init data: {display_name, settings, scenario}. */
  function create(init) {
    var model = { display_name: init.display_name, settings: copy(init.settings), scenario: copy(init.scenario),
      case_key: init.case_key || "" };
    var scenario = model.scenario;
    scenario.competencies = scenario.competencies || init.defaults.slice();
    scenario.situations = scenario.situations || [];
    scenario.endings = scenario.endings || [];
    scenario.situations.forEach(function (situation) {
      situation.options = situation.options || [];
      situation.tags = situation.tags || [];
      ensureKey(situation);
    });
    return model;
  }

  function readPath(model, path) {
    return path.split(".").reduce(function (value, part) {
      return value === undefined || value === null ? undefined : value[part];
    }, model);
  }

  function writePath(model, path, value) {
    var parts = path.split("."), last = parts.pop();
    var target = parts.reduce(function (node, part) {
      if (node[part] === undefined || node[part] === null) { node[part] = {}; }
      return node[part];
    }, model);
    target[last] = value;
  }

  /** What a number field holds: "" when empty, the number when it is one (whole when `integer`), else the text,
   * so the server can name the mistake. */
  function parseNumber(raw, integer) {
    var text = String(raw).trim(), parsed = Number(text);
    if (text === "") { return ""; }
    return isFinite(parsed) && (!integer || Math.floor(parsed) === parsed) ? parsed : text;
  }

  /** The first make(1), make(2), ... not in `used`. */
  function freeId(used, make) {
    for (var number = 1; ; number += 1) {
      var id = make(number);
      if (used.indexOf(id) < 0) { return id; }
    }
  }

  function optionIds(situation) { return situation.options.map(function (option) { return option.id; }); }

  /** Every id a branch can point at: situations and endings. */
  function targetIds(scenario) {
    var ids = function (items) { return items.map(function (item) { return item.id; }); };
    return ids(scenario.situations).concat(ids(scenario.endings));
  }

  /** Give a situation a key for every format, its order holding each option exactly once. */
  function ensureKey(situation) {
    var key = situation.key = situation.key || {}, ids = optionIds(situation);
    key.points = key.points || {};
    key.ratings = key.ratings || {};
    if (key.best === undefined) { key.best = ""; }
    if (key.worst === undefined) { key.worst = ""; }
    var order = (key.order || []).filter(function (id) { return ids.indexOf(id) >= 0; });
    ids.forEach(function (id) { if (order.indexOf(id) < 0) { order.push(id); } });
    key.order = order;
  }

  function addOption(situation) {
    var id = freeId(optionIds(situation), function (number) {
      return number <= 26 ? String.fromCharCode(96 + number) : "o" + number;
    });
    situation.options.push({ id: id, text: "", feedback: "", next: "" });
    ensureKey(situation);
  }

  function removeOption(situation, index) {
    var id = situation.options.splice(index, 1)[0].id, key = situation.key;
    delete key.points[id];
    delete key.ratings[id];
    if (key.best === id) { key.best = ""; }
    if (key.worst === id) { key.worst = ""; }
    ensureKey(situation);
  }

  /** A new pick-best situation with three empty options, at the end; its index. */
  function addSituation(scenario) {
    var situation = {
      id: freeId(targetIds(scenario), function (number) { return "s" + number; }), title: "", narrative: "",
      image_url: "", image_alt: "", question: "", instruction: "", format: "pick_best", options: [], key: {}, tags: [],
      weight: 1, next: ""
    };
    addOption(situation);
    addOption(situation);
    addOption(situation);
    return scenario.situations.push(situation) - 1;
  }

  function addEnding(scenario) {
    var id = freeId(targetIds(scenario), function (number) { return "einde" + number; });
    return scenario.endings.push({ id: id, title: "", text: "" }) - 1;
  }

  /** Point every branch that led to `from` at `to` (after a situation or ending changed its id). */
  function renameTarget(scenario, from, to) {
    scenario.situations.forEach(function (situation) {
      if (situation.next === from) { situation.next = to; }
      situation.options.forEach(function (option) { if (option.next === from) { option.next = to; } });
    });
  }

  function renameCompetency(scenario, index, name) {
    var old = scenario.competencies[index];
    scenario.competencies[index] = name;
    scenario.situations.forEach(function (situation) {
      situation.tags = situation.tags.map(function (tag) { return tag === old ? name : tag; });
    });
  }

  function removeCompetency(scenario, index) {
    var old = scenario.competencies.splice(index, 1)[0];
    scenario.situations.forEach(function (situation) {
      situation.tags = situation.tags.filter(function (tag) { return tag !== old; });
    });
  }

  function setTag(situation, name, tagged) {
    situation.tags = situation.tags.filter(function (tag) { return tag !== name; });
    if (tagged) { situation.tags.push(name); }
  }

  /** The key as the server wants it: only the part the situation's format uses, for its current options. */
  function keyForFormat(situation) {
    var key = situation.key, ids = optionIds(situation);
    var only = function (values) {
      var kept = {};
      ids.forEach(function (id) { if (values[id] !== undefined) { kept[id] = values[id]; } });
      return kept;
    };
    if (situation.format === "pick_best") { return { points: only(key.points) }; }
    if (situation.format === "rate") { return { ratings: only(key.ratings) }; }
    if (situation.format === "best_worst") { return { best: key.best, worst: key.worst }; }
    return { order: key.order };
  }

  /** What studio_submit receives. */
  function payload(model) {
    var scenario = copy(model.scenario);
    scenario.situations.forEach(function (situation) { situation.key = keyForFormat(situation); });
    return { display_name: model.display_name, settings: model.settings, scenario: scenario,
      case_key: model.case_key || "" };
  }

  var editorModel = {
    create: create, readPath: readPath, writePath: writePath, parseNumber: parseNumber, freeId: freeId,
    targetIds: targetIds, ensureKey: ensureKey, addOption: addOption, removeOption: removeOption,
    addSituation: addSituation, addEnding: addEnding, renameTarget: renameTarget,
    renameCompetency: renameCompetency, removeCompetency: removeCompetency, setTag: setTag, payload: payload
  };
  global.WeerbaarScenarioEditorModel = editorModel;
  if (typeof module === "object" && module.exports) { module.exports = editorModel; }
})(typeof window !== "undefined" ? window : globalThis);
