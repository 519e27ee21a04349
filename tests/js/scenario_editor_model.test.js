// Casus, Studio editor model: paths, ids, the expert key, branch targets, competencies and the save payload.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const model = require("../../static/js/scenario/editor_model.js");

function init(scenario) {
  return {
    display_name: "Casus", settings: { scored: true }, defaults: ["Signaleren", "Melden"],
    scenario: scenario || {}
  };
}

function situation(id, optionIds, extra) {
  return Object.assign({
    id: id, format: "pick_best", next: "", tags: [], key: {},
    options: optionIds.map((optionId) => ({ id: optionId, text: optionId, next: "" }))
  }, extra || {});
}

test("create copies the data, fills in defaults and completes every key", () => {
  const data = init({ situations: [{ id: "s1", options: [{ id: "a" }, { id: "b" }], key: { order: ["b", "x"] } }] });
  const edited = model.create(data);
  assert.deepStrictEqual(edited.scenario.competencies, ["Signaleren", "Melden"]);
  assert.deepStrictEqual(edited.scenario.endings, []);
  assert.deepStrictEqual(edited.scenario.situations[0].tags, []);
  assert.deepStrictEqual(edited.scenario.situations[0].key,
    { points: {}, ratings: {}, best: "", worst: "", order: ["b", "a"] });
  edited.settings.scored = false;
  edited.scenario.competencies.push("Nog een");
  assert.strictEqual(data.settings.scored, true);
  assert.deepStrictEqual(data.defaults, ["Signaleren", "Melden"]);
});

test("readPath and writePath follow dotted paths, creating objects on the way", () => {
  const edited = { scenario: { situations: [{ title: "Eerste" }] } };
  assert.strictEqual(model.readPath(edited, "scenario.situations.0.title"), "Eerste");
  assert.strictEqual(model.readPath(edited, "scenario.situations.4.title"), undefined);
  model.writePath(edited, "scenario.situations.0.key.points.a", 2);
  assert.deepStrictEqual(edited.scenario.situations[0].key, { points: { a: 2 } });
});

test("parseNumber keeps numbers, empties and what the server should name as wrong", () => {
  assert.strictEqual(model.parseNumber(" 3 ", true), 3);
  assert.strictEqual(model.parseNumber("4.5", false), 4.5);
  assert.strictEqual(model.parseNumber("4.5", true), "4.5");
  assert.strictEqual(model.parseNumber("", false), "");
  assert.strictEqual(model.parseNumber("veel", false), "veel");
});

test("new situations, options and endings get the first free id", () => {
  const scenario = model.create(init({ situations: [situation("s1", ["a"])], endings: [{ id: "s2" }] })).scenario;
  assert.strictEqual(model.addSituation(scenario), 1);
  const added = scenario.situations[1];
  assert.strictEqual(added.id, "s3");
  assert.deepStrictEqual(added.options.map((option) => option.id), ["a", "b", "c"]);
  assert.deepStrictEqual(added.key.order, ["a", "b", "c"]);
  assert.strictEqual(model.addEnding(scenario), 1);
  assert.strictEqual(scenario.endings[1].id, "einde1");
  assert.deepStrictEqual(model.targetIds(scenario), ["s1", "s3", "s2", "einde1"]);
});

test("option ids run a to z, then o27 on", () => {
  const many = situation("s1", "abcdefghijklmnopqrstuvwxyz".split(""));
  model.ensureKey(many);
  model.addOption(many);
  assert.strictEqual(many.options[26].id, "o27");
});

test("removing an option removes it from every part of the key", () => {
  const item = situation("s1", ["a", "b", "c"], {
    key: { points: { a: 1, b: 2 }, ratings: { b: 3 }, best: "b", worst: "a", order: ["b", "c", "a"] }
  });
  model.removeOption(item, 1);
  assert.deepStrictEqual(item.options.map((option) => option.id), ["a", "c"]);
  assert.deepStrictEqual(item.key, { points: { a: 1 }, ratings: {}, best: "", worst: "a", order: ["c", "a"] });
});

test("renameTarget moves every branch from the old id to the new one", () => {
  const first = situation("s1", ["a", "b"], { next: "s2" });
  first.options[1].next = "s2";
  const scenario = { situations: [first, situation("s2", ["a"])], endings: [] };
  model.renameTarget(scenario, "s2", "druk");
  assert.strictEqual(first.next, "druk");
  assert.deepStrictEqual(first.options.map((option) => option.next), ["", "druk"]);
});

test("renaming or removing a competency follows through to the situations' tags", () => {
  const tagged = situation("s1", ["a"], { tags: ["Melden", "Signaleren"] });
  const scenario = { competencies: ["Signaleren", "Melden"], situations: [tagged], endings: [] };
  model.renameCompetency(scenario, 1, "Doorverwijzen");
  assert.deepStrictEqual(tagged.tags, ["Doorverwijzen", "Signaleren"]);
  model.removeCompetency(scenario, 0);
  assert.deepStrictEqual(scenario.competencies, ["Doorverwijzen"]);
  assert.deepStrictEqual(tagged.tags, ["Doorverwijzen"]);
  model.setTag(tagged, "Doorverwijzen", false);
  model.setTag(tagged, "Nieuw", true);
  model.setTag(tagged, "Nieuw", true);
  assert.deepStrictEqual(tagged.tags, ["Nieuw"]);
});

test("the payload keeps only the key part of each format, for the options there are", () => {
  const key = { points: { a: 1, b: 2, gone: 5 }, ratings: { a: 4 }, best: "a", worst: "b", order: ["b", "a"] };
  const formats = ["pick_best", "rate", "best_worst", "rank"];
  const edited = model.create(init({
    situations: formats.map((format, index) => situation("s" + index, ["a", "b"], { format: format, key: key }))
  }));
  const sent = model.payload(edited);
  assert.deepStrictEqual(sent.scenario.situations.map((item) => item.key), [
    { points: { a: 1, b: 2 } }, { ratings: { a: 4 } }, { best: "a", worst: "b" }, { order: ["b", "a"] }
  ]);
  assert.strictEqual(sent.display_name, "Casus");
  assert.deepStrictEqual(sent.settings, { scored: true });
  assert.strictEqual(edited.scenario.situations[0].key.points.gone, 5, "the editor keeps its own full key");
});
