// The Netwerkkaart's map model in the browser: its rules (the server's, applied before anything is sent),
// its change events and its undo/redo stacks, run in Node without a browser.
"use strict";
const test = require("node:test");
const assert = require("node:assert");

const Model = require("../../static/js/network/model.js");
const Geometry = require("../../static/js/network/geometry.js");

function config() {
  return {
    case_label: "Zorgfraude",
    rings: [{ id: "inner", label: "Inner" }, { id: "middle", label: "Middle" }, { id: "outer", label: "Outer" }],
    sectors: [{ id: "care", label: "Care" }, { id: "money", label: "Money" }],
    actor_types: [{ id: "person", label: "Person" }, { id: "body", label: "Organisation" }],
    relation_types: [{ id: "care", label: "Care" }, { id: "money", label: "Money flow" }],
    palette: [{ id: "client", label: "Client", type: "person" }, { id: "provider", label: "Provider", type: "body" }]
  };
}

function learnerModel(options) {
  const events = [];
  const model = new Model(config(), { actors: [], relations: [] }, options);
  model.on((event) => events.push(event));
  return { model, events };
}

function twoActors(options) {
  const made = learnerModel(options);
  const first = made.model.addActor({ palette: "client", ring: "inner" }).id;
  const second = made.model.addActor({ label: "Neighbour", type: "person", ring: "outer", sector: "care" }).id;
  return Object.assign(made, { first, second });
}

test("an actor from the list gets its label and type, a number id and a free spot in its ring", () => {
  const { model, events } = learnerModel();
  const result = model.addActor({ palette: "client", ring: "middle", sector: "money" });
  assert.deepStrictEqual(result, { ok: true, id: "a1" });
  const actor = model.actor("a1");
  assert.strictEqual(actor.label, "Client");
  assert.strictEqual(actor.type, "person");
  assert.strictEqual(model.ringAt(actor.x, actor.y), "middle");
  assert.strictEqual(model.sectorAt(actor.x, actor.y), "money");
  assert.strictEqual(events[0].message, "Client added to the ring Middle.");
});

test("two actors added to the same ring do not land on the same spot", () => {
  const { model } = learnerModel();
  model.addActor({ palette: "client", ring: "inner" });
  model.addActor({ palette: "provider", ring: "inner" });
  const [first, second] = model.actors();
  assert.ok(Math.abs(first.x - second.x) + Math.abs(first.y - second.y) > 0.13);
});

test("a list actor is refused a second time, and unknown rings, list ids and types are refused", () => {
  const { model } = learnerModel();
  model.addActor({ palette: "client", ring: "inner" });
  assert.deepStrictEqual(model.addActor({ palette: "client", ring: "outer" }),
    { error: "Client is already on the map." });
  assert.deepStrictEqual(model.addActor({ palette: "client", ring: "nowhere" }), { error: "Choose a ring." });
  assert.deepStrictEqual(model.addActor({ palette: "mayor", ring: "inner" }),
    { error: "Choose an actor from the list." });
  assert.deepStrictEqual(model.addActor({ label: "Oom", type: "ghost", ring: "inner" }), { error: "Choose a type." });
  assert.strictEqual(model.actors().length, 1);
});

test("own actors need a name of at most 80 characters and are refused when the activity allows none", () => {
  const { model } = learnerModel();
  assert.deepStrictEqual(model.addActor({ label: "   ", type: "person", ring: "inner" }),
    { error: "Give the actor a name." });
  const long = model.addActor({ label: "x".repeat(81), type: "person", ring: "inner" });
  assert.strictEqual(long.error, "A name can have at most 80 characters.");
  assert.ok(model.addActor({ label: "  Oom  ", type: "person", ring: "inner" }).ok);
  assert.strictEqual(model.actor("a1").label, "Oom");
  const closed = learnerModel({ allowFree: false }).model;
  assert.deepStrictEqual(closed.addActor({ label: "Oom", type: "person", ring: "inner" }),
    { error: "Choose an actor from the list." });
});

test("the limits on actors and relations are kept", () => {
  const { model, first, second } = twoActors({ limits: { actors: 2, relations: 1 } });
  assert.strictEqual(model.addActor({ palette: "provider", ring: "inner" }).error,
    "The map is full: it may hold at most 2 actors.");
  assert.ok(model.addRelation({ source: first, target: second, type: "care" }).ok);
  assert.strictEqual(model.addRelation({ source: first, target: second, type: "money" }).error,
    "The map is full: it may hold at most 1 relations.");
});

