/* WeerbaarReflectionPrompts(root, state): the answer boxes of one entry: their text, live word counts, the
 * limits checked before submitting, messages beside each box and the server's privacy warnings. */
(function (global) {
  "use strict";

  var text = global.WeerbaarText, words = global.WeerbaarReflectionWords, gettext = text.gettext;

  function part(root, prompt, selector) {
    return root.querySelector("[data-prompt=\"" + prompt.id + "\"] " + selector);
  }

  /** The message for an answer that may not be submitted, or "". */
  function problemWith(prompt, answer, maxCharacters) {
    var count = words.count(answer), characters = words.characters(answer);
    if (characters > maxCharacters) {
      return text.format(gettext("This answer is {count} characters long; at most {limit} are allowed."),
        { count: characters, limit: maxCharacters });
    }
    if (words.isBlank(answer)) { return prompt.required ? gettext("This question needs an answer.") : ""; }
    if (prompt.min && count < prompt.min) {
      return text.format(gettext("This answer has {count} words; write at least {limit}."),
        { count: count, limit: prompt.min });
    }
    if (prompt.max && count > prompt.max) {
      return text.format(gettext("This answer has {count} words; at most {limit} are allowed."),
        { count: count, limit: prompt.max });
    }
    return "";
  }

  function countLabel(prompt, count) {
    var label = text.format(text.ngettext("{count} word", "{count} words", count), { count: count });
    if (prompt.max && count > prompt.max) {
      return label + " · " + text.format(gettext("{over} over the maximum"), { over: count - prompt.max });
    }
    if (prompt.min && count && count < prompt.min) {
      return label + " · " + text.format(gettext("{left} more needed"), { left: prompt.min - count });
    }
    return label;
  }

  function WeerbaarReflectionPrompts(root, state) {
    var form = root.querySelector("[data-form]"), prompts = state.prompts;
    var areas = {}, wasOver = {}, warned = {};
    prompts.forEach(function (prompt) {
      areas[prompt.id] = form.querySelector("textarea[name=\"" + prompt.id + "\"]");
    });

    function answers() {
      var result = {};
      prompts.forEach(function (prompt) { result[prompt.id] = areas[prompt.id].value; });
      return result;
    }

    function updateCount(prompt) {
      var count = words.count(areas[prompt.id].value), box = part(root, prompt, "[data-count]");
      var isOver = Boolean(prompt.max && count > prompt.max);
      box.textContent = countLabel(prompt, count);
      box.className = "wr-count" + (isOver ? " wr-over" : "");
      if (isOver && !wasOver[prompt.id]) {
        global.WeerbaarLiveRegion.announce(root, gettext("This answer is now over the maximum number of words."));
      }
      wasOver[prompt.id] = isOver;
    }

    function setError(id, message) {
      var box = root.querySelector("[data-prompt=\"" + id + "\"] [data-error]");
      if (box) { box.textContent = message; }
      if (areas[id]) { areas[id].setAttribute("aria-invalid", message ? "true" : "false"); }
    }

    /** Shows the server's privacy warnings ({id: {kinds, warning}}); returns the new ones, to announce once. */
    function showPrivacy(found) {
      var fresh = [];
      prompts.forEach(function (prompt) {
        var warning = ((found || {})[prompt.id] || {}).warning || "", box = part(root, prompt, "[data-privacy]");
        box.textContent = warning;
        box.hidden = !warning;
        if (warning && warning !== warned[prompt.id]) { fresh.push(warning); }
        warned[prompt.id] = warning;
      });
      return fresh.join(" ");
    }

    /** Marks every answer that may not be submitted; returns how many there are and the first box. */
    function check(maxCharacters) {
      var result = { count: 0, first: null };
      prompts.forEach(function (prompt) {
        var message = problemWith(prompt, areas[prompt.id].value, maxCharacters);
        setError(prompt.id, message);
        if (message) { result.count += 1; result.first = result.first || areas[prompt.id]; }
      });
      return result;
    }

    function show(values, readOnly) {
      prompts.forEach(function (prompt) {
        if (values) { areas[prompt.id].value = values[prompt.id] || ""; }
        areas[prompt.id].readOnly = readOnly;
        updateCount(prompt);
      });
    }

    function onInput(handle) {
      prompts.forEach(function (prompt) {
        areas[prompt.id].addEventListener("input", function () {
          updateCount(prompt);
          setError(prompt.id, "");
          handle(prompt);
        });
      });
    }

    function focusFirst() { areas[prompts[0].id].focus(); }

    return {
      answers: answers, setError: setError, showPrivacy: showPrivacy, check: check, show: show,
      onInput: onInput, focusFirst: focusFirst
    };
  }

  global.WeerbaarReflectionPrompts = WeerbaarReflectionPrompts;
})(window);
