/* Casus, the words of the response formats: the instruction per format and wording ("should" or "would"),
 * the best/worst labels, numbers and percentages, and the per-option comparison of an answer with the key. */
(function (global) {
  "use strict";
  if (global.WeerbaarScenarioWording) { return; }
  var Text = global.WeerbaarText, Rules = global.WeerbaarScenarioRules;
  var gettext = Text.gettext, format = Text.format;

  function instruction(responseFormat, wording) {
    var would = wording === "would";
    if (responseFormat === "pick_best") {
      return would ? gettext("Choose what you would most likely do.") : gettext("Choose the best thing to do.");
    }
    if (responseFormat === "best_worst") {
      return would ? gettext("Choose what you would most likely do and what you would least likely do.")
        : gettext("Choose the most effective and the least effective action.");
    }
    if (responseFormat === "rate") {
      return would
        ? gettext("Rate each action: how likely would you be to do it? 1 = very unlikely, 5 = very likely.")
        : gettext("Rate how effective each action is. 1 = very ineffective, 5 = very effective.");
    }
    return would
      ? gettext("Put the actions in order: first what you would most likely do, last what you would least " +
        "likely do. Use the move buttons.")
      : gettext("Put the actions in order from most effective to least effective. Use the move buttons.");
  }

  function labels(wording) {
    var would = wording === "would";
    return {
      best: would ? gettext("Most likely") : gettext("Most effective"),
      worst: would ? gettext("Least likely") : gettext("Least effective")
    };
  }

  function number(value) {
    return Number(value).toLocaleString(document.documentElement.lang || "nl", { maximumFractionDigits: 1 });
  }

  function percent(value) { return format(gettext("{value}%"), { value: Math.round((value || 0) * 100) }); }

  /** "You: …" / "Experts: …" for a best-worst option: which of the two labels the id got, if any. */
  function bestWorstSide(choice, id, text, pattern, otherwise) {
    if (choice.best === id) { return format(pattern, { label: text.best }); }
    if (choice.worst === id) { return format(pattern, { label: text.worst }); }
    return otherwise;
  }

  /** For one option: what the learner answered and what the experts say, as two short texts. */
  function optionTexts(situation, answer, id, wording) {
    var key = situation.key, responseFormat = situation.format;
    if (responseFormat === "pick_best") {
      return {
        yours: answer.choice === id ? gettext("Your choice") : "",
        experts: format(gettext("Experts: {points} of {max} points"),
          { points: number(key.points[id]), max: number(Rules.topPoints(situation)) })
      };
    }
    if (responseFormat === "best_worst") {
      var text = labels(wording);
      return {
        yours: bestWorstSide(answer, id, text, gettext("You: {label}"), ""),
        experts: bestWorstSide(key, id, text, gettext("Experts: {label}"), gettext("Experts: in between"))
      };
    }
    if (responseFormat === "rate") {
      return {
        yours: format(gettext("Your rating: {value}"), { value: answer.ratings[id] }),
        experts: format(gettext("Experts' mean rating: {value}"), { value: number(key.ratings[id]) })
      };
    }
    return {
      yours: format(gettext("Your position: {value}"), { value: answer.order.indexOf(id) + 1 }),
      experts: format(gettext("Experts' position: {value}"), { value: key.order.indexOf(id) + 1 })
    };
  }

  /** Per option, in the order written: {option, yours, experts, match}. */
  function compare(situation, answer, wording) {
    return situation.options.map(function (option) {
      var texts = optionTexts(situation, answer, option.id, wording);
      return {
        option: option, yours: texts.yours, experts: texts.experts,
        match: Rules.agrees(situation, answer, option.id)
      };
    });
  }

  global.WeerbaarScenarioWording = {
    instruction: instruction, labels: labels, number: number, percent: percent, compare: compare,
    ordered: Rules.expertOrder
  };
})(window);
