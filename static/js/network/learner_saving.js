/* Netwerkkaart learner view: saving as the learner works (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkSaving) { return; }
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format;
  var SAVE_DELAY = 1200;

  // saving: { root, server, state, view, version, autosave, serverVersion, leaving }
  function find(saving, selector) { return saving.root.querySelector(selector); }

  function newAutosave(saving) {
    var view = saving.view;
    return global.WeerbaarAutosave({
      storageKey: saving.state.storage_key,
      delay: SAVE_DELAY,
      snapshot: function () { return { map: view.model().toJSON(), base: saving.version }; },
      send: function (snapshot, options) {
        return saving.server.call("save_map", { map: snapshot.map, version: snapshot.base }, options);
      },
      onState: function (name) {
        if (name === "dirty") { view.setStatus(gettext("Unsaved changes")); }
        else if (name === "saving") { view.setStatus(gettext("Saving…")); }
      },
      onSaved: function (data) {
        saving.version = data.version;
        if (saving.autosave.isDirty()) { return; }
        view.setStatus(format(gettext("All changes saved at {time}."),
          { time: global.WeerbaarDom.formatTime(data.saved_at) }));
      },
      onError: function (data) {
        var text = format(gettext("Not saved: {error}"), { error: data.error });
        view.setStatus(text, true);
        view.announce(text);
      },
      onConflict: function (data) { showConflict(saving, data); }
    });
  }

  function showConflict(saving, data) {
    saving.serverVersion = data.version;
    find(saving, "[data-conflict-text]").textContent = data.error;
    find(saving, "[data-conflict]").hidden = false;
    saving.view.setStatus(gettext("Not saved."), true);
  }

  function listen(saving) {
    var autosave = saving.autosave;
    find(saving, "[data-load-newer]").addEventListener("click", function () {
      saving.leaving = true;
      autosave.dropLocalCopy();
      global.location.reload();
    });
    find(saving, "[data-keep-mine]").addEventListener("click", function () {
      saving.version = saving.serverVersion;
      find(saving, "[data-conflict]").hidden = true;
      autosave.resume();
      autosave.flush();
    });
    global.addEventListener("beforeunload", function (event) {
      if (autosave.isDirty() && !saving.leaving) { event.preventDefault(); event.returnValue = ""; }
    });
  }

  /** The map to start with: the server's, or unsaved changes left in this browser on top of the same version. */
  function startingMap(saving) {
    var autosave = saving.autosave, state = saving.state;
    var local = autosave.localCopy(), copy = local && local.dirty && local.snapshot;
    if (state.submitted_at || !copy) {
      if (state.submitted_at) { autosave.dropLocalCopy(); }
      return { map: state.map, restored: false };
    }
    if (copy.base === state.version) { return { map: copy.map, restored: true }; }
    if (saving.view.sameMap(copy.map, state.map)) {  // saved on leaving the page, answer not seen
      autosave.dropLocalCopy();
    } else {
      offerLocalCopy(saving, copy.map);
    }
    return { map: state.map, restored: false };
  }
  function offerLocalCopy(saving, map) {
    find(saving, "[data-restore]").hidden = false;
    find(saving, "[data-use-local]").addEventListener("click", function () {
      find(saving, "[data-restore]").hidden = true;
      saving.view.replaceMap(map);
      saving.autosave.changed();
    });
  }
  /** The page opened with the restored copy: save it. */
  function restored(saving) {
    saving.autosave.changed();
    var text = gettext("Unsaved changes from this browser have been restored.");
    saving.view.setStatus(text);
    saving.view.announce(text);
  }

  /** Submitting: no autosave meanwhile, and none in flight. Resolves to the version to submit on. */
  function beforeSubmit(saving) {
    saving.autosave.pause();
    return saving.autosave.idle().then(function () { return saving.version; });
  }
  function afterSubmit(saving, result) {
    if (result.ok) {
      saving.version = result.data.version;
      saving.autosave.reset();
      saving.autosave.dropLocalCopy();
      return;
    }
    if (result.status === 409) { showConflict(saving, result.data); return; }  // resumed by "keep mine"
    saving.autosave.resume();
  }

  /** view: {model(), setStatus(text, problem), announce(text), sameMap(first, second), replaceMap(map)} */
  function WeerbaarNetworkSaving(root, server, state, view) {
    var saving = { root: root, server: server, state: state, view: view, version: state.version };
    saving.autosave = newAutosave(saving);
    listen(saving);
    return {
      changed: saving.autosave.changed,
      startingMap: function () { return startingMap(saving); },
      restored: function () { restored(saving); },
      beforeSubmit: function () { return beforeSubmit(saving); },
      afterSubmit: function (result) { afterSubmit(saving, result); }
    };
  }

  global.WeerbaarNetworkSaving = WeerbaarNetworkSaving;
})(window);
