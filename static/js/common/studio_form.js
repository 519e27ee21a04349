/* WeerbaarStudioForm({runtime, server, root, collect, problems, onSaved, onFailed}): the one Studio save.
 * Saving (the [data-save] button, or the form's submit) tells Studio it starts, sends collect() to
 * "studio_submit" and either hands the answer to onSaved or shows the problems beside their fields.
 * [data-cancel] closes the editor. "Saved." appears beside the buttons (and is announced) after each save.
 * The demo's runtime has no notify(): then Studio is simply not told. */
(function (global) {
  "use strict";

  // form: { options, root, problems } — one editor's saving. global.WeerbaarText is read when used.

  function notify(form, name, data) {
    var runtime = form.options.runtime;
    if (runtime && typeof runtime.notify === "function") { runtime.notify(name, data); }
  }

  function failed(form, data) {
    if (form.problems) {
      var list = data.problems || (data.field ? [{ field: data.field, message: data.error }] : []);
      form.problems.show(list, data.error);
    }
    if (form.options.onFailed) { form.options.onFailed(data); }
    notify(form, "error", { title: global.WeerbaarText.gettext("Not saved"), message: data.error });
  }

  /** The visible "Saved." beside the buttons: made once, after the save button's row. */
  function statusLine(form) {
    var line = form.root.querySelector("[data-studio-status]");
    var button = form.root.querySelector("[data-save], button[type=\"submit\"]");
    if (line || !button) { return line; }
    line = global.document.createElement("span");
    line.className = "wb-ok wb-save-note";
    line.setAttribute("data-studio-status", "");
    button.parentNode.appendChild(line);
    return line;
  }

  function showStatus(form, message) {
    var line = statusLine(form);
    if (line) { line.textContent = message; }
  }

  function save(form) {
    var options = form.options, text = global.WeerbaarText;
    if (form.problems) { form.problems.clear(); }
    showStatus(form, "");
    notify(form, "save", { state: "start" });
    return options.server.call("studio_submit", withPrivacy(form, options.collect())).then(function (result) {
      if (!result.ok) { failed(form, result.data); return result; }
      if (options.onSaved) { options.onSaved(result.data); }
      showStatus(form, text.gettext("Saved."));
      global.WeerbaarLiveRegion.announce(form.root, text.gettext("Saved."));
      notify(form, "save", { state: "end" });
      return result;
    });
  }

  /** The privacy fieldset every editor shows (templates/common/privacy_settings.html), as payload.privacy. */
  function withPrivacy(form, payload) {
    var box = form.root.querySelector("[data-privacy-settings]");
    if (!box) { return payload; }
    function input(name) { return box.querySelector("[name=\"" + name + "\"]"); }
    payload.privacy = { privacy_mode: input("privacy_mode").value, show_pseudonyms: input("show_pseudonyms").checked,
      retention_days: input("retention_days").value ? Number(input("retention_days").value) : null };
    return payload;
  }

  function cancel(form) { notify(form, "cancel", {}); }

  function listen(form) {
    var root = form.root;
    var element = root.tagName === "FORM" ? root : root.querySelector("form");
    var saveButton = root.querySelector("[data-save]");
    if (saveButton) {
      saveButton.addEventListener("click", function (event) { event.preventDefault(); save(form); });
    }
    if (element) {
      element.addEventListener("submit", function (event) { event.preventDefault(); save(form); });
    }
    root.addEventListener("input", function () {  // changed since: "Saved." would no longer be true
      var line = root.querySelector("[data-studio-status]");
      if (line) { line.textContent = ""; }
    });
    var cancelButton = root.querySelector("[data-cancel]");
    if (cancelButton) {
      cancelButton.addEventListener("click", function (event) { event.preventDefault(); cancel(form); });
    }
  }

  function WeerbaarStudioForm(options) {
    var form = { options: options, root: options.root, problems: options.problems };
    listen(form);
    return { save: function () { return save(form); }, cancel: function () { cancel(form); } };
  }

  global.WeerbaarStudioForm = WeerbaarStudioForm;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarStudioForm; }
})(typeof window !== "undefined" ? window : globalThis);
