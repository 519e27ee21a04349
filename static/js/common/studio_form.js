/* WeerbaarStudioForm({runtime, server, root, collect, problems, onSaved, onFailed}): the one Studio save.
 * Saving (the [data-save] button, or the form's submit) tells Studio it starts, sends collect() to
 * "studio_submit" and either hands the answer to onSaved or shows the problems beside their fields.
 * [data-cancel] closes the editor. "Saved." appears beside the buttons (and is announced) after each save.
 * The demo's runtime has no notify(): then Studio is simply not told. */
(function (global) {
  "use strict";

  function WeerbaarStudioForm(options) {
    var runtime = options.runtime, root = options.root, problems = options.problems;
    var text = global.WeerbaarText;

    function notify(name, data) {
      if (runtime && typeof runtime.notify === "function") { runtime.notify(name, data); }
    }

    function failed(data) {
      if (problems) {
        var list = data.problems || (data.field ? [{ field: data.field, message: data.error }] : []);
        problems.show(list, data.error);
      }
      if (options.onFailed) { options.onFailed(data); }
      notify("error", { title: text.gettext("Not saved"), message: data.error });
    }

    /** The visible "Saved." beside the buttons: made once, after the save button's row. */
    function statusLine() {
      var line = root.querySelector("[data-studio-status]");
      var button = root.querySelector("[data-save], button[type=\"submit\"]");
      if (line || !button) { return line; }
      line = global.document.createElement("span");
      line.className = "wb-ok wb-save-note";
      line.setAttribute("data-studio-status", "");
      button.parentNode.appendChild(line);
      return line;
    }

    function showStatus(message) {
      var line = statusLine();
      if (line) { line.textContent = message; }
    }

    function save() {
      if (problems) { problems.clear(); }
      showStatus("");
      notify("save", { state: "start" });
      return options.server.call("studio_submit", options.collect()).then(function (result) {
        if (!result.ok) { failed(result.data); return result; }
        if (options.onSaved) { options.onSaved(result.data); }
        showStatus(text.gettext("Saved."));
        global.WeerbaarLiveRegion.announce(root, text.gettext("Saved."));
        notify("save", { state: "end" });
        return result;
      });
    }

    function cancel() { notify("cancel", {}); }

    var form = root.tagName === "FORM" ? root : root.querySelector("form");
    var saveButton = root.querySelector("[data-save]");
    if (saveButton) {
      saveButton.addEventListener("click", function (event) { event.preventDefault(); save(); });
    }
    if (form) {
      form.addEventListener("submit", function (event) { event.preventDefault(); save(); });
    }
    root.addEventListener("input", function () {  // changed since: "Saved." would no longer be true
      var line = root.querySelector("[data-studio-status]");
      if (line) { line.textContent = ""; }
    });
    var cancelButton = root.querySelector("[data-cancel]");
    if (cancelButton) {
      cancelButton.addEventListener("click", function (event) { event.preventDefault(); cancel(); });
    }
    return { save: save, cancel: cancel };
  }

  global.WeerbaarStudioForm = WeerbaarStudioForm;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarStudioForm; }
})(typeof window !== "undefined" ? window : globalThis);
