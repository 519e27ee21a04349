// Casus response formats, the pure rules: answers per format, moves in a ranking, agreement with the key.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const rules = require("../../static/js/scenario/rules.js");

const options = [{ id: "a", text: "Bel" }, { id: "b", text: "Wacht" }, { id: "c", text: "Meld" }];

test("pick best: the chosen option is the answer; nothing chosen is missing", () => {
  assert.deepStrictEqual(rules.buildAnswer("pick_best", { choice: "b" }), { answer: { choice: "b" } });
  assert.deepStrictEqual(rules.buildAnswer("pick_best", { choice: "" }), { problem: "missing" });
});

test("best and worst: both are needed, and they must differ", () => {
  assert.deepStrictEqual(rules.buildAnswer("best_worst", { best: "a", worst: "c" }),
    { answer: { best: "a", worst: "c" } });
  assert.deepStrictEqual(rules.buildAnswer("best_worst", { best: "a", worst: "" }), { problem: "missing" });
  assert.deepStrictEqual(rules.buildAnswer("best_worst", { best: "", worst: "" }), { problem: "missing" });
  assert.deepStrictEqual(rules.buildAnswer("best_worst", { best: "b", worst: "b" }), { problem: "same" });
});

test("rate: every option needs a rating, given back as numbers", () => {
  const ids = ["a", "b", "c"];
  assert.deepStrictEqual(rules.buildAnswer("rate", { ratings: { a: "1", b: "5", c: "3" }, options: ids }),
    { answer: { ratings: { a: 1, b: 5, c: 3 } } });
  assert.deepStrictEqual(rules.buildAnswer("rate", { ratings: { a: "1", b: "", c: "3" }, options: ids }),
    { problem: "missing" });
  assert.deepStrictEqual(rules.buildAnswer("rate", { ratings: { a: "1" }, options: ids }), { problem: "missing" });
});

test("rank: the order is always an answer, and a copy", () => {
  const order = ["c", "a", "b"];
  const result = rules.buildAnswer("rank", { order: order });
  assert.deepStrictEqual(result, { answer: { order: ["c", "a", "b"] } });
  order.reverse();
  assert.deepStrictEqual(result.answer.order, ["c", "a", "b"]);
});

test("moveItem swaps with the neighbour and gives the new index", () => {
  const list = ["a", "b", "c"];
  assert.strictEqual(rules.moveItem(list, 2, -1), 1);
  assert.deepStrictEqual(list, ["a", "c", "b"]);
  assert.strictEqual(rules.moveItem(list, 0, 1), 1);
  assert.deepStrictEqual(list, ["c", "a", "b"]);
});

test("moveItem leaves the list alone at either edge", () => {
  const list = ["a", "b", "c"];
  assert.strictEqual(rules.moveItem(list, 0, -1), 0);
  assert.strictEqual(rules.moveItem(list, 2, 1), 2);
  assert.deepStrictEqual(list, ["a", "b", "c"]);
});

test("shuffled returns a permutation and leaves the input alone", () => {
  const items = ["a", "b", "c", "d"];
  const values = [0.1, 0.9, 0.5];
  const result = rules.shuffled(items, () => values.shift());
  assert.deepStrictEqual(items, ["a", "b", "c", "d"]);
  assert.deepStrictEqual(result.slice().sort(), ["a", "b", "c", "d"]);
  assert.deepStrictEqual(rules.shuffled(items, () => 0.999), ["a", "b", "c", "d"]);
});

test("pick best: an option agrees when it has the most points, whatever was chosen", () => {
  const situation = { format: "pick_best", options: options, key: { points: { a: 1, b: 3, c: 3 } } };
  assert.strictEqual(rules.topPoints(situation), 3);
  assert.deepStrictEqual(["a", "b", "c"].map((id) => rules.agrees(situation, { choice: "a" }, id)),
    [false, true, true]);
});

test("best and worst: an option agrees when the learner gave it the experts' label or none of theirs", () => {
  const situation = { format: "best_worst", options: options, key: { best: "a", worst: "c" } };
  const answer = { best: "a", worst: "b" };
  assert.deepStrictEqual(["a", "b", "c"].map((id) => rules.agrees(situation, answer, id)), [true, false, false]);
});

test("rate: an option agrees when the rating is less than one point from the experts' mean", () => {
  const situation = { format: "rate", options: options, key: { ratings: { a: 4.5, b: 2, c: 1 } } };
  const answer = { ratings: { a: 4, b: 3, c: 1 } };
  assert.deepStrictEqual(["a", "b", "c"].map((id) => rules.agrees(situation, answer, id)), [true, false, true]);
});

test("rank: an option agrees at the experts' position; the comparison follows their order", () => {
  const situation = { format: "rank", options: options, key: { order: ["b", "a", "c"] } };
  const answer = { order: ["a", "b", "c"] };
  assert.deepStrictEqual(["a", "b", "c"].map((id) => rules.agrees(situation, answer, id)), [false, false, true]);
  assert.deepStrictEqual(rules.expertOrder(situation).map((option) => option.id), ["b", "a", "c"]);
  assert.strictEqual(rules.expertOrder({ format: "rate", options: options }), options);
});
