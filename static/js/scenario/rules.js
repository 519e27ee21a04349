/* Casus response formats, the pure part: the answer made from what a learner picked (or why there is none
 * yet), moves in an ordered list, and whether an answer agrees with the expert key for one option.
 * No DOM and no text, so Node's test runner can load it (tests/js/scenario_rules.test.js). */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioRules) { return; }

  /** The answer of a format from the learner's picks: {answer} or {problem: "missing" | "same"}.
   * picks: pick_best {choice}; best_worst {best, worst}; rate {ratings, options}; rank {order}. */
  function buildAnswer(format, picks) {
    if (format === "pick_best") {
      return picks.choice ? { answer: { choice: picks.choice } } : { problem: "missing" };
    }
    if (format === "best_worst") {
      if (!picks.best || !picks.worst) { return { problem: "missing" }; }
      if (picks.best === picks.worst) { return { problem: "same" }; }
      return { answer: { best: picks.best, worst: picks.worst } };
    }
    if (format === "rate") {
      var ratings = {};
      var complete = picks.options.every(function (option) {
        var value = picks.ratings[option];
        if (value === undefined || value === null || value === "") { return false; }
        ratings[option] = Number(value);
        return true;
      });
      return complete ? { answer: { ratings: ratings } } : { problem: "missing" };
    }
    return { answer: { order: picks.order.slice() } };
  }

  /** Swap list[index] with its neighbour `step` away, in place; the item's new index (unchanged at an edge). */
  function moveItem(list, index, step) {
    var target = index + step;
    if (target < 0 || target >= list.length) { return index; }
    var item = list[index];
    list[index] = list[target];
    list[target] = item;
    return target;
  }

  /** A shuffled copy (Fisher-Yates); `random` defaults to Math.random. */
  function shuffled(items, random) {
    var draw = random || Math.random, copy = items.slice();
    for (var index = copy.length - 1; index > 0; index -= 1) {
      var other = Math.floor(draw() * (index + 1)), keep = copy[index];
      copy[index] = copy[other];
      copy[other] = keep;
    }
    return copy;
  }

  /** The most expert points any option of a pick-best situation has. */
  function topPoints(situation) {
    return Math.max.apply(null, situation.options.map(function (option) { return situation.key.points[option.id]; }));
  }

  /** Whether the learner's answer agrees with the expert key for one option. */
  function agrees(situation, answer, id) {
    var key = situation.key;
    if (situation.format === "pick_best") { return key.points[id] === topPoints(situation); }
    if (situation.format === "best_worst") {
      return (key.best === id) === (answer.best === id) && (key.worst === id) === (answer.worst === id);
    }
    if (situation.format === "rate") { return Math.abs(answer.ratings[id] - key.ratings[id]) < 1; }
    return answer.order.indexOf(id) === key.order.indexOf(id);
  }

  /** Options in the order a comparison reads best: a ranking in the experts' order, others as written. */
  function expertOrder(situation) {
    if (situation.format !== "rank") { return situation.options; }
    return situation.key.order.map(function (id) {
      return situation.options.filter(function (option) { return option.id === id; })[0];
    });
  }

  var rules = {
    buildAnswer: buildAnswer, moveItem: moveItem, shuffled: shuffled, topPoints: topPoints, agrees: agrees,
    expertOrder: expertOrder
  };
  global.WeerbaarScenarioRules = rules;
  if (typeof module === "object" && module.exports) { module.exports = rules; }
})(typeof window !== "undefined" ? window : globalThis);
