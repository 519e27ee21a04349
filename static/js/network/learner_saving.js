/* Netwerkkaart learner view: saving the map as the learner works, with WeerbaarAutosave (the same policy as the
 * reflection's): a copy in this browser, one request at a time, backoff when the server cannot be reached, a
 * keepalive save when the page is left. A 409 (the map was saved from another window) offers the learner to
 * load the newer map or keep theirs; keeping theirs saves it again on top of the server's version. On opening,
 * unsaved changes left in this browser are restored, or offered when the server has a newer map since. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkSaving) { return; }
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format;
  var SAVE_DELAY = 1200;

  /** view: {model(), setStatus(text, problem), announce(text), sameMap(first, second), replaceMap(map)} */
  function WeerbaarNetworkSaving(root, server, state, view) {
    var version = state.version, serverVersion = null, leaving = false;
    var find = function (selector) { return root.querySelector(selector); };
    var autosave = global.WeerbaarAutosave({
      storageKey: state.storage_key,
      delay: SAVE_DELAY,
      snapshot: function () { return { map: view.model().toJSON(), base: version }; },
      send: function (snapshot, options) {
        return server.call("save_map", { map: snapshot.map, version: snapshot.base }, options);
      },
      onState: function (name) {
        if (name === "dirty") { view.setStatus(gettext("Unsaved changes")); }
        else if (name === "saving") { view.setStatus(gettext("Saving…")); }
      },
      onSaved: function (data) {
        version = data.version;
        if (autosave.isDirty()) { return; }
        view.setStatus(format(gettext("All changes saved at {time}."),
          { time: global.WeerbaarDom.formatTime(data.saved_at) }));
      },
      onError: function (data) {
        var text = format(gettext("Not saved: {error}"), { error: data.error });
        view.setStatus(text, true);
        view.announce(text);
      },
      onConflict: showConflict
    });

    function showConflict(data) {
      serverVersion = data.version;
      find("[data-conflict-text]").textContent = data.error;
      find("[data-conflict]").hidden = false;
      view.setStatus(gettext("Not saved."), true);
    }
    find("[data-load-newer]").addEventListener("click", function () {
      leaving = true;
      autosave.dropLocalCopy();
      global.location.reload();
    });
    find("[data-keep-mine]").addEventListener("click", function () {
      version = serverVersion;
      find("[data-conflict]").hidden = true;
      autosave.resume();
      autosave.flush();
    });
    global.addEventListener("beforeunload", function (event) {
      if (autosave.isDirty() && !leaving) { event.preventDefault(); event.returnValue = ""; }
    });

    /** The map to start with: the server's, or unsaved changes left in this browser on top of the same version. */
    function startingMap() {
      var local = autosave.localCopy(), copy = local && local.dirty && local.snapshot;
      if (state.submitted_at || !copy) {
        if (state.submitted_at) { autosave.dropLocalCopy(); }
        return { map: state.map, restored: false };
      }
      if (copy.base === state.version) { return { map: copy.map, restored: true }; }
      if (view.sameMap(copy.map, state.map)) {  // saved on leaving the page, answer not seen
        autosave.dropLocalCopy();
      } else {
        offerLocalCopy(copy.map);
      }
      return { map: state.map, restored: false };
    }
    function offerLocalCopy(map) {
      find("[data-restore]").hidden = false;
      find("[data-use-local]").addEventListener("click", function () {
        find("[data-restore]").hidden = true;
        view.replaceMap(map);
        autosave.changed();
      });
    }
    /** The page opened with the restored copy: save it. */
    function restored() {
      autosave.changed();
      var text = gettext("Unsaved changes from this browser have been restored.");
      view.setStatus(text);
      view.announce(text);
    }

    /** Submitting: no autosave meanwhile, and none in flight. Resolves to the version to submit on. */
    function beforeSubmit() {
      autosave.pause();
      return autosave.idle().then(function () { return version; });
    }
    function afterSubmit(result) {
      if (result.ok) {
        version = result.data.version;
        autosave.reset();
        autosave.dropLocalCopy();
        return;
      }
      if (result.status === 409) { showConflict(result.data); return; }  // resumed by "keep mine"
      autosave.resume();
    }

    return {
      changed: autosave.changed, startingMap: startingMap, restored: restored, beforeSubmit: beforeSubmit,
      afterSubmit: afterSubmit
    };
  }

  global.WeerbaarNetworkSaving = WeerbaarNetworkSaving;
})(window);