test("a relation needs two different actors on the map and a known type", () => {
  const { model, first, second } = twoActors();
  assert.strictEqual(model.addRelation({ source: first, target: first, type: "care" }).error,
    "A relation needs two different actors.");
  assert.strictEqual(model.addRelation({ source: first, target: "a99", type: "care" }).error,
    "Choose two actors that are on the map.");
  assert.strictEqual(model.addRelation({ source: first, target: second, type: "love" }).error,
    "Choose a type of relation.");
  assert.strictEqual(model.relations().length, 0);
});

test("a second relation of the same type between the same two actors is refused, in either direction", () => {
  const { model, first, second } = twoActors();
  assert.deepStrictEqual(model.addRelation({ source: first, target: second, type: "care" }), { ok: true, id: "r3" });
  const again = model.addRelation({ source: second, target: first, type: "care" });
  assert.strictEqual(again.error, "There is already a relation of this type between Neighbour and Client.");
  assert.ok(model.addRelation({ source: second, target: first, type: "money" }).ok);
  assert.strictEqual(model.updateRelation("r4", { type: "care" }).error, again.error);
  assert.strictEqual(model.relations().length, 2);
});

test("a relation drawn on the canvas takes the first type still free between its two actors", () => {
  const { model, first, second } = twoActors();
  model.addRelation({ source: first, target: second });
  model.addRelation({ source: second, target: first });
  assert.deepStrictEqual(model.relations().map((relation) => relation.type), ["care", "money"]);
  assert.ok(model.addRelation({ source: first, target: second }).error);
});

test("notes are trimmed and at most 500 characters; reversing makes a relation one-way", () => {
  const { model, first, second } = twoActors();
  const id = model.addRelation({ source: first, target: second, type: "care", note: "  pays  " }).id;
  assert.strictEqual(model.relation(id).note, "pays");
  assert.strictEqual(model.updateRelation(id, { note: "x".repeat(501) }).error,
    "A note can have at most 500 characters.");
  model.reverse(id);
  const reversed = model.relation(id);
  assert.deepStrictEqual([reversed.source, reversed.target, reversed.direction], [second, first, "one-way"]);
  assert.strictEqual(model.relationText(reversed), "Neighbour → Client (Care)");
});

test("removing an actor removes its relations and says how many", () => {
  const { model, events, first, second } = twoActors();
  model.addRelation({ source: first, target: second, type: "care" });
  model.addRelation({ source: first, target: second, type: "money" });
  assert.deepStrictEqual(model.removeActor(first), { ok: true });
  assert.strictEqual(model.relations().length, 0);
  assert.deepStrictEqual(model.relationsOf(second), []);
  assert.strictEqual(events[events.length - 1].message, "Client and 2 relations removed.");
});

test("changing an actor's ring moves it into that ring; a list actor keeps its label and type", () => {
  const { model, first } = twoActors();
  assert.ok(model.updateActor(first, { ring: "outer", label: "Renamed", type: "body" }).ok);
  const actor = model.actor(first);
  assert.strictEqual(model.ringAt(actor.x, actor.y), "outer");
  assert.deepStrictEqual([actor.label, actor.type], ["Client", "person"]);
  assert.strictEqual(model.updateActor(first, { ring: "nowhere" }).error, "Choose a ring.");
});

test("undo and redo walk the stacks; a new change empties the redo stack", () => {
  const { model, events, first, second } = twoActors();
  model.addRelation({ source: first, target: second, type: "care" });
  assert.ok(model.canUndo() && !model.canRedo());
  assert.strictEqual(model.undo(), true);
  assert.strictEqual(model.relations().length, 0);
  assert.strictEqual(events[events.length - 1].message, "Undone.");
  assert.strictEqual(model.undo(), true);
  assert.strictEqual(model.actors().length, 1);
  assert.strictEqual(model.redo(), true);
  assert.strictEqual(model.actors().length, 2);
  assert.ok(model.canRedo());
  model.removeActor(second);
  assert.ok(!model.canRedo());
  assert.strictEqual(model.redo(), false);
  while (model.undo()) { /* back to the empty map */ }
  assert.strictEqual(model.actors().length, 0);
});

