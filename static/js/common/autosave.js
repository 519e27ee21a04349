/* WeerbaarAutosave(options): saves a view's work while the learner types, with a copy in the browser.
 * Policy: debounce; one request at a time (a change during a request is saved after it); exponential backoff
 * when the server cannot be reached (status 0 or 5xx); a 409 stops autosaving and calls onConflict (the page
 * offers "load newer / keep mine", then resume() and flush()); a 400 calls onError without retry; a keepalive
 * save when the page is left (pagehide, or hidden) while there is unsaved work.
 * options: send(snapshot, {keepalive}) -> Promise<{ok, status, data}>, snapshot(), storageKey, delay,
 * onSaved(data, snapshot), onConflict(data), onError(data, retryInMs or null), onState(name),
 * and for tests: timers {setTimeout, clearTimeout}, storage, window, document. */
(function (global) {
  "use strict";

  var FIRST_RETRY_MS = 5000, LAST_RETRY_MS = 60000;

  function defaultStorage() {
    try { return global.localStorage || null; } catch (error) { return null; }  // blocked in some private modes
  }

  function localCopyStore(storage, key) {
    function read() {
      if (!storage || !key) { return null; }
      try { return JSON.parse(storage.getItem(key) || "null"); } catch (error) { return null; }
    }
    function write(copy) {
      if (!storage || !key) { return; }
      try { storage.setItem(key, JSON.stringify(copy)); } catch (error) { /* full storage: the server copy counts */ }
    }
    function drop() {
      if (!storage || !key) { return; }
      try { storage.removeItem(key); } catch (error) { /* nothing stored */ }
    }
    return { read: read, write: write, drop: drop };
  }

  // saver: one autosave's state — options, timers, store, delay, edits, savedEdits, retryMs, timer, paused,
  // stopped, inFlight (the request's promise) and queued (a flush asked for during it).

  function tell(saver, name) { if (saver.options.onState) { saver.options.onState(name); } }
  function isDirty(saver) { return saver.edits !== saver.savedEdits; }
  function writeLocalCopy(saver) { saver.store.write({ snapshot: saver.options.snapshot(), dirty: isDirty(saver) }); }

  function cancelTimer(saver) {
    if (saver.timer !== null) { saver.timers.clearTimeout(saver.timer); saver.timer = null; }
  }

  function schedule(saver, waitMs) {
    cancelTimer(saver);
    saver.timer = saver.timers.setTimeout(function () { saver.timer = null; flush(saver); }, waitMs);
  }

  function changed(saver) {
    saver.edits += 1;
    writeLocalCopy(saver);
    tell(saver, "dirty");
    if (!saver.paused && !saver.stopped) { schedule(saver, saver.delay); }
  }

  function settleSaved(saver, data, sentEdits, snapshot) {
    saver.savedEdits = sentEdits;
    saver.retryMs = FIRST_RETRY_MS;
    if (saver.options.onSaved) { saver.options.onSaved(data, snapshot); }
    writeLocalCopy(saver);
    tell(saver, "saved");
  }

  function settle(saver, result, sentEdits, snapshot) {
    var options = saver.options;
    if (result.ok) {
      settleSaved(saver, result.data, sentEdits, snapshot);
    } else if (result.status === 409) {
      saver.stopped = true;
      cancelTimer(saver);
      tell(saver, "conflict");
      if (options.onConflict) { options.onConflict(result.data); }
    } else if (result.status === 0 || result.status >= 500) {
      var waitMs = saver.retryMs;
      saver.retryMs = Math.min(saver.retryMs * 2, LAST_RETRY_MS);
      schedule(saver, waitMs);
      tell(saver, "retrying");
      if (options.onError) { options.onError(result.data, waitMs); }
    } else {
      tell(saver, "failed");
      if (options.onError) { options.onError(result.data, null); }
    }
  }

  function send(saver, keepalive) {
    var snapshot = saver.options.snapshot(), sentEdits = saver.edits;
    tell(saver, "saving");
    var sent = saver.options.send(snapshot, { keepalive: keepalive });
    saver.inFlight = Promise.resolve(sent).then(function (result) {
      saver.inFlight = null;
      settle(saver, result, sentEdits, snapshot);
      var next = saver.queued;
      saver.queued = null;
      return next ? flush(saver, next) : undefined;
    });
    return saver.inFlight;
  }

  /** Save now (if there is unsaved work); resolves when this save and any before it are done. */
  function flush(saver, flushOptions) {
    var keepalive = Boolean(flushOptions && flushOptions.keepalive);
    cancelTimer(saver);
    if (saver.inFlight) {
      if (isDirty(saver)) {
        saver.queued = { keepalive: keepalive || Boolean(saver.queued && saver.queued.keepalive) };
      }
      return saver.inFlight;
    }
    if (!isDirty(saver) || saver.paused || saver.stopped) { return Promise.resolve(); }
    return send(saver, keepalive);
  }

  /** Resolves once no request is in flight (e.g. before submitting the same work another way). */
  function idle(saver) {
    return saver.inFlight ? saver.inFlight.then(function () { return idle(saver); }) : Promise.resolve();
  }

  /** The work was saved another way (submitted): nothing is unsaved any more. */
  function reset(saver) {
    cancelTimer(saver);
    saver.savedEdits = saver.edits;
    saver.retryMs = FIRST_RETRY_MS;
    saver.queued = null;
    saver.stopped = false;
  }

  /** A keepalive save when the page is left (pagehide, or hidden) while there is unsaved work; a save at once
   * when the connection comes back. */
  function watchLeaving(saver) {
    var options = saver.options;
    function onLeave() { if (isDirty(saver)) { flush(saver, { keepalive: true }); } }
    var page = options.window || global.window, documentTarget = options.document || global.document;
    if (page && page.addEventListener) {
      page.addEventListener("pagehide", onLeave);
      // Back online: save now instead of waiting out the backoff.
      page.addEventListener("online", function () { if (isDirty(saver)) { flush(saver); } });
    }
    if (documentTarget && documentTarget.addEventListener) {
      documentTarget.addEventListener("visibilitychange", function () {
        if (documentTarget.visibilityState === "hidden") { onLeave(); }
      });
    }
  }

  function newSaver(options) {
    var timers = options.timers || { setTimeout: global.setTimeout.bind(global),
      clearTimeout: global.clearTimeout.bind(global) };
    var storage = options.storage !== undefined ? options.storage : defaultStorage();
    return {
      options: options, timers: timers, store: localCopyStore(storage, options.storageKey),
      delay: options.delay === undefined ? 1500 : options.delay,
      edits: 0, savedEdits: 0, retryMs: FIRST_RETRY_MS, timer: null,
      paused: false, stopped: false, inFlight: null, queued: null
    };
  }

  function WeerbaarAutosave(options) {
    var saver = newSaver(options);
    watchLeaving(saver);
    return {
      changed: function () { changed(saver); },
      flush: function (flushOptions) { return flush(saver, flushOptions); },
      isDirty: function () { return isDirty(saver); },
      idle: function () { return idle(saver); },
      pause: function () { saver.paused = true; cancelTimer(saver); },
      /** Allows saving again after pause() or a conflict; the caller flushes when it wants a save now. */
      resume: function () { saver.paused = false; saver.stopped = false; },
      reset: function () { reset(saver); },
      localCopy: saver.store.read, dropLocalCopy: saver.store.drop
    };
  }

  global.WeerbaarAutosave = WeerbaarAutosave;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarAutosave; }
})(typeof window !== "undefined" ? window : globalThis);
