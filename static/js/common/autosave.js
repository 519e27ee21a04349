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

  function WeerbaarAutosave(options) {
    var timers = options.timers || { setTimeout: global.setTimeout.bind(global),
      clearTimeout: global.clearTimeout.bind(global) };
    var store = localCopyStore(options.storage !== undefined ? options.storage : defaultStorage(), options.storageKey);
    var delay = options.delay === undefined ? 1500 : options.delay;
    var edits = 0, savedEdits = 0, retryMs = FIRST_RETRY_MS, timer = null;
    var paused = false, stopped = false, inFlight = null, queued = null;

    function tell(name) { if (options.onState) { options.onState(name); } }
    function isDirty() { return edits !== savedEdits; }
    function writeLocalCopy() { store.write({ snapshot: options.snapshot(), dirty: isDirty() }); }
    function cancelTimer() { if (timer !== null) { timers.clearTimeout(timer); timer = null; } }
    function schedule(waitMs) {
      cancelTimer();
      timer = timers.setTimeout(function () { timer = null; flush(); }, waitMs);
    }

    function changed() {
      edits += 1;
      writeLocalCopy();
      tell("dirty");
      if (!paused && !stopped) { schedule(delay); }
    }

    function settle(result, sentEdits, snapshot) {
      if (result.ok) {
        savedEdits = sentEdits;
        retryMs = FIRST_RETRY_MS;
        if (options.onSaved) { options.onSaved(result.data, snapshot); }
        writeLocalCopy();
        tell("saved");
      } else if (result.status === 409) {
        stopped = true;
        cancelTimer();
        tell("conflict");
        if (options.onConflict) { options.onConflict(result.data); }
      } else if (result.status === 0 || result.status >= 500) {
        var waitMs = retryMs;
        retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
        schedule(waitMs);
        tell("retrying");
        if (options.onError) { options.onError(result.data, waitMs); }
      } else {
        tell("failed");
        if (options.onError) { options.onError(result.data, null); }
      }
    }

    function send(keepalive) {
      var snapshot = options.snapshot(), sentEdits = edits;
      tell("saving");
      inFlight = Promise.resolve(options.send(snapshot, { keepalive: keepalive })).then(function (result) {
        inFlight = null;
        settle(result, sentEdits, snapshot);
        var next = queued;
        queued = null;
        return next ? flush(next) : undefined;
      });
      return inFlight;
    }

    /** Save now (if there is unsaved work); resolves when this save and any before it are done. */
    function flush(flushOptions) {
      var keepalive = Boolean(flushOptions && flushOptions.keepalive);
      cancelTimer();
      if (inFlight) {
        if (isDirty()) { queued = { keepalive: keepalive || Boolean(queued && queued.keepalive) }; }
        return inFlight;
      }
      if (!isDirty() || paused || stopped) { return Promise.resolve(); }
      return send(keepalive);
    }

    /** Resolves once no request is in flight (e.g. before submitting the same work another way). */
    function idle() { return inFlight ? inFlight.then(idle) : Promise.resolve(); }
    function pause() { paused = true; cancelTimer(); }
    /** Allows saving again after pause() or a conflict; the caller flushes when it wants a save now. */
    function resume() { paused = false; stopped = false; }
    /** The work was saved another way (submitted): nothing is unsaved any more. */
    function reset() { cancelTimer(); savedEdits = edits; retryMs = FIRST_RETRY_MS; queued = null; stopped = false; }

    function onLeave() { if (isDirty()) { flush({ keepalive: true }); } }
    var page = options.window || global.window, documentTarget = options.document || global.document;
    if (page && page.addEventListener) { page.addEventListener("pagehide", onLeave); }
    if (documentTarget && documentTarget.addEventListener) {
      documentTarget.addEventListener("visibilitychange", function () {
        if (documentTarget.visibilityState === "hidden") { onLeave(); }
      });
    }

    return {
      changed: changed, flush: flush, isDirty: isDirty, idle: idle, pause: pause, resume: resume, reset: reset,
      localCopy: store.read, dropLocalCopy: store.drop
    };
  }

  global.WeerbaarAutosave = WeerbaarAutosave;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarAutosave; }
})(typeof window !== "undefined" ? window : globalThis);