test("undo keeps at most 100 steps", () => {
  const { model } = learnerModel();
  model.addActor({ label: "Oom", type: "person", ring: "inner" });
  for (let step = 0; step < 120; step += 1) { model.updateActor("a1", { label: "Oom " + step }); }
  let undone = 0;
  while (model.undo()) { undone += 1; }
  assert.strictEqual(undone, 100);
});

test("a drag is one undo step and a read-only map refuses every change", () => {
  const { model, first } = twoActors();
  const before = JSON.stringify(model.actor(first));
  model.beginMove(first);
  model.moveActor(first, 0.5, 0.5);
  model.moveActor(first, 0.9, 0.1);
  model.endMove(first);
  assert.strictEqual(model.actor(first).ring, "outer");
  model.undo();
  assert.strictEqual(JSON.stringify(model.actor(first)), before);

  const locked = new Model(config(), model.toJSON(), { readOnly: true });
  assert.strictEqual(locked.addActor({ palette: "provider", ring: "inner" }).error,
    "This map can no longer be changed.");
  assert.strictEqual(locked.removeActor(first).error, "This map can no longer be changed.");
  assert.ok(!locked.canUndo() && locked.undo() === false);
});

test("toJSON round trip: a loaded map continues its ids and keeps its content", () => {
  const { model, first, second } = twoActors();
  model.addRelation({ source: first, target: second, type: "care", note: "weekly" });
  const saved = model.toJSON();
  const loaded = new Model(config(), saved);
  assert.deepStrictEqual(loaded.toJSON(), saved);
  assert.strictEqual(loaded.addActor({ palette: "provider", ring: "inner" }).id, "a4");
  saved.actors[0].label = "changed";  // toJSON is a copy
  assert.strictEqual(model.actor(first).label, "Client");
});

test("loading snaps an actor that lies outside its ring back into it", () => {
  const map = { actors: [{ id: "a7", palette: null, label: "Oom", type: "person", ring: "inner", sector: "money",
    x: 0.9, y: -0.1, flags: [] }], relations: [] };
  const model = new Model(config(), map);
  const actor = model.actor("a7");
  assert.strictEqual(model.ringAt(actor.x, actor.y), "inner");
  assert.strictEqual(model.sectorAt(actor.x, actor.y), "money");
});

test("an author's map uses list ids and explanations, without flags or own actors", () => {
  const model = new Model(config(), { actors: [], relations: [] }, { author: true });
  assert.strictEqual(model.addActor({ label: "Oom", type: "person", ring: "inner" }).error,
    "Choose an actor from the list.");
  model.addActor({ palette: "client", ring: "inner" });
  model.addActor({ palette: "provider", ring: "outer" });
  const relation = model.addRelation({ source: "client", target: "provider", type: "care", explanation: "why" });
  assert.strictEqual(relation.id, "ref1");
  assert.deepStrictEqual(model.actor("client").flags, undefined);
  assert.strictEqual(model.relation("ref1").explanation, "why");
});

test("flags are dismissed as one undo step", () => {
  const map = { actors: [{ id: "a1", palette: null, label: "Oom", type: "person", ring: "inner", sector: null,
    x: 0.3, y: 0, flags: ["type_removed"] }], relations: [] };
  const model = new Model(config(), map);
  model.dismissFlags("actor", "a1");
  assert.deepStrictEqual(model.actor("a1").flags, []);
  model.undo();
  assert.deepStrictEqual(model.actor("a1").flags, ["type_removed"]);
  assert.strictEqual(Model.flagLabel("type_removed"), "its type was removed from the activity");
});

test("geometry: rings share the radius outside the centre, sectors run clockwise from twelve o'clock", () => {
  const rings = config().rings, sectors = config().sectors;
  assert.deepStrictEqual(Geometry.band(rings, "inner").map((value) => value.toFixed(2)), ["0.16", "0.44"]);
  assert.strictEqual(Geometry.ringAt(rings, 0, 0), "inner");
  assert.strictEqual(Geometry.ringAt(rings, 5, 0), "outer");
  assert.strictEqual(Geometry.sectorAt(sectors, 0.5, 0), "care");
  assert.strictEqual(Geometry.sectorAt(sectors, -0.5, 0), "money");
  assert.strictEqual(Geometry.sectorAt([], 0.5, 0), null);
  assert.strictEqual(Geometry.clamp(7), 1.5);
});
