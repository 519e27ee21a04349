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

  // view: { root, prompts, areas, wasOver, warned } — the answer boxes of one entry, by prompt id.

  function updateCount(view, prompt) {
    var count = words.count(view.areas[prompt.id].value), box = part(view.root, prompt, "[data-count]");
    var isOver = Boolean(prompt.max && count > prompt.max);
    box.textContent = countLabel(prompt, count);
    box.className = "wr-count" + (isOver ? " wr-over" : "");
    if (isOver && !view.wasOver[prompt.id]) {
      global.WeerbaarLiveRegion.announce(view.root, gettext("This answer is now over the maximum number of words."));
    }
    view.wasOver[prompt.id] = isOver;
  }

  function answers(view) {
    var result = {};
    view.prompts.forEach(function (prompt) { result[prompt.id] = view.areas[prompt.id].value; });
    return result;
  }

  function setError(view, id, message) {
    var box = view.root.querySelector("[data-prompt=\"" + id + "\"] [data-error]");
    if (box) { box.textContent = message; }
    if (view.areas[id]) { view.areas[id].setAttribute("aria-invalid", message ? "true" : "false"); }
  }

  /** Shows the server's privacy warnings ({id: {kinds, warning}}); returns the new ones, to announce once. */
  function showPrivacy(view, found) {
    var fresh = [];
    view.prompts.forEach(function (prompt) {
      var warning = ((found || {})[prompt.id] || {}).warning || "", box = part(view.root, prompt, "[data-privacy]");
      box.textContent = warning;
      box.hidden = !warning;
      if (warning && warning !== view.warned[prompt.id]) { fresh.push(warning); }
      view.warned[prompt.id] = warning;
    });
    return fresh.join(" ");
  }

  /** Marks every answer that may not be submitted; returns how many there are and the first box. */
  function check(view, maxCharacters) {
    var result = { count: 0, first: null };
    view.prompts.forEach(function (prompt) {
      var message = problemWith(prompt, view.areas[prompt.id].value, maxCharacters);
      setError(view, prompt.id, message);
      if (message) { result.count += 1; result.first = result.first || view.areas[prompt.id]; }
    });
    return result;
  }

  function show(view, values, readOnly) {
    view.prompts.forEach(function (prompt) {
      if (values) { view.areas[prompt.id].value = values[prompt.id] || ""; }
      view.areas[prompt.id].readOnly = readOnly;
      updateCount(view, prompt);
    });
  }

  function onInput(view, handle) {
    view.prompts.forEach(function (prompt) {
      view.areas[prompt.id].addEventListener("input", function () {
        updateCount(view, prompt);
        setError(view, prompt.id, "");
        handle(prompt);
      });
    });
  }

  function WeerbaarReflectionPrompts(root, state) {
    var form = root.querySelector("[data-form]");
    var view = { root: root, prompts: state.prompts, areas: {}, wasOver: {}, warned: {} };
    view.prompts.forEach(function (prompt) {
      view.areas[prompt.id] = form.querySelector("textarea[name=\"" + prompt.id + "\"]");
    });
    return {
      answers: function () { return answers(view); },
      setError: function (id, message) { setError(view, id, message); },
      showPrivacy: function (found) { return showPrivacy(view, found); },
      check: function (maxCharacters) { return check(view, maxCharacters); },
      show: function (values, readOnly) { show(view, values, readOnly); },
      onInput: function (handle) { onInput(view, handle); },
      focusFirst: function () { view.areas[view.prompts[0].id].focus(); }
    };
  }

  global.WeerbaarReflectionPrompts = WeerbaarReflectionPrompts;
})(window);
