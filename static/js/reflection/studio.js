/* Reflectiejournaal editor: questions, mode, review, grading and rubric as a form. The server validates
 * everything and answers with a message per field ("prompts.1.max_words"), shown beside that field.
 * Works inside Studio's modal (runtime.notify) and in the demo, whose runtime has no notify. */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format;
  var DEFAULTS = {
    prompts: { question: "", guidance: "", required: true, min_words: null, max_words: null },
    rubric: { label: "", levels: [{ label: "", points: 0 }, { label: "", points: 1 }] },
    levels: { label: "", points: 0 }
  };

  // view: { form, uid } — one editor: its form and the prefix of its ids.

  function announce(view, text) { global.WeerbaarLiveRegion.announce(view.form, text); }
  function itemLabel(name) {
    return name === "prompts" ? gettext("Question {number}") : gettext("Criterion {number}");
  }

  function children(list) {
    return Array.prototype.filter.call(list.children, function (node) { return node.hasAttribute("data-item"); });
  }
  function own(item, selector) {
    return Array.prototype.filter.call(item.querySelectorAll(selector), function (node) {
      return node.closest("[data-item]") === item;
    });
  }
  function ownList(item, name) { return own(item, "[data-list=\"" + name + "\"]")[0]; }
  function topList(view, name) { return view.form.querySelector("[data-list=\"" + name + "\"]"); }
  function field(item, key) { return own(item, "[data-key=\"" + key + "\"]")[0]; }

  /* ---- building the lists ---- */
  function addItem(view, list, name, data) {
    var template = view.form.querySelector("template[data-template=\"" + name + "\"]");
    var item = template.content.firstElementChild.cloneNode(true);
    item.setAttribute("data-id", data.id || "");
    own(item, "[data-key]").forEach(function (input) {
      var value = data[input.getAttribute("data-key")];
      if (input.type === "checkbox") { input.checked = Boolean(value); }
      else { input.value = value === null || value === undefined ? "" : String(value); }
    });
    list.appendChild(item);
    if (name === "rubric") {
      (data.levels || []).forEach(function (level) { addItem(view, ownList(item, "levels"), "levels", level); });
    }
    return item;
  }

  function fill(view, config) {
    ["prompts", "rubric"].forEach(function (name) {
      var list = topList(view, name);
      list.textContent = "";
      (config[name] || []).forEach(function (data) { addItem(view, list, name, data); });
    });
    renumber(view);
  }

  /* Ids, label targets, error boxes and paths follow the order on screen ("prompts.2.question"). */
  function renumber(view) {
    ["prompts", "rubric"].forEach(function (name) {
      children(topList(view, name)).forEach(function (item, index) {
        wire(view, item, name + "." + index, format(itemLabel(name), { number: index + 1 }));
        if (name === "rubric") {
          children(ownList(item, "levels")).forEach(function (level, levelIndex) {
            wire(view, level, name + "." + index + ".levels." + levelIndex, "");
          });
        }
      });
    });
    updateTotal(view);
  }

  function wire(view, item, path, legend) {
    var base = view.uid + "-" + path.split(".").join("-");
    own(item, "[data-number-label]").forEach(function (node) { node.textContent = legend; });
    own(item, "[data-error-for]").forEach(function (box) {
      var key = box.getAttribute("data-error-for");
      box.setAttribute("data-path", key ? path + "." + key : path);
      box.id = base + (key ? "-" + key : "") + "-error";
    });
    own(item, "[data-key]").forEach(function (input) {
      var key = input.getAttribute("data-key");
      input.id = base + "-" + key;
      var label = own(item, "[data-label-for=\"" + key + "\"]")[0];
      if (label) { label.htmlFor = input.id; }
      var box = own(item, "[data-error-for=\"" + key + "\"]")[0];
      if (box) { input.setAttribute("aria-describedby", box.id); }
    });
  }

  /* ---- reading the form ---- */
  function number(input) {
    var text = input.value.trim();
    if (text === "") { return null; }
    var value = Number(text);
    return Number.isInteger(value) ? value : text;
  }

  function read(item, key) {
    var input = field(item, key);
    if (input.type === "checkbox") { return input.checked; }
    return input.type === "number" ? number(input) : input.value;
  }

  function collectPrompt(item) {
    return { id: item.getAttribute("data-id"), question: read(item, "question"), guidance: read(item, "guidance"),
      required: read(item, "required"), min_words: read(item, "min_words"), max_words: read(item, "max_words"),
      case_key: read(item, "case_key") };
  }

  function collectCriterion(item) {
    return { id: item.getAttribute("data-id"), label: read(item, "label"),
      levels: children(ownList(item, "levels")).map(function (level) {
        return { id: level.getAttribute("data-id"), label: read(level, "label"), points: read(level, "points") };
      }) };
  }

  function collect(view) {
    var fields = view.form.elements;
    return {
      display_name: fields.display_name.value,
      introduction: fields.introduction.value,
      privacy_note: fields.privacy_note.value,
      case_key: fields.case_key.value,
      mode: fields.mode.value,
      may_edit_after_submit: fields.may_edit_after_submit.checked,
      may_revise_after_feedback: fields.may_revise_after_feedback.checked,
      review: fields.review.value,
      grading: fields.grading.value,
      max_points: number(fields.max_points),
      prompts: children(topList(view, "prompts")).map(collectPrompt),
      rubric: children(topList(view, "rubric")).map(collectCriterion)
    };
  }

  function updateTotal(view) {
    var form = view.form, scored = form.elements.grading.value === "scored";
    form.querySelector("[data-scored-only]").hidden = !scored;
    var hint = form.querySelector("[data-rubric-total]");
    var criteria = children(topList(view, "rubric"));
    if (!criteria.length) { hint.textContent = gettext("Without a rubric, enter the maximum score yourself."); return; }
    var total = criteria.reduce(function (sum, item) {
      return sum + children(ownList(item, "levels")).reduce(function (best, level) {
        var value = read(level, "points");
        return typeof value === "number" && value > best ? value : best;
      }, 0);
    }, 0);
    hint.textContent = format(gettext(
      "The rubric's highest levels add up to {total} points; leave the maximum empty to use that."), { total: total });
  }

  /* ---- actions ---- */
  function addClicked(view, button, item) {
    var name = button.getAttribute("data-add");
    var list = name === "levels" ? ownList(item, "levels") : topList(view, name);
    var added = addItem(view, list, name, DEFAULTS[name]);
    renumber(view);
    own(added, "[data-key]")[0].focus();
  }

  function removeClicked(view, item) {
    var next = item.nextElementSibling || item.previousElementSibling;
    var listName = item.parentNode.getAttribute("data-list"), parentItem = item.parentNode.closest("[data-item]");
    var addSelector = "[data-add=\"" + listName + "\"]";
    var addButton = parentItem ? own(parentItem, addSelector)[0] : view.form.querySelector(addSelector);
    item.parentNode.removeChild(item);
    renumber(view);
    (next ? own(next, "[data-key]")[0] : addButton).focus();
    announce(view, gettext("Removed."));
  }

  function moveClicked(view, button, item) {
    var step = Number(button.getAttribute("data-move"));
    var other = step < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!other) { return; }
    item.parentNode.insertBefore(item, step < 0 ? other : other.nextElementSibling);
    renumber(view);
    button.focus();
    announce(view, own(item, "[data-number-label]")[0].textContent);
  }

  function wireActions(view) {
    var form = view.form;
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button || !form.contains(button)) { return; }
      var item = button.closest("[data-item]");
      if (button.hasAttribute("data-add")) { addClicked(view, button, item); }
      else if (button.hasAttribute("data-remove")) { removeClicked(view, item); }
      else if (button.hasAttribute("data-move")) { moveClicked(view, button, item); }
    });
    form.addEventListener("input", function (event) {
      if (event.target.getAttribute("data-key") === "points") { updateTotal(view); }
    });
    form.addEventListener("change", function (event) {
      if (event.target.name === "grading") { updateTotal(view); }
    });
  }

  function WeerbaarReflectionStudio(runtime, element) {
    var host = global.WeerbaarDom.rootOf(element), form = host.querySelector("[data-studio]");
    var view = { form: form, uid: form.getAttribute("aria-labelledby").split("-studio-title")[0] };
    wireActions(view);
    global.WeerbaarStudioForm({
      runtime: runtime,
      server: global.WeerbaarServer(runtime, host),
      root: form,
      collect: function () { return collect(view); },
      problems: global.WeerbaarFieldProblems(form),
      onSaved: function (data) {
        fill(view, data.config);
        form.elements.max_points.value = data.config.max_points === null ? "" : data.config.max_points;
      }
    });
    fill(view, global.WeerbaarDom.readJson(form, "[data-config]"));
  }

  global.WeerbaarReflectionStudio = WeerbaarReflectionStudio;
})(window);
