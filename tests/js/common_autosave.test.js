// WeerbaarAutosave's policy, driven with a fake clock, a fake storage and a fake server.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const Autosave = require("../../static/js/common/autosave.js");

function fakeClock() {
  let now = 0, nextId = 1, pending = [];
  return {
    setTimeout(run, wait) { const id = nextId++; pending.push({ id, run, at: now + wait }); return id; },
    clearTimeout(id) { pending = pending.filter((timer) => timer.id !== id); },
    advance(milliseconds) {
      const until = now + milliseconds;
      for (;;) {
        const due = pending.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) { break; }
        pending = pending.filter((timer) => timer !== due);
        now = due.at;
        due.run();
      }
      now = until;
    },
    get waiting() { return pending.length; },
  };
}

function fakeStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    items,
  };
}

/** A server whose answers the test hands out one by one. */
function fakeServer() {
  const calls = [];
  return {
    calls,
    send(snapshot, options) {
      return new Promise((resolve) => calls.push({ snapshot, options, answer: resolve }));
    },
    answer(result) {
      const call = calls.find((waiting) => !waiting.done);
      call.done = true;
      call.answer(result);
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(extra) {
  const clock = fakeClock(), storage = fakeStorage(), server = fakeServer();
  const seen = { saved: [], errors: [], conflicts: [] };
  const page = { text: "a" };
  const autosave = Autosave(Object.assign({
    send: server.send, snapshot: () => ({ text: page.text }), storageKey: "draft", delay: 1000,
    timers: clock, storage, window: new EventTarget(), document: null,
    onSaved: (data) => seen.saved.push(data), onConflict: (data) => seen.conflicts.push(data),
    onError: (data, retryInMs) => seen.errors.push(retryInMs),
  }, extra));
  return { clock, storage, server, seen, page, autosave };
}

test("debounces changes into one save", async () => {
  const { clock, server, page, autosave } = setup();
  page.text = "ab"; autosave.changed();
  clock.advance(500);
  page.text = "abc"; autosave.changed();
  clock.advance(999);
  assert.strictEqual(server.calls.length, 0);
  clock.advance(1);
  assert.strictEqual(server.calls.length, 1);
  assert.deepStrictEqual(server.calls[0].snapshot, { text: "abc" });
});

test("one request at a time: a change during a request is saved after it", async () => {
  const { clock, server, page, autosave, seen } = setup();
  autosave.changed();
  clock.advance(1000);
  page.text = "later"; autosave.changed();
  clock.advance(1000);
  assert.strictEqual(server.calls.length, 1);
  server.answer({ ok: true, status: 200, data: { version: 2 } });
  await settle();
  assert.strictEqual(server.calls.length, 2);
  assert.deepStrictEqual(server.calls[1].snapshot, { text: "later" });
  server.answer({ ok: true, status: 200, data: { version: 3 } });
  await settle();
  assert.strictEqual(autosave.isDirty(), false);
  assert.deepStrictEqual(seen.saved, [{ version: 2 }, { version: 3 }]);
});

test("backs off exponentially when the server cannot be reached", async () => {
  const { clock, server, autosave, seen } = setup();
  autosave.changed();
  clock.advance(1000);
  for (const status of [0, 503, 0]) {
    server.answer({ ok: false, status, data: { error: "down" } });
    await settle();
    clock.advance(seen.errors[seen.errors.length - 1]);
  }
  assert.deepStrictEqual(seen.errors, [5000, 10000, 20000]);
  assert.strictEqual(server.calls.length, 4);
  assert.ok(autosave.isDirty());
});

test("a 409 stops autosaving and calls onConflict until resumed", async () => {
  const { clock, server, autosave, seen } = setup();
  autosave.changed();
  clock.advance(1000);
  server.answer({ ok: false, status: 409, data: { error: "newer", version: 7 } });
  await settle();
  assert.deepStrictEqual(seen.conflicts, [{ error: "newer", version: 7 }]);
  autosave.changed();
  clock.advance(60000);
  assert.strictEqual(server.calls.length, 1);
  autosave.resume();
  autosave.flush();
  assert.strictEqual(server.calls.length, 2);
});

test("a 400 reports the error without retrying", async () => {
  const { clock, server, autosave, seen } = setup();
  autosave.changed();
  clock.advance(1000);
  server.answer({ ok: false, status: 400, data: { error: "too long" } });
  await settle();
  assert.deepStrictEqual(seen.errors, [null]);
  assert.strictEqual(clock.waiting, 0);
  clock.advance(120000);
  assert.strictEqual(server.calls.length, 1);
  assert.ok(autosave.isDirty());
});

test("the local copy is written on change and can be dropped", async () => {
  const { clock, server, storage, page, autosave } = setup();
  page.text = "mine"; autosave.changed();
  assert.deepStrictEqual(autosave.localCopy(), { snapshot: { text: "mine" }, dirty: true });
  clock.advance(1000);
  server.answer({ ok: true, status: 200, data: {} });
  await settle();
  assert.strictEqual(autosave.localCopy().dirty, false);
  autosave.dropLocalCopy();
  assert.strictEqual(autosave.localCopy(), null);
  assert.strictEqual(storage.items.size, 0);
});

test("leaving the page saves unsaved work with keepalive", async () => {
  const page = new EventTarget();
  const { server, autosave } = setup({ window: page });
  page.dispatchEvent(new Event("pagehide"));
  assert.strictEqual(server.calls.length, 0);
  autosave.changed();
  page.dispatchEvent(new Event("pagehide"));
  assert.strictEqual(server.calls.length, 1);
  assert.deepStrictEqual(server.calls[0].options, { keepalive: true });
});

test("hiding the page saves too", async () => {
  const documentTarget = Object.assign(new EventTarget(), { visibilityState: "hidden" });
  const { server, autosave } = setup({ document: documentTarget });
  autosave.changed();
  documentTarget.dispatchEvent(new Event("visibilitychange"));
  assert.strictEqual(server.calls.length, 1);
  assert.strictEqual(server.calls[0].options.keepalive, true);
});

test("pause holds saves back; idle waits for the request in flight", async () => {
  const { clock, server, autosave } = setup();
  autosave.changed();
  clock.advance(1000);
  autosave.pause();
  let idle = false;
  autosave.idle().then(() => { idle = true; });
  autosave.changed();
  clock.advance(5000);
  await settle();
  assert.strictEqual(idle, false);
  server.answer({ ok: true, status: 200, data: {} });
  await settle();
  assert.strictEqual(idle, true);
  assert.strictEqual(server.calls.length, 1);
  autosave.reset();
  assert.strictEqual(autosave.isDirty(), false);
});

test("coming back online saves at once instead of waiting out the backoff", async () => {
  const page = new EventTarget();
  const { clock, server, seen, autosave } = setup({ window: page });
  autosave.changed();
  clock.advance(1000);
  server.answer({ ok: false, status: 0, data: { error: "offline" } });
  await settle();
  assert.strictEqual(seen.errors.length, 1);
  assert.ok(seen.errors[0] >= 5000);
  page.dispatchEvent(new Event("online"));
  assert.strictEqual(server.calls.length, 2);
  server.answer({ ok: true, status: 200, data: { version: 1 } });
  await settle();
  assert.strictEqual(autosave.isDirty(), false);
  assert.strictEqual(clock.waiting, 0);
});
